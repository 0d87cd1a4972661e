extension Strings {
    /// How `label` is shown in this language: as typed (`b`, `PgDn`), or the key's name
    /// (`Enter`, `Esc`) from the catalog.
    ///
    /// It lives here, not in `Input/`, so that the action table knows nothing of languages
    /// and `Language/` (the outcome page's sources hint) may read the table.
    func key(_ label: ActionTable.KeyLabel) -> String {
        switch label {
        case .text(let text): text
        case .named(let name): self(name)
        }
    }

    /// How the key of `action` is shown (the footer's label for it); empty for an action with
    /// no row.
    func key(for action: Action) -> String {
        ActionTable.binding(for: action).map { key($0.label) } ?? ""
    }

    /// The last line of the help and sources screens, with the keys that work there taken
    /// from the action table.
    var helpClosing: String {
        self(.helpClose, .text(key(for: .pageUp)), .text(key(for: .pageDown)),
             .text(key(for: .quickExit)), .text(key(for: .urgent)))
    }

    /// The question after a first quit key, naming that key.
    var quitConfirmation: String { self(.quitConfirm, .text(key(for: .quit))) }
}
