import NCFormats
import NCModel

/// Entry point of the command-line tool: dispatches to a command and turns every error into one
/// line on standard error and exit status 1.
public enum CLI {
    /// Runs the tool with `arguments` (without the program name) and returns the exit status.
    public static func run(_ arguments: [String]) -> Int32 {
        run(arguments, console: .standard())
    }

    /// Runs with output captured: returns (status, standard output, standard error).
    public static func capture(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
        final class Box: @unchecked Sendable { var out = "", err = "" }
        let box = Box()
        let console = Console(out: { box.out += $0 }, err: { box.err += $0 })
        let status = run(arguments, console: console)
        return (status, box.out, box.err)
    }

    static func run(_ arguments: [String], console: Console) -> Int32 {
        guard let first = arguments.first, first != "--help", first != "-h", first != "help" else {
            console.print(overview)
            return arguments.isEmpty ? 1 : 0
        }
        if first == "--version" {
            console.print("neurocycle \(version)")
            return 0
        }
        // Two-word commands (`trace info`, `hw show`) are looked up first.
        var name = first
        var rest = Array(arguments.dropFirst())
        if let second = rest.first, Commands.all[first + " " + second] != nil {
            name = first + " " + second
            rest.removeFirst()
        }
        guard let command = Commands.all[name] else {
            if Commands.groups.contains(first) {
                // `neurocycle trace`, `neurocycle hw --help`: the group's commands.
                let asked = rest.first.map { ["--help", "-h", "help"].contains($0) } ?? false
                if rest.isEmpty || asked {
                    console.print(groupHelp(first))
                    return asked ? 0 : 1
                }
                let known = Commands.names.filter { $0.hasPrefix(first + " ") }.joined(separator: ", ")
                console.error("neurocycle: unknown command '\(first) \(rest[0])' (\(first) commands: \(known))")
                return 1
            }
            console.error("neurocycle: unknown command '\(name)' (commands: \(Commands.names.joined(separator: ", ")))")
            return 1
        }
        do {
            let args = try ParsedArguments(rest, spec: command.spec)
            if args.flag("help") {
                console.print(command.spec.help)
                return 0
            }
            try command.run(args, console)
            return 0
        } catch {
            console.endProgress()
            console.error("neurocycle: " + oneLine(error))
            return 1
        }
    }

    /// The error's message on a single line.
    static func oneLine(_ error: Error) -> String {
        let text = String(describing: error)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    static let version = "0.1.0"

    /// The commands of group `group` (`trace`, `hw`), one line each, as the overview lists them.
    static func groupHelp(_ group: String) -> String {
        let names = Commands.names.filter { $0.hasPrefix(group + " ") }
        let width = (names.map(\.count).max() ?? 0) + 2
        var lines = ["usage: neurocycle \(group) <command> [options]     (neurocycle \(group) <command> --help for details)", ""]
        for n in names {
            lines.append("  " + n.padding(toLength: width, withPad: " ", startingAt: 0) + (Commands.all[n]?.spec.summary ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    static var overview: String {
        var lines = [
            "neurocycle \(version): SpikeYOLO on a cycle-level model of a spike-driven neuromorphic accelerator",
            "",
            "usage: neurocycle <command> [options]     (neurocycle <command> --help for details)",
            "",
        ]
        let width = (Commands.names.map(\.count).max() ?? 0) + 2
        for n in Commands.names {
            lines.append("  " + n.padding(toLength: width, withPad: " ", startingAt: 0) + (Commands.all[n]?.spec.summary ?? ""))
        }
        return lines.joined(separator: "\n")
    }
}

/// A command: its spec and what it does.
struct Command: Sendable {
    var spec: CommandSpec
    var run: @Sendable (ParsedArguments, Console) throws -> Void
}
