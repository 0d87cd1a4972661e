import AmparoCore
import Testing

@testable import AmparoUI

@Suite("Printed card")
struct PrintedCardTests {
    @Test("English for the agent, a form feed, then the person's language")
    func document() {
        let card = PrintedCard(
            agentSide: PrintedCardSide(
                heading: "To the agent", intro: "I am exercising my constitutional rights.",
                sayLines: ["I do not consent to your entry.", "I want to remain silent and I want to talk to a lawyer before I answer any question."],
                footer: "Information as of 2026-11-26."),
            personSide: PrintedCardSide(
                heading: "Sus derechos", sayLines: ["No doy mi consentimiento para que entren."],
                hotlineHeading: "A quién llamar:",
                hotlines: [TakeAwayContact(name: "CHIRLA", phone: "888-624-4752")],
                footer: "Información al 2026-11-26."),
            width: 40)
        let rule = String(repeating: "=", count: 40)
        #expect(
            card.document == """
                \(rule)
                TO THE AGENT
                \(rule)

                I am exercising my constitutional
                rights.

                  > I do not consent to your entry.

                  > I want to remain silent and I want
                    to talk to a lawyer before I answer
                    any question.

                \(rule)
                Information as of 2026-11-26.
                \u{0C}\(rule)
                SUS DERECHOS
                \(rule)

                  > No doy mi consentimiento para que
                    entren.

                \(String(repeating: "-", count: 40))
                A quién llamar:
                  888-624-4752  CHIRLA

                \(rule)
                Información al 2026-11-26.

                """)
    }

    @Test("Chinese lines are wrapped by display width, between characters")
    func chineseWraps() {
        let say = "我选择保持沉默。我要跟律师谈。我不同意你们搜查。我不会签署任何文件。"
        let side = PrintedCardSide(heading: "您的权利", sayLines: [say], footer: "截至 2026-11-26")
        let card = PrintedCard(agentSide: side, personSide: side, width: 24)
        let lines = card.document.split(separator: "\n").filter { $0.hasPrefix("  ") }
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 24 })
        #expect(lines.map { $0.dropFirst(4) }.joined() == say + say)
    }

    @Test("the printer comes from lpstat -d, else the first enabled printer")
    func printerChoice() {
        #expect(
            PrinterChoice.from(
                lpstatDefault: "system default destination: FrontDesk\n",
                lpstatPrinters: "printer Other is idle.  enabled since Thu 26 Nov\n")
                == .printer("FrontDesk"))
        #expect(
            PrinterChoice.from(
                lpstatDefault: "no system default destination\n",
                lpstatPrinters: """
                    printer Broken disabled since Thu 26 Nov 2026 -
                    \treason unknown
                    printer Office is idle.  enabled since Thu 26 Nov 2026
                    """) == .printer("Office"))
        #expect(PrinterChoice.from(lpstatDefault: "no system default destination\n", lpstatPrinters: "") == .none)
        #expect(PrinterChoice.from(lpstatDefault: "", lpstatPrinters: "lpstat: No destinations added.") == .none)
    }
}
