import NCFormats
import NCModel

/// Entry point of the command-line tool: dispatches to a command and turns every error into one
/// line on standard error and an exit status: `0` success, `1` a failure of the input or of the
/// run, `64` a usage error (unknown command or option, bad option value; `EX_USAGE` of
/// sysexits.h).
public enum CLI {
    /// Exit status of a command that did what it was asked.
    public static let success: Int32 = 0
    /// Exit status when an input file or the run itself failed.
    public static let failure: Int32 = 1
    /// Exit status of a command line the tool does not accept.
    public static let usageError: Int32 = 64

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
            return arguments.isEmpty ? usageError : success
        }
        if first == "--version" {
            console.print("neurocycle \(version)")
            return success
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
                    return asked ? 0 : usageError
                }
                let known = Commands.names.filter { $0.hasPrefix(first + " ") }.joined(separator: ", ")
                console.error("neurocycle: " + oneLine("unknown command '\(first) \(rest[0])' (\(first) commands: \(known))"))
                return usageError
            }
            console.error("neurocycle: " + oneLine("unknown command '\(name)' (commands: \(Commands.names.joined(separator: ", ")))"))
            return usageError
        }
        do {
            let args = try ParsedArguments(rest, spec: command.spec)
            if args.flag("help") {
                console.print(command.spec.help)
                return success
            }
            try command.run(args, console)
            return success
        } catch {
            console.endProgress()
            console.error("neurocycle: " + oneLine(String(describing: error)))
            if let e = error as? CLIError, e.isUsage { return usageError }
            return failure
        }
    }

    /// The longest word of an error message shown in full, and the longest message: values
    /// echoed from a hostile file (a megabyte-long name) are shortened in the middle (`…`).
    static let maxWordCharacters = TextElision.nameLimit
    static let maxMessageCharacters = 2000

    /// `text` on a single line a terminal shows as it is: line breaks and tabs become spaces,
    /// other control characters (ESC could restyle or clear the terminal) U+FFFD, long words and
    /// long messages are shortened in the middle. Linear in the length of `text`.
    static func oneLine(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if u == "\n" || u == "\r" || u == "\t" {
                scalars.append(" ")
            } else if u.value < 0x20 || (0x7F...0x9F).contains(u.value) {
                scalars.append("\u{FFFD}")
            } else {
                scalars.append(u)
            }
        }
        let words = String(scalars).split(separator: " ", omittingEmptySubsequences: false)
            .map { TextElision.middle(String($0), limit: maxWordCharacters) }
        return TextElision.middle(words.joined(separator: " "), limit: maxMessageCharacters)
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
