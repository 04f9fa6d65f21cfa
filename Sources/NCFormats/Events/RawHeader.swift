/// The event encodings of Prophesee `.raw` files that this package decodes.
public enum RawEventEncoding: String, Sendable, Equatable, CaseIterable {
    /// EVT 2.0: 32-bit words, one CD event per word (Gen3 sensors).
    case evt2 = "EVT 2.0"
    /// EVT 3.0: 16-bit words, vectorised, stateful (Gen4 / IMX636 sensors).
    case evt3 = "EVT 3.0"

    /// Bytes per word.
    public var wordSize: Int { self == .evt2 ? 4 : 2 }
}

/// The header of a Prophesee `.raw` file (docs.prophesee.ai, "RAW File Format"): `"% "` lines of
/// `keyword value`, optionally closed by `% end`, then the encoded words. The encoding comes from
/// `% evt 2.0` / `% evt 3.0` or `% format EVT3;height=720;width=1280`; the sensor size from
/// `format`, `% geometry 1280x720` or `% width` / `% height`.
public struct RawHeader: Sendable, Equatable {
    /// The header lines without their line feeds.
    public let lines: [String]
    /// The declared encoding, if any.
    public let encoding: RawEventEncoding?
    /// Sensor width, if declared.
    public let width: Int?
    /// Sensor height, if declared.
    public let height: Int?
    /// Offset of the first word.
    public let dataOffset: Int

    /// Longest header accepted.
    public static let maxHeaderBytes = 1 << 20
    /// Both encodings address at most 2048 × 2048 pixels (11-bit coordinates).
    public static let maxSensorSide = 2048

    /// Parses the header at the start of `bytes`.
    public init(parsing bytes: UnsafeRawBufferPointer) throws {
        let text = try PercentHeader(
            scanning: bytes, stopsAtEndKeyword: true, maxBytes: RawHeader.maxHeaderBytes, context: "raw header")
        var encodings: [(RawEventEncoding, String)] = []
        var sizes: [(w: Int, h: Int, from: String)] = []
        var width: Int?, height: Int?
        for line in text.lines {
            let words = PercentHeader.words(line)
            guard words.count > 2 else { continue }
            let value = String(words[2])
            switch words[1] {
            case "evt":
                switch value {
                case "2.0": encodings.append((.evt2, line))
                case "3.0": encodings.append((.evt3, line))
                default: throw FormatError.unsupported("raw encoding '\(line)' (only EVT 2.0 and EVT 3.0)")
                }
            case "format":
                let parts = value.split(separator: ";")
                switch parts.first {
                case "EVT2": encodings.append((.evt2, line))
                case "EVT3": encodings.append((.evt3, line))
                default: throw FormatError.unsupported("raw encoding '\(line)' (only EVT2 and EVT3)")
                }
                var w: Int?, h: Int?
                for part in parts.dropFirst() {
                    let kv = part.split(separator: "=", maxSplits: 1)
                    guard kv.count == 2 else { continue }
                    if kv[0] == "width" { w = try RawHeader.side(kv[1], line) }
                    if kv[0] == "height" { h = try RawHeader.side(kv[1], line) }
                }
                if let w, let h { sizes.append((w, h, line)) }
            case "geometry":
                let wh = value.split(separator: "x")
                guard wh.count == 2 else { throw FormatError.malformed("raw header: '\(line)' is not WIDTHxHEIGHT") }
                sizes.append((try RawHeader.side(wh[0], line), try RawHeader.side(wh[1], line), line))
            case "width": width = try RawHeader.side(words[2], line)
            case "height": height = try RawHeader.side(words[2], line)
            default: break
            }
        }
        if let width, let height { sizes.append((width, height, "% width / % height")) }
        if let first = encodings.first, let other = encodings.first(where: { $0.0 != first.0 }) {
            throw FormatError.malformed("raw header declares two encodings: '\(first.1)' and '\(other.1)'")
        }
        if let first = sizes.first, let other = sizes.first(where: { $0.w != first.w || $0.h != first.h }) {
            throw FormatError.malformed("raw header declares two sensor sizes: '\(first.from)' and '\(other.from)'")
        }
        lines = text.lines
        encoding = encodings.first?.0
        self.width = sizes.first?.w ?? width
        self.height = sizes.first?.h ?? height
        dataOffset = text.end
    }

    private static func side(_ text: Substring, _ line: String) throws -> Int {
        guard text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(text), n >= 1, n <= maxSensorSide else {
            throw FormatError.malformed("raw header: '\(line)' gives a sensor side outside 1...\(maxSensorSide)")
        }
        return n
    }
}
