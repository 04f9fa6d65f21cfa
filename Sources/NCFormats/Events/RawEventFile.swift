/// A Prophesee `.raw` recording in EVT 2.0 or EVT 3.0, decoded into the same `EventBatch` as
/// `.dat` files.
///
/// Raw words carry time only relative to the last time-base word, so a window is found by
/// decoding from the first word and stopping at the first event at or after its end: memory is
/// bounded by the window (and `maxEventsPerRead`), time by the position of the window in the
/// file. Decoding follows Prophesee's reference decoders (the `metavision_evt2/evt3_raw_file_decoder`
/// samples): events before the first `EVT_TIME_HIGH` word have no time base and are skipped, and a
/// time high that falls back by nearly a full period counts as a wrap-around of the counter.
///
/// The same policies as `DatEventFile`: time going backwards, coordinates outside the declared
/// sensor (or the 2048-pixel range of the format) and reserved word types are errors naming the
/// byte offset; a partial last word is an error unless `ignoresPartialLastEvent`.
public final class RawEventFile: @unchecked Sendable {
    /// The path the file was opened from.
    public let path: String
    /// The parsed header.
    public let header: RawHeader
    /// The encoding used to decode (the header's, or the one given when opening).
    public let encoding: RawEventEncoding
    /// The options the file was opened with.
    public let options: EventFileOptions
    /// Number of whole words after the header.
    public let wordCount: Int
    private let file: MappedFile

    /// Opens `path`. `encoding` is needed only when the header does not declare one; if both are
    /// given they must agree. Errors name the file.
    public init(path: String, encoding: RawEventEncoding? = nil, options: EventFileOptions = EventFileOptions()) throws {
        self.path = path
        self.options = options
        let file = try MappedFile(path: path)
        self.file = file
        let header = try FormatError.attaching(path) { try file.withBytes { try RawHeader(parsing: $0) } }
        self.header = header
        let declared: RawEventEncoding
        switch (header.encoding, encoding) {
        case (let h?, let given?) where h != given:
            throw FormatError.inFile(path: path, .malformed("the header declares \(h.rawValue) but \(given.rawValue) was asked for"))
        case (let h?, _): declared = h
        case (nil, let given?): declared = given
        case (nil, nil):
            throw FormatError.inFile(path: path, .malformed("the raw header declares no encoding (% evt 2.0 / 3.0); name it when opening"))
        }
        self.encoding = declared
        let payload = file.count - header.dataOffset
        if payload % declared.wordSize != 0 && !options.ignoresPartialLastEvent {
            throw FormatError.inFile(path: path, .truncated(
                "raw file ends with \(payload % declared.wordSize) bytes of a partial \(declared.rawValue) word"))
        }
        wordCount = payload / declared.wordSize
    }

    /// The events with `range.lowerBound <= t < range.upperBound` (µs), in file order.
    public func events(inTimes range: Range<Int64>) throws -> EventBatch {
        var sink = RawEventSink(
            window: range, limit: options.maxEventsPerRead, width: header.width ?? RawHeader.maxSensorSide,
            height: header.height ?? RawHeader.maxSensorSide)
        try FormatError.attaching(path) {
            try file.withBytes { bytes in
                let words = UnsafeRawBufferPointer(rebasing: bytes[header.dataOffset..<(header.dataOffset + wordCount * encoding.wordSize)])
                switch encoding {
                case .evt2: try EVT2Decoder.decode(words, base: header.dataOffset, into: &sink)
                case .evt3: try EVT3Decoder.decode(words, base: header.dataOffset, into: &sink)
                }
            }
        }
        return sink.batch
    }
}

/// Collects the decoded events that fall into a window, checking time order and coordinates.
struct RawEventSink {
    let window: Range<Int64>
    let limit: Int
    let width: Int
    let height: Int
    private(set) var batch = EventBatch()
    private var last = Int64.min

    init(window: Range<Int64>, limit: Int, width: Int, height: Int) {
        self.window = window
        self.limit = limit
        self.width = width
        self.height = height
    }

    /// Takes one event decoded from the word at byte `offset`; returns false once the window is
    /// complete (an event at or after its end), so the decoder can stop.
    mutating func emit(t: Int64, x: Int, y: Int, p: UInt8, offset: Int) throws -> Bool {
        guard t >= last else {
            throw FormatError.malformed("the event of the word at byte \(offset) has t = \(t) µs, earlier than \(last) µs before it (events must be in time order)")
        }
        last = t
        guard x < width, y < height else {
            throw FormatError.malformed("the event of the word at byte \(offset) lies at x = \(x), y = \(y), outside the \(width)×\(height) sensor")
        }
        if t >= window.upperBound { return false }
        if t < window.lowerBound { return true }
        guard batch.count < limit else {
            throw FormatError.limitExceeded("the window \(window.lowerBound)..<\(window.upperBound) µs holds more than \(limit) events")
        }
        batch.append(t: t, x: UInt16(x), y: UInt16(y), p: p)
        return true
    }
}
