// Only a header: LLVMFuzzerRunDriver itself is in libFuzzer (-sanitize=fuzzer).
