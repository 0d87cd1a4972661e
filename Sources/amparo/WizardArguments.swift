/// What a start of the wizard was asked for: the values of ``WizardOptions``, as plain values.
/// swift-argument-parser reads them (``WizardOptions/arguments``), or, for a start with the
/// wizard's options and nothing else, ``read(directly:)`` does, which is what a kiosk's start
/// takes.
struct WizardArguments: Equatable {
    /// `--plain`.
    var plain = false
    /// `--kiosk`.
    var kiosk = false
    /// `--lang TAG`.
    var language: String?
    /// `--content DIR`.
    var content: String?
    /// `--flow ID`.
    var flow: String?
    /// `--site DIR`.
    var site: String?
    /// `--volunteer TAG`.
    var volunteer: String?

    /// The wizard's options as ``read(directly:)`` knows them: each long name, and whether it
    /// takes a value. They are the options declared in ``WizardOptions``: a test compares the
    /// two lists, and what each reads from thousands of argument lists.
    static let directNames: [String: Bool] = [
        "plain": false, "kiosk": false,
        "lang": true, "content": true, "flow": true, "site": true, "volunteer": true,
    ]

    /// The options in `arguments` when they are the wizard's own and nothing else, each given
    /// once as `--name`, `--name VALUE` or `--name=VALUE`, no value empty or starting with `-`:
    /// the same values swift-argument-parser reads from them, without its reflection of the
    /// option types. That reflection costs a start about 3 ms, most of it the Swift runtime
    /// scanning every protocol conformance in the binary for each type it meets for the first
    /// time. Anything else is nil, for swift-argument-parser to read (and to say what is wrong).
    static func read(directly arguments: [String]) -> WizardArguments? {
        var given: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--") else { return nil }
            let body = argument.dropFirst(2)
            let equals = body.firstIndex(of: "=")
            let name = String(body[..<(equals ?? body.endIndex)])
            guard let takesValue = directNames[name], given[name] == nil else { return nil }
            if !takesValue {
                guard equals == nil else { return nil }
                given[name] = ""
                continue
            }
            let value: String
            if let equals {
                value = String(body[body.index(after: equals)...])
            } else {
                guard index < arguments.count else { return nil }
                value = arguments[index]
                index += 1
            }
            guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
            given[name] = value
        }
        return WizardArguments(plain: given["plain"] != nil, kiosk: given["kiosk"] != nil,
                               language: given["lang"], content: given["content"], flow: given["flow"],
                               site: given["site"], volunteer: given["volunteer"])
    }
}
