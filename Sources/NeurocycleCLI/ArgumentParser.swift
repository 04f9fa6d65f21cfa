/// What a command accepts: options that take a value, flags, and positional arguments.
struct CommandSpec: Sendable {
    /// Command name as typed (`run`, `trace info`).
    var name: String
    /// One line on what it does.
    var summary: String
    /// Usage line after the command name.
    var usage: String
    /// Options taking a value, with help text.
    var options: [(name: String, help: String)] = []
    /// Boolean flags, with help text.
    var flags: [(name: String, help: String)] = []
    /// How many positional arguments it takes at most.
    var maxPositionals = 0
    /// How the word after an option of `optionalValues` is read.
    var optionalValueRule = OptionalValueRule.anyWord

    /// Options whose value may be left out, and the value they then take: `--json` alone writes
    /// JSON to standard output, as `--json -` does.
    static let optionalValues = ["json": "-"]

    /// How the word after an option whose value is optional (`--json`) is read.
    enum OptionalValueRule: Sendable {
        /// It is the value unless it is another option (`--csv`) or absent.
        case anyWord
        /// It is the value only if it is `-` or ends in `.json`: for commands whose `--json` was a
        /// flag and that take a file argument, so `inspect --json model.pt` still inspects model.pt
        /// (write `--json=FILE` for another name).
        case jsonFileName
    }

    /// Help text for `--help`.
    var help: String {
        var lines = ["usage: neurocycle \(name) \(usage)", "", summary]
        if !options.isEmpty || !flags.isEmpty {
            lines.append("")
            func shown(_ name: String) -> String { name + (Self.optionalValues[name] != nil ? " [<v>]" : " <v>") }
            let width = (options.map { shown($0.name).count } + flags.map { $0.name.count }).max() ?? 0
            for o in options { lines.append("  --" + shown(o.name).padding(toLength: width + 4, withPad: " ", startingAt: 0) + o.help) }
            for f in flags { lines.append("  --" + f.name.padding(toLength: width + 4, withPad: " ", startingAt: 0) + f.help) }
        }
        return lines.joined(separator: "\n")
    }
}

/// Parsed command line of one command.
struct ParsedArguments {
    /// Option values by name (without dashes); the last occurrence wins.
    var values: [String: String] = [:]
    /// Every value of each option, in the order given (options a command takes repeatedly,
    /// `sweep --vary`).
    var occurrences: [String: [String]] = [:]
    /// Flags present.
    var flags: Set<String> = []
    /// Positional arguments in order.
    var positionals: [String] = []

    /// Parses `arguments` against `spec`; unknown options and missing values are errors.
    init(_ arguments: [String], spec: CommandSpec) throws {
        var i = 0
        var onlyPositionals = false
        while i < arguments.count {
            let a = arguments[i]
            i += 1
            if onlyPositionals || !a.hasPrefix("--") || a == "-" {
                if a == "--" && !onlyPositionals { onlyPositionals = true; continue }
                positionals.append(a)
                continue
            }
            var name = String(a.dropFirst(2))
            var inline: String?
            if let eq = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            if name == "help" {
                flags.insert("help")
            } else if spec.flags.contains(where: { $0.name == name }) {
                guard inline == nil else { throw CLIError.usage("--\(name) takes no value", command: spec.name) }
                flags.insert(name)
            } else if spec.options.contains(where: { $0.name == name }), let bare = CommandSpec.optionalValues[name] {
                if let inline {
                    values[name] = inline
                } else if i < arguments.count, Self.isValue(arguments[i], rule: spec.optionalValueRule) {
                    values[name] = arguments[i]
                    i += 1
                } else {
                    values[name] = bare
                }
            } else if spec.options.contains(where: { $0.name == name }) {
                if let inline {
                    values[name] = inline
                } else {
                    guard i < arguments.count else { throw CLIError.usage("--\(name) needs a value", command: spec.name) }
                    values[name] = arguments[i]
                    i += 1
                }
                occurrences[name, default: []].append(values[name] ?? "")
            } else {
                let known = spec.options.map(\.name) + spec.flags.map(\.name)
                let hint = known.first { Self.similar($0, name) }.map { " (did you mean --\($0)?)" } ?? ""
                throw CLIError.usage("unknown option --\(name)\(hint)", command: spec.name)
            }
        }
        if !flags.contains("help"), positionals.count > spec.maxPositionals {
            throw CLIError.usage("unexpected argument '\(positionals[spec.maxPositionals])'", command: spec.name)
        }
    }

    /// Whether `word`, following an option whose value is optional, is that value.
    static func isValue(_ word: String, rule: CommandSpec.OptionalValueRule) -> Bool {
        switch rule {
        case .anyWord: return word == "-" || !word.hasPrefix("-")
        case .jsonFileName: return word == "-" || (!word.hasPrefix("-") && word.lowercased().hasSuffix(".json"))
        }
    }

    /// The value of option `name`.
    func string(_ name: String) -> String? { values[name] }

    /// Every value given to option `name`, in order.
    func strings(_ name: String) -> [String] { occurrences[name] ?? [] }

    /// Option `name` as an integer within `range`.
    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let raw = values[name] else { return nil }
        guard let v = Int(raw), range.contains(v) else {
            throw CLIError.invalid("--\(name) must be an integer in \(range.lowerBound)...\(range.upperBound), got '\(raw)'")
        }
        return v
    }

    /// Option `name` as a number within `range`.
    func double(_ name: String, in range: ClosedRange<Double>) throws -> Double? {
        guard let raw = values[name] else { return nil }
        guard let v = Double(raw), v.isFinite, range.contains(v) else {
            throw CLIError.invalid("--\(name) must be a number in \(range.lowerBound)...\(range.upperBound), got '\(raw)'")
        }
        return v
    }

    /// Whether flag `name` was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// Edit distance at most 2, for "did you mean" hints.
    static func similar(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard abs(x.count - y.count) <= 2 else { return false }
        var prev = Array(0...y.count)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            var cur = [i] + [Int](repeating: 0, count: y.count)
            for j in 1...max(y.count, 1) where !y.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[y.count] <= 2
    }
}

/// Errors the commands raise themselves: a command line the tool does not accept (exit status
/// 64), or a problem with a file a command reads or writes (exit status 1).
enum CLIError: Error, CustomStringConvertible {
    /// The command line does not fit the command.
    case usage(String, command: String)
    /// An option value is out of range or contradicts another (`--imgsz 100 is not a multiple of 32`).
    case badValue(String)
    /// A file is at fault (`fr.txt: rates outside 0...4 ...`): the message starts with its path.
    case input(String)

    /// A problem stated as one message: about a file when it starts with `path: ` (the commands
    /// name the file first), otherwise about the options (`--x must ...`, `only one of ...`).
    static func invalid(_ message: String) -> CLIError {
        if let colon = message.range(of: ": "), !message.hasPrefix("--"), !message[..<colon.lowerBound].contains(" --") {
            return .input(message)
        }
        return .badValue(message)
    }

    /// Whether this is a usage error (exit status 64) rather than a failure of the input.
    var isUsage: Bool {
        if case .input = self { return false }
        return true
    }

    var description: String {
        switch self {
        case let .usage(m, command): return "\(m) (see 'neurocycle \(command) --help')"
        case let .badValue(m), let .input(m): return m
        }
    }
}
