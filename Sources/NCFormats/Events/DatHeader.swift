/// The header of a Prophesee `.dat` event file, parsed as the Prophesee toolbox's `parse_header`
/// does (the reader of the authors' `pre_gen1.py`).
///
/// Layout: ASCII lines that begin with `"% "` (exactly percent, space), each ending in a line
/// feed; the first line that does not begin so ends the header *at its first byte*. Then one byte
/// of event type and one byte of event size, then the events. Only `Height` and `Width` carry
/// meaning (`% Height 240`); `Version`, `Date` and anything else are kept as comments. A file
/// with no `"% "` line at all has no type/size bytes either: its events start at byte 0 and
/// are Event2D of 8 bytes (the toolbox's fallback for old files).
public struct DatHeader: Sendable, Equatable {
    /// The header lines without their line feeds, decoded as Latin-1.
    public let lines: [String]
    /// Sensor width from `% Width`, if given.
    public let width: Int?
    /// Sensor height from `% Height`, if given.
    public let height: Int?
    /// The value of `% Version`, if given (Gen1 files say 2).
    public let version: String?
    /// Event type byte: 0 = Event2D (Gen1 "TD"), 12 = EventCD.
    public let eventType: UInt8
    /// Bytes per event (always 8; other sizes are refused).
    public let eventSize: Int
    /// Offset of the first event from the start of the file.
    public let dataOffset: Int

    /// Event types whose 8-byte layout this reader decodes.
    public static let supportedEventTypes: [UInt8: String] = [0: "Event2D", 12: "EventCD"]
    /// Longest header accepted; real ones are about 100 bytes.
    public static let maxHeaderBytes = 1 << 20
    /// Largest coordinate the 14-bit x and y fields can hold, plus one.
    public static let maxSensorSide = 1 << 14

    /// Parses the header at the start of `bytes`.
    public init(parsing bytes: UnsafeRawBufferPointer) throws {
        let text = try PercentHeader(
            scanning: bytes, stopsAtEndKeyword: false, maxBytes: DatHeader.maxHeaderBytes, context: "dat header")
        let lines = text.lines
        var width: Int?
        var height: Int?
        var version: String?
        for (k, line) in lines.enumerated() {
            let words = PercentHeader.words(line)
            guard words.count > 1 else { continue }
            switch words[1] {
            case "Width": width = try DatHeader.side(words, line: k + 1)
            case "Height": height = try DatHeader.side(words, line: k + 1)
            case "Version" where words.count > 2: version = String(words[2])
            default: break
            }
        }
        var r = ByteReader(bytes, offset: text.end, context: "dat header")
        if lines.isEmpty {
            eventType = 0
            eventSize = 8
        } else {
            eventType = try r.u8("event type byte after the text header")
            eventSize = Int(try r.u8("event size byte after the text header"))
        }
        guard let typeName = DatHeader.supportedEventTypes[eventType] else {
            throw FormatError.unsupported(
                "dat event type \(eventType) (only 0 = Event2D and 12 = EventCD; 14 would be external triggers)")
        }
        guard eventSize == 8 else {
            throw FormatError.unsupported("dat \(typeName) events of \(eventSize) bytes (only 8-byte events)")
        }
        self.lines = lines
        self.width = width
        self.height = height
        self.version = version
        dataOffset = r.offset
    }

    /// The integer after `Width` / `Height`, which must be a sensor side the format can address.
    private static func side(_ words: [Substring], line: Int) throws -> Int {
        let key = words[1]
        guard words.count > 2 else { throw FormatError.malformed("dat header line \(line): '\(key)' has no value") }
        let text = words[2].hasPrefix("+") ? words[2].dropFirst() : words[2]
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(text) else {
            throw FormatError.malformed("dat header line \(line): \(key) '\(words[2])' is not a whole number")
        }
        guard n >= 1, n <= maxSensorSide else {
            throw FormatError.malformed("dat header line \(line): \(key) \(n) is outside 1...\(maxSensorSide)")
        }
        return n
    }
}
