/// The screens the app moves between.
public enum AppPage: Hashable, Sendable {
    /// Choose a language (the first screen unless `--lang` is given).
    case language
    /// Choose a situation (flow).
    case flows
    /// A question, an information screen, or the outcome of the current flow.
    case step
}
