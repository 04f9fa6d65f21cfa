extension DatEventFile {
    /// The bytes of a Gen1-style `.dat` file holding `events`: the header lines the toolbox's
    /// `write_header` means to write (`% Data file containing Event2D events.`, `% Version 2`,
    /// `% Height H`, `% Width W`; no date, so the output is reproducible), type 0, size 8, then
    /// each event as `u32 t`, `u32 x | y << 14 | p << 28`.
    ///
    /// Events must be in time order with 0 ≤ t < 2^32 and lie inside the `width`×`height` sensor.
    public static func encode(_ events: EventBatch, width: Int, height: Int) throws -> [UInt8] {
        guard (1...DatHeader.maxSensorSide).contains(width), (1...DatHeader.maxSensorSide).contains(height) else {
            throw FormatError.malformed("dat sensor size \(width)×\(height) is outside 1...\(DatHeader.maxSensorSide)")
        }
        let header = "% Data file containing Event2D events.\n% Version 2\n% Height \(height)\n% Width \(width)\n"
        var out = Array(header.utf8) + [0, 8]
        out.reserveCapacity(out.count + 8 * events.count)
        var previous: Int64 = 0
        for i in 0..<events.count {
            let t = events.t[i], x = events.x[i], y = events.y[i]
            guard t >= previous, t <= Int64(UInt32.max) else {
                throw FormatError.malformed("event \(i) at t = \(t) µs is out of time order or outside 0..<2^32")
            }
            guard Int(x) < width, Int(y) < height else {
                throw FormatError.malformed("event \(i) at x = \(x), y = \(y) lies outside the \(width)×\(height) sensor")
            }
            previous = t
            let w = UInt32(x) | UInt32(y) << 14 | UInt32(events.p[i]) << 28
            for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: UInt32(t) >> shift)) }
            for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: w >> shift)) }
        }
        return out
    }

    /// Writes `events` as a `.dat` file (see `encode`), replacing `path` atomically. Errors name
    /// the file.
    public static func write(_ events: EventBatch, width: Int, height: Int, to path: String) throws {
        try FormatError.attaching(path) { try AtomicFile.write(try encode(events, width: width, height: height), to: path) }
    }
}
