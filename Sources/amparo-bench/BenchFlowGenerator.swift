/// Writes a large, valid screening flow for the engine benchmark.
///
/// The flow is a spine of hub questions. Hub `i` either enters section `i` or moves on to hub
/// `i + 1`; the last hub leads to a final outcome. Every section has nine steps: three
/// single-choice questions (one routed by its options, one with `next` rules), a
/// multiple-choice question, two information screens and three outcomes. Each section has three
/// cards: one its outcomes list, and two whose `when` reads the section's own questions
/// (guarded with `answered()`, because other sections' outcomes evaluate them too). So a flow
/// of `sections` sections has `10 * sections + 1` steps, `3 * sections + 1` cards, conditions
/// everywhere, and every answer path stays short.
struct BenchFlowGenerator {
    /// How many sections to write.
    var sections: Int

    /// A generator for about `steps` steps (at least one section).
    init(steps: Int) {
        sections = max(1, steps / 10)
    }

    /// The number of steps the flow has.
    var stepCount: Int { sections * 10 + 1 }

    /// The flow as YAML text.
    func yaml() -> String {
        var out = """
        id: bench
        title: Benchmark flow
        summary: A generated flow for timing the loader and the validator.
        jurisdiction: California, USA
        version: 1
        review-by: 2027-05-31
        notice: This is general information, not legal advice.

        """
        out.reserveCapacity(sections * 4_000)
        out += "start: hub-0\nsteps:\n"
        for index in 0..<sections {
            out += hub(index)
            out += section(index)
        }
        out += """
          - id: final
            kind: outcome
            text: General guidance
            cards: [general]
        cards:

        """
        for index in 0..<sections {
            out += cards(index)
        }
        out += """
          - id: general
            title: Know your rights
            body: You have rights whatever your status.
            facts: [general]

        """
        return out
    }

    /// The fact base the flow rests on: `Facts/sources.yaml` (a source per section and a general
    /// one) and `Facts/bench.yaml` (a fact per section and a general one), by file name.
    func factFiles() -> [(name: String, text: String)] {
        var sources = "sources:\n  - {id: general, title: General source, cite: Cal. Gov. Code § 7285.1, url: https://example.org/general}\n"
        var facts = """
            facts:
              - {id: general, statement: Everyone has rights., confidence: verified, status: current, as-of: 2026-11-26, checked: 2026-11-26, sources: [general]}

            """
        for i in 0..<sections {
            sources += "  - {id: src-\(i), title: Source \(i), cite: Cal. Lab. Code § \(1000 + i), url: https://example.org/source/\(i)}\n"
            facts += "  - {id: fact-\(i), statement: Fact \(i)., confidence: verified, status: current, as-of: 2026-11-26, "
                + "checked: 2026-11-26, sources: [src-\(i)]}\n"
        }
        return [("sources.yaml", sources), ("bench.yaml", facts)]
    }

    private func hub(_ i: Int) -> String {
        let onward = i + 1 < sections ? "hub-\(i + 1)" : "final"
        return """
          - id: hub-\(i)
            kind: single
            text: Is this about topic \(i)?
            options:
              - id: "yes"
                label: "Yes"
                next: s\(i)-q1
              - id: "no"
                label: "No"
                next: \(onward)
            unsure:
              next: \(onward)

        """
    }

    private func section(_ i: Int) -> String {
        let s = "s\(i)"
        return """
          - id: \(s)-q1
            kind: single
            text: Did this happen at work?
            options:
              - id: "yes"
                label: "Yes"
                next: \(s)-q2
              - id: "no"
                label: "No"
                next: \(s)-info
            unsure:
              next: \(s)-info
          - id: \(s)-info
            kind: info
            text: Some information
            detail: A longer explanation of section \(i).
            next: \(s)-q2
          - id: \(s)-q2
            kind: multiple
            text: What do you need? Check all that apply.
            options:
              - id: food
                label: Food
              - id: health
                label: Health care
              - id: school
                label: School
            unsure: {}
            next:
              - if: '"food" in \(s)-q2 or "health" in \(s)-q2'
                to: \(s)-q3
              - to: \(s)-q4
          - id: \(s)-q3
            kind: single
            text: How old are you?
            options:
              - id: child
                label: Under 19
              - id: adult
                label: 19 to 59
              - id: senior
                label: 60 or older
            next: \(s)-tell
          - id: \(s)-tell
            kind: info
            text: Good to know
            next: \(s)-q4
          - id: \(s)-q4
            kind: single
            text: Did they show a paper?
            options:
              - id: judicial
                label: A judge's warrant
              - id: administrative
                label: An ICE form
            unsure: {}
            next:
              - if: \(s)-q1 == "yes" and \(s)-q4 == "judicial"
                to: \(s)-o1
              - if: answered(\(s)-q3) and \(s)-q3 in ["child", "senior"]
                to: \(s)-o2
              - to: \(s)-o3
          - id: \(s)-o1
            kind: outcome
            text: What you can do now
            cards: [\(s)-base]
          - id: \(s)-o2
            kind: outcome
            text: Help for your family
            cards: [\(s)-base]
          - id: \(s)-o3
            kind: outcome
            text: What to know
            cards: [\(s)-base]

        """
    }

    private func cards(_ i: Int) -> String {
        let s = "s\(i)"
        return """
          - id: \(s)-base
            title: Stay calm and stay silent
            body: You have the right to remain silent. Do not sign anything you do not understand.
            say: I want to speak with a lawyer.
            now: Stay silent.
            facts: [fact-\(i)]
          - id: \(s)-food
            title: Food help is open to you
            body: Children can get school meals whatever their status.
            facts: [fact-\(i), general]
            when: answered(\(s)-q2) and "food" in \(s)-q2
            contacts:
              - name: Food bank
                phone: 800-555-0100
          - id: \(s)-warrant
            title: An ICE form is not a judge's warrant
            body: Do not open the door for an ICE form.
            now: Keep the door closed.
            facts: [fact-\(i)]
            contested: Courts have not settled this.
            urgent: true
            when: answered(\(s)-q4) and \(s)-q4 in ["administrative", "unsure"] and not (answered(\(s)-q3) and \(s)-q3 == "child")

        """
    }
}
