import Foundation

/// A flow file is named after its flow's id (`Flows/workplace-raid.yaml`). A warning.
struct FileNameCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        let name = URL(fileURLWithPath: flow.location.file).deletingPathExtension().lastPathComponent
        guard name != flow.id else { return [] }
        return [Diagnostic(.fileNameMismatch, "flow '\(flow.id)' is in a file named '\(name)'; name the file \(flow.id).yaml",
                           at: flow.location)]
    }
}
