#ifndef AMPARO_CFUZZERDRIVER_H
#define AMPARO_CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, LLVM 12 and later): parses libFuzzer's flags from argv and
/// fuzzes `callback`. The fuzz targets call it from their own `main`, because SwiftPM gives every
/// executable a `main` of its own (libFuzzer's is then not linked).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
