import AmparoCore
import AmparoUI

/// Prints take-away cards through CUPS (`lpstat`, `lp`), run by the absolute paths in
/// `programs`.
public struct CupsPrinter: Sendable {
    /// Where `lp` and `lpstat` are.
    public let programs: KioskPrograms

    public init(programs: KioskPrograms) {
        self.programs = programs
    }

    /// The printer a card would go to, asking `lpstat`.
    public func choice() -> PrinterChoice {
        guard let byDefault = ChildProcess.run([programs.lpstat, "-d"]) else { return .none }
        let printers = ChildProcess.run([programs.lpstat, "-p"])?.output ?? ""
        return PrinterChoice.from(lpstatDefault: byDefault.output, lpstatPrinters: printers)
    }

    /// Prints `card` two-sided on the configured printer. The job title is neutral ("Amparo"),
    /// so CUPS's job list shows nothing of the content.
    public func print(_ card: PrintedCard) -> PrintOutcome {
        guard case .printer(let name) = choice() else { return .noPrinter }
        let arguments = [
            programs.lp, "-d", name, "-t", "Amparo", "-o", "sides=two-sided-long-edge", "-o", "cpi=12", "-",
        ]
        guard let run = ChildProcess.run(arguments, input: Array(card.document.utf8)) else {
            return .noPrinter
        }
        return run.status == 0 ? .sent(printer: name) : .failed
    }
}
