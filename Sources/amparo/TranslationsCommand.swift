import AmparoCore
import AmparoSystem
import ArgumentParser
import Foundation

/// `amparo translations`: the template and catalogs of the interface and the flows.
struct TranslationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract: "Keep the translation template and catalogs in step with the flows.",
        discussion: """
        Workflow: extract (writes Localization/amparo.pot) → update (msgmerge --previous into each \
        <tag>.po) → translate → msgfmt -c → status. A translation is shown only while its English \
        is current; otherwise English is shown with a notice.
        """,
        subcommands: [Extract.self, Check.self, Status.self, Update.self]
    )

    /// `--content DIR`, shared by the subcommands.
    struct ContentOption: ParsableArguments {
        @ArgumentParser.Option(help: ArgumentHelp("The content directory holding Flows/ and Localization/.", valueName: "dir"))
        var content: String?

        /// The workspace of `--content`.
        func workspace() throws -> TranslationWorkspace {
            guard let directory = ContentLocator.locate(override: content) else {
                Console.error("no content found: pass --content DIR or set AMPARO_CONTENT")
                throw ExitCode(1)
            }
            return TranslationWorkspace(content: directory)
        }
    }

    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Write Localization/amparo.pot from every flow and interface string.")
        @OptionGroup var options: ContentOption

        func run() throws {
            let workspace = try options.workspace()
            let count = try run(workspace.extract)
            Console.write("\(shown(workspace.localization.templatePath)): \(count) texts\n")
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Fail when Localization/amparo.pot is out of date with the flows and interface strings.")
        @OptionGroup var options: ContentOption

        func run() throws {
            let workspace = try options.workspace()
            let comparison = try run(workspace.check)
            let message = comparison.message(templatePath: shown(workspace.localization.templatePath))
            if comparison.isCurrent {
                Console.write(message + "\n")
            } else {
                Console.writeError(message + "\n")
                throw ExitCode(1)
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Per language: translated, fuzzy, stale, missing, and how the translation was made.")
        @OptionGroup var options: ContentOption

        func run() throws {
            let workspace = try options.workspace()
            let template = try run(workspace.template)
            Console.write(TranslationStatusReport(template: template, directory: workspace.localization).text)
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Run msgmerge --previous for every catalog, so changed English turns fuzzy.")
        @OptionGroup var options: ContentOption
        @Flag(help: "Print the msgmerge commands instead of running them.")
        var dryRun = false

        func run() throws {
            let workspace = try options.workspace()
            let commands = workspace.mergeCommands()
            if dryRun || commands.isEmpty {
                Console.write(commands.map { $0.joined(separator: " ") + "\n" }.joined())
                return
            }
            for command in commands {
                // The one way Amparo runs another program (AmparoSystem's ChildProcess).
                guard let msgmerge = ChildProcess.findInPath(command[0]),
                      let result = ChildProcess.run([msgmerge] + command.dropFirst()) else {
                    Console.error("cannot run msgmerge (install gettext)")
                    throw ExitCode(1)
                }
                guard result.status == 0 else {
                    Console.error("failed (status \(result.status)): \(command.joined(separator: " "))")
                    throw ExitCode(1)
                }
                Console.write("\(command[command.count - 2]): merged\n")
            }
        }
    }
}

/// A path as the person would type it: relative to the current directory when inside it.
func shown(_ path: String) -> String {
    let here = FileManager.default.currentDirectoryPath + "/"
    return path.hasPrefix(here) ? String(path.dropFirst(here.count)) : path
}

extension ParsableCommand {
    /// Runs a workspace step, printing its failure and exiting 1.
    func run<T>(_ step: () throws(TranslationWorkspace.Failure) -> T) throws -> T {
        do { return try step() } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }
}
