/// Which row of the language picker to highlight first, read from the environment the way
/// gettext does: `LANGUAGE` (a colon-separated list, in order), then the first set of `LC_ALL`,
/// `LC_MESSAGES`, `LANG`. It only preselects; the person still chooses.
///
/// Foundation on Linux ignores these variables, so they are parsed here.
public enum LanguagePreselection {
    /// The language to highlight, or `nil` when the environment names none of `available`.
    public static func preselect(environment: [String: String], available: [Language]) -> Language? {
        for candidate in candidates(environment: environment) {
            if let language = LanguageTagMatcher.match(candidate, among: available) { return language }
        }
        return nil
    }

    /// The locale names the environment offers, most preferred first.
    public static func candidates(environment: [String: String]) -> [String] {
        var result: [String] = []
        if let list = environment["LANGUAGE"] {
            result += list.split(separator: ":").map(String.init).filter { !$0.isEmpty }
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                result.append(value)
                break
            }
        }
        return result
    }

    /// The index of the preselected language in `available`, or 0 (the first row).
    public static func preselectedRow(environment: [String: String], available: [Language]) -> Int {
        guard let language = preselect(environment: environment, available: available) else { return 0 }
        return available.firstIndex(of: language) ?? 0
    }
}
