import NCFormats

extension FuzzTarget {
    /// Prophesee event files as `--events x.dat` reads them: the header, the time span, one
    /// 250 ms window before the last event and the whole time order; inputs starting with an EVT
    /// header go through the `.raw` reader instead.
    static let events = FuzzTarget(name: "events", fileExtension: "dat") { input in
        let options = EventFileOptions(maxEventsPerRead: 1 << 16)
        if input.bytes.starts(with: Array("% evt".utf8)) {
            guard let file = FuzzCheck.reading(input.path, { try RawEventFile(path: input.path, options: options) }) else { return }
            _ = FuzzCheck.reading(input.path) { try file.events(inTimes: 0..<1_000_000).count }
            return
        }
        guard let file = FuzzCheck.reading(input.path, { try DatEventFile(path: input.path, options: options) }) else { return }
        guard let span = FuzzCheck.reading(input.path, { try file.timeSpan() }), let span else { return }
        let end = span.upperBound
        let batch = FuzzCheck.reading(input.path) { try file.events(inTimes: max(span.lowerBound, end - 250_000)..<end + 1) }
        if let batch { precondition(batch.t.count == batch.x.count && batch.x.count == batch.p.count, "ragged batch") }
        _ = FuzzCheck.reading(input.path) { try file.checkTimeOrder() }
    }
}
