/// One `--vary key.path=v1,v2,...`: a config key, by its dotted path in the JSON document
/// (`core.accumulate_units`, `noc.packet_bits`; `[i]` indexes an array), and the values it takes.
/// The path is not checked here: the edited document is decoded as a config file is, which
/// names an unknown key and suggests the closest one, so keys added to the config format work
/// without changes to the sweep.
public struct SweepAxis: Codable, Equatable, Sendable {
    /// The key path as written (`core.accumulate_units`).
    public var path: String
    /// The values, in the order given.
    public var values: [SweepValue]

    /// Most values one axis may list.
    public static let maxValues = 10_000
}

// Outside the declaration, so the memberwise `init(path:values:)` stays (internal: other
// modules make axes by parsing).
extension SweepAxis {
    /// Parses `key.path=v1,v2,...`. Values are separated by commas; each is a JSON scalar or a
    /// bare word (a string).
    public init(parsing text: String) throws {
        guard let equals = text.firstIndex(of: "=") else {
            throw SweepError.vary("--vary \(text): expected key.path=v1,v2,... (for example core.accumulate_units=4,8,16)")
        }
        let path = String(text[..<equals])
        do {
            _ = try Self.components(path)
            let list = text[text.index(after: equals)...].split(separator: ",", omittingEmptySubsequences: false)
            guard list.count <= Self.maxValues else { throw SweepError.vary("more than \(Self.maxValues) values") }
            let values = try list.map { try SweepValue(parsing: String($0).trimmingSpaces) }
            if let repeated = values.enumerated().first(where: { k, v in values[..<k].contains(v) }) {
                throw SweepError.vary("\(repeated.element) is given twice")
            }
            self.init(path: path, values: values)
        } catch let SweepError.vary(problem) {
            throw SweepError.vary("--vary \(text): \(problem)")
        }
    }

    /// One step of a key path.
    public enum Component: Equatable, Sendable {
        /// An object member.
        case key(String)
        /// An array element.
        case index(Int)
    }

    /// The steps of `path`: keys separated by dots, `[i]` after a key for an array element.
    public static func components(_ path: String) throws -> [Component] {
        guard !path.isEmpty else { throw SweepError.vary("the key path is empty") }
        var out = [Component]()
        for word in path.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(word)
            let key = rest.prefix { $0 != "[" }
            guard !key.isEmpty else { throw SweepError.vary("'\(path)' has an empty key (two dots in a row, or a leading or trailing dot?)") }
            out.append(.key(String(key)))
            rest = rest.dropFirst(key.count)
            while !rest.isEmpty {
                guard rest.first == "[", let close = rest.firstIndex(of: "]"),
                      let i = Int(rest[rest.index(after: rest.startIndex)..<close]), i >= 0 else {
                    throw SweepError.vary("'\(path)': an index must be written [0], [1], ... after a key")
                }
                out.append(.index(i))
                rest = rest[rest.index(after: close)...]
            }
        }
        return out
    }
}

extension String {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
