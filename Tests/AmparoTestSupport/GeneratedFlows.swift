/// Flow texts built in tests: long chains whose path counts are known in closed form, and long
/// chains of information screens for the tests that nothing recurses. Their cards rest on the
/// test fact base (`TestContentFiles.factBase`).
public enum GeneratedFlows {
    /// `count` yes/no questions in a row (each option leads on), then one outcome with one card:
    /// 2^count paths.
    public static func chain(questions count: Int, unsure: Bool = false) -> String {
        var yaml = header(id: "chain")
        for index in 0..<count {
            let next = index + 1 < count ? "q\(index + 1)" : "end"
            yaml += """
              - id: q\(index)
                kind: single
                text: Question \(index)?
                options:
                  - id: "yes"
                    label: "Yes"
                  - id: "no"
                    label: "No"
                next: \(next)

            """
            if unsure { yaml += "    unsure: {}\n" }
        }
        return yaml + footer(cardCondition: nil)
    }

    /// `count` information screens in a row, `s0` to `s<count-1>`, then one outcome with one
    /// card: one path, no question.
    public static func infoChain(steps count: Int) -> String {
        var yaml = header(id: "chain", start: "s0")
        for index in 0..<count {
            let next = index + 1 < count ? "s\(index + 1)" : "end"
            yaml += "  - id: s\(index)\n    kind: info\n    text: Step\n    next: \(next)\n"
        }
        return yaml + footer(cardCondition: nil)
    }

    /// The file's head, up to `steps:` (the first step must be `start`).
    public static func header(id: String, start: String = "q0") -> String {
        """
        id: \(id)
        title: Generated
        summary: A generated flow.
        jurisdiction: California, USA
        version: 1
        review-by: 2027-05-31
        start: \(start)
        steps:

        """
    }

    /// An outcome `end` and one card; with `cardCondition`, the card is shown only when it holds
    /// (and the outcome lists no card).
    public static func footer(cardCondition: String?) -> String {
        let listed = cardCondition == nil ? "[card]" : "[]"
        let when = cardCondition.map { "    when: '\($0)'\n" } ?? ""
        return """
          - id: end
            kind: outcome
            text: The end
            cards: \(listed)
        cards:
          - id: card
            title: A card
            body: Some guidance.
            facts: [phone-calls]

        """ + when
    }
}
