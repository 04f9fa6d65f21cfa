import NCFormats

extension Gen1Framing {
    /// Label timestamps accepted, µs: 0 to 2^48 (9 years), far beyond any recording, so that the
    /// window arithmetic cannot overflow.
    public static let labelTimes: ClosedRange<Int64> = 0...(1 << 48)

    /// `PSEELoader.seek_time`'s binary search stops once fewer events than this remain between
    /// its bounds (`term_criterion`), then finishes with a linear `searchsorted`.
    static let seekTermination = 100_000

    /// The events of each of the `timesteps` windows before `labelTime` (µs), in time order,
    /// under `semantics`. One read of the file covers all windows, so memory is bounded by the
    /// file's `maxEventsPerRead`.
    public func windowEvents(from file: DatEventFile, labelTime: Int64) throws -> [EventBatch] {
        let bounds = try windowEventIndices(in: file, labelTime: labelTime)
        let all = try file.events(inIndices: bounds[0]..<bounds[timesteps])
        return (0..<timesteps).map { all[(bounds[$0] - bounds[0])..<(bounds[$0 + 1] - bounds[0])] }
    }

    /// The `timesteps + 1` event indices that delimit the windows: window i holds the events with
    /// indices `bounds[i]..<bounds[i+1]`.
    public func windowEventIndices(in file: DatEventFile, labelTime: Int64) throws -> [Int] {
        guard Gen1Framing.labelTimes.contains(labelTime) else {
            throw ModelError.input("label timestamp \(labelTime) µs is outside \(Gen1Framing.labelTimes)")
        }
        let start = labelTime - sampleMicroseconds, w = windowMicroseconds
        switch semantics {
        case .intended:
            return (0...timesteps).map { file.firstEvent(atOrAfter: start + w * Int64($0)) }
        case .authors:
            // seek_time(start): past the last event → end of file; start ≤ 0 → rewind to t = 0.
            let seekTime: Int64
            var position: Int
            if let span = try file.timeSpan(), start > span.upperBound {
                return [Int](repeating: file.eventCount, count: timesteps + 1)
            } else if file.eventCount == 0 {
                return [Int](repeating: 0, count: timesteps + 1)
            } else if start <= 0 {
                seekTime = 0
                position = 0
            } else {
                seekTime = start
                position = try authorsSeek(file, to: start)
            }
            // load_delta_t reads on from the file position up to current_time + w, exclusive.
            var bounds = [position]
            for i in 1...timesteps {
                position = max(position, file.firstEvent(atOrAfter: seekTime + w * Int64(i)))
                bounds.append(position)
            }
            return bounds
        }
    }

    /// The file position `PSEELoader.seek_time(time)` leaves (0 < time ≤ last timestamp): its
    /// binary search over event indices, which returns just *after* a probed event whose
    /// timestamp equals `time`, else the first event at or after `time` in the final bracket.
    private func authorsSeek(_ file: DatEventFile, to time: Int64) throws -> Int {
        var low = 0, high = file.eventCount
        while high - low > Gen1Framing.seekTermination {
            let middle = (low + high) / 2
            let t = try file.timestamp(ofEvent: middle)
            if t > time {
                high = middle
            } else if t < time {
                low = middle + 1
            } else {
                return middle + 1
            }
        }
        // np.searchsorted(t[low..<high], time) on a time-ordered bracket is a lower bound there.
        var lo = low, hi = high
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if try file.timestamp(ofEvent: mid) < time { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Paints one window as `create_data` does: a `[sensorHeight][sensorWidth]` uint8 frame of
    /// grey 127 in which every event, in file order, writes `255 · p` at (y, x) — ON 255,
    /// OFF 0, the last event at a pixel wins (also among equal timestamps).
    ///
    /// `pre_gen1.py` paints an x-major `[304, 240]` array and the dataloader transposes it back;
    /// painting row-major directly gives the same frame. An event outside the sensor is an error,
    /// as the authors' `assert events['x'].max() < width` makes it.
    public func paint(_ events: EventBatch) throws -> [UInt8] {
        var frame = [UInt8](repeating: Gen1Framing.background, count: sensorWidth * sensorHeight)
        for i in 0..<events.count {
            let x = Int(events.x[i]), y = Int(events.y[i])
            guard x < sensorWidth, y < sensorHeight else {
                throw ModelError.input(
                    "event at t = \(events.t[i]) µs, x = \(x), y = \(y) lies outside the \(sensorWidth)×\(sensorHeight) sensor")
            }
            frame[y * sensorWidth + x] = events.p[i] == 0 ? Gen1Framing.offValue : Gen1Framing.onValue
        }
        return frame
    }
}
