import NCFormats

/// Every stage of framing one label timestamp, for inspection and tests; `input` is what the
/// model takes.
public struct Gen1Frames: Sendable, Equatable {
    /// The label timestamp, µs.
    public let labelTime: Int64
    /// Events per window, in window (time) order.
    public let eventCounts: [Int]
    /// Painted windows, window order, each `[sensorHeight][sensorWidth]` uint8 (127 / 0 / 255).
    public let painted: [[UInt8]]
    /// Each painted window after OpenCV's INTER_LINEAR resize,
    /// `[geometry.resizedHeight][geometry.resizedWidth]`.
    public let resized: [[UInt8]]
    /// Each resized window letterboxed to `[paddedHeight][paddedWidth]` with 114, window order
    /// (before the time reversal).
    public let padded: [[UInt8]]
    /// The model input `[T, 3, H, W]`: model step t is window T−1−t (newest first), every value
    /// `Float(u8) / 255`, the three channels identical.
    public let input: InputFrames
}

extension Gen1Framing {
    /// Frames the `timesteps` windows before `labelTime` (µs) of an event file: the model input
    /// the authors' dataloader builds for that label, with every intermediate stage.
    public func frames(from file: DatEventFile, labelTime: Int64) throws -> Gen1Frames {
        try frames(windows: try windowEvents(from: file, labelTime: labelTime), labelTime: labelTime)
    }

    /// Frames already-selected window events (window order, one batch per timestep), whatever
    /// file they came from.
    public func frames(windows: [EventBatch], labelTime: Int64) throws -> Gen1Frames {
        guard windows.count == timesteps else {
            throw ModelError.input("framing needs \(timesteps) windows of events, got \(windows.count)")
        }
        let painted = try windows.map(paint)
        let resized = painted.map {
            OpenCVLinearResize.resize(
                $0, height: sensorHeight, width: sensorWidth, channels: 1, toHeight: geometry.resizedHeight,
                toWidth: geometry.resizedWidth)
        }
        let padded = try resized.map(letterbox)
        // Format._format_img's `[::-1]` reverses T: model step t sees window T−1−t.
        let plane = paddedHeight * paddedWidth
        var values: [Float] = []
        values.reserveCapacity(timesteps * Gen1Framing.channels * plane)
        for t in 0..<timesteps {
            let frame = InputImage.unitValues(padded[timesteps - 1 - t])
            for _ in 0..<Gen1Framing.channels { values += frame }
        }
        let input = try InputFrames(
            timesteps: timesteps, channels: Gen1Framing.channels, height: paddedHeight, width: paddedWidth, values: values)
        return Gen1Frames(
            labelTime: labelTime, eventCounts: windows.map(\.count), painted: painted, resized: resized, padded: padded,
            input: input)
    }

    /// `LetterBox`'s `copyMakeBorder`: the resized frame (`[resizedHeight][resizedWidth]` of
    /// `geometry`) with `geometry`'s border rows and columns of 114 around it.
    public func letterbox(_ resized: [UInt8]) throws -> [UInt8] {
        let (height, width) = (geometry.resizedHeight, geometry.resizedWidth)
        guard resized.count == height * width else {
            throw ModelError.input("a resized frame has \(resized.count) pixels, not \(height)×\(width)")
        }
        var out = [UInt8](repeating: Gen1Framing.padValue, count: paddedHeight * paddedWidth)
        for row in 0..<height {
            let src = row * width, dst = (row + geometry.top) * paddedWidth + geometry.left
            out.replaceSubrange(dst..<(dst + width), with: resized[src..<(src + width)])
        }
        return out
    }
}
