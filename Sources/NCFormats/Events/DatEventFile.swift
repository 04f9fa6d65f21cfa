/// A Prophesee `.dat` event file (Gen1 "TD" recordings, EventCD files) opened for streaming.
///
/// Opening parses the header and maps the file; nothing else is read. Reads then touch only the
/// pages they need: a time window is found by binary search on the timestamps and decoded into
/// an `EventBatch`, so a 1 GB recording costs memory in proportion to the window, not the file.
///
/// Each event is 8 bytes little endian: `u32 t` (µs), `u32 w` with x = w & 0x3FFF,
/// y = (w >> 14) & 0x3FFF, p = (w >> 28) & 1 — the toolbox masks only bit 28, and so does this.
///
/// Policies for files that break the format's promises:
/// - **Time order.** Timestamps must not decrease; binary search relies on it. Every read checks
///   the events it decodes plus their neighbours on both sides and throws `malformed` naming the
///   first event that goes back in time. `checkTimeOrder()` scans a whole file (bounded memory).
///   (The toolbox does not check and silently returns wrong windows.)
/// - **Coordinates.** With `% Width` / `% Height` in the header, an event at x ≥ Width or
///   y ≥ Height is an error when it is read (the authors' `create_data` asserts the same).
/// - **A partial last event** (file length not header + 8·n) is an error unless
///   `EventFileOptions.ignoresPartialLastEvent` asks for the toolbox's behaviour of dropping it.
public final class DatEventFile: @unchecked Sendable {
    /// The path the file was opened from.
    public let path: String
    /// The parsed header.
    public let header: DatHeader
    /// Number of whole events in the file.
    public let eventCount: Int
    /// The options the file was opened with.
    public let options: EventFileOptions
    private let file: MappedFile

    /// Opens `path`: maps it and parses the header. Errors name the file.
    public init(path: String, options: EventFileOptions = EventFileOptions()) throws {
        self.path = path
        self.options = options
        let file = try MappedFile(path: path)
        self.file = file
        let (header, count) = try FormatError.attaching(path) {
            try file.withBytes { bytes -> (DatHeader, Int) in
                let header = try DatHeader(parsing: bytes)
                let payload = bytes.count - header.dataOffset
                let partial = payload % header.eventSize
                if partial != 0 && !options.ignoresPartialLastEvent {
                    throw FormatError.truncated(
                        "dat file ends with \(partial) bytes of a partial event after \(payload / header.eventSize) whole events")
                }
                return (header, payload / header.eventSize)
            }
        }
        self.header = header
        eventCount = count
    }

    /// The timestamp (µs) of event `index`, which must lie in `0..<eventCount`.
    public func timestamp(ofEvent index: Int) throws -> Int64 {
        guard index >= 0, index < eventCount else {
            throw FormatError.malformed("\(path): event index \(index) outside 0..<\(eventCount)")
        }
        return file.withBytes { rawTime($0, index) }
    }

    /// Time of the first and last event, nil for a file without events.
    public func timeSpan() throws -> ClosedRange<Int64>? {
        guard eventCount > 0 else { return nil }
        let first = try timestamp(ofEvent: 0), last = try timestamp(ofEvent: eventCount - 1)
        guard first <= last else {
            throw FormatError.malformed("\(path): the last event (t = \(last) µs) is earlier than the first (t = \(first) µs)")
        }
        return first...last
    }

    /// The index of the first event at or after `time` (µs); `eventCount` if there is none.
    /// Binary search, O(log n) timestamp reads; assumes time order (see the type's policies).
    public func firstEvent(atOrAfter time: Int64) -> Int {
        file.withBytes { bytes in
            var lo = 0, hi = eventCount
            while lo < hi {
                let mid = lo + (hi - lo) / 2
                if rawTime(bytes, mid) < time { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
    }

    /// The indices of the events with `range.lowerBound <= t < range.upperBound`.
    public func eventIndices(inTimes range: Range<Int64>) -> Range<Int> {
        let lo = firstEvent(atOrAfter: range.lowerBound)
        return lo..<max(lo, firstEvent(atOrAfter: range.upperBound))
    }

    /// The events with `range.lowerBound <= t < range.upperBound` (µs), in file order.
    public func events(inTimes range: Range<Int64>) throws -> EventBatch {
        try events(inIndices: eventIndices(inTimes: range))
    }

    /// The events with indices in `range`, decoded and checked (time order with their neighbours,
    /// coordinates inside the header's sensor size). Errors name the file.
    public func events(inIndices range: Range<Int>) throws -> EventBatch {
        guard range.lowerBound >= 0, range.upperBound <= eventCount else {
            throw FormatError.inFile(path: path, .malformed("event indices \(range) outside 0..<\(eventCount)"))
        }
        guard range.count <= options.maxEventsPerRead else {
            throw FormatError.inFile(path: path, .limitExceeded(
                "a read of \(range.count) events (indices \(range.lowerBound)..<\(range.upperBound)) exceeds the limit of \(options.maxEventsPerRead)"))
        }
        return try FormatError.attaching(path) { try file.withBytes { try decode($0, range) } }
    }

    /// Scans every timestamp once and throws at the first event earlier than its predecessor.
    /// Memory stays bounded whatever the file size (the mapping pages in and out).
    public func checkTimeOrder() throws {
        try file.withBytes { bytes in
            guard eventCount > 1 else { return }
            var previous = rawTime(bytes, 0)
            for i in 1..<eventCount {
                let t = rawTime(bytes, i)
                if t < previous { throw FormatError.inFile(path: path, outOfOrder(i, t, previous)) }
                previous = t
            }
        }
    }

    /// The timestamp of event `i`, unchecked: callers keep `i` in `0..<eventCount`.
    @inline(__always)
    private func rawTime(_ bytes: UnsafeRawBufferPointer, _ i: Int) -> Int64 {
        Int64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: header.dataOffset + 8 * i, as: UInt32.self)))
    }

    private func outOfOrder(_ i: Int, _ t: Int64, _ previous: Int64) -> FormatError {
        .malformed("event \(i) has t = \(t) µs, earlier than event \(i - 1) at \(previous) µs (events must be in time order)")
    }

    private func decode(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) throws -> EventBatch {
        var batch = EventBatch()
        guard !range.isEmpty else { return batch }
        batch.reserveCapacity(range.count)
        let width = header.width.map(UInt32.init) ?? UInt32(DatHeader.maxSensorSide)
        let height = header.height.map(UInt32.init) ?? UInt32(DatHeader.maxSensorSide)
        var previous = range.lowerBound > 0 ? rawTime(bytes, range.lowerBound - 1) : Int64.min
        for i in range {
            let offset = header.dataOffset + 8 * i
            let t = Int64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            let w = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
            if t < previous { throw outOfOrder(i, t, previous) }
            previous = t
            let x = w & 0x3FFF, y = (w >> 14) & 0x3FFF
            guard x < width, y < height else {
                throw FormatError.malformed(
                    "event \(i) (t = \(t) µs) lies at x = \(x), y = \(y), outside the \(width)×\(height) sensor of the header")
            }
            batch.append(t: t, x: UInt16(x), y: UInt16(y), p: UInt8((w >> 28) & 1))
        }
        if range.upperBound < eventCount {
            let next = rawTime(bytes, range.upperBound)
            if next < previous { throw outOfOrder(range.upperBound, next, previous) }
        }
        return batch
    }
}
