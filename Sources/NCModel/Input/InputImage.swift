/// A real-valued input image `[channels][height][width]` with values in [0, 1], channel-major like
/// the `[1, 3, H, W]` tensors the authors feed their model.
public struct InputImage: Sendable, Equatable {
    /// Channels (3 for RGB).
    public let channels: Int
    /// Rows.
    public let height: Int
    /// Columns.
    public let width: Int
    /// `channels * height * width` values, channel-major.
    public let values: [Float]

    /// An image from channel-major values.
    public init(channels: Int, height: Int, width: Int, values: [Float]) throws {
        guard channels > 0, height > 0, width > 0, channels * height * width == values.count else {
            throw ModelError.input("image of \(channels)x\(height)x\(width) does not match its \(values.count) values")
        }
        if let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw ModelError.input("image value \(bad) is not finite")
        }
        self.init(validated: values, channels: channels, height: height, width: width)
    }

    /// An image from channel-major 8-bit values, each becoming exactly `Float(byte) / 255`: the
    /// IEEE division ultralytics does (`im.float(); im /= 255`). Multiplying by `Float(1) / 255`
    /// instead differs in the last bit for some bytes.
    public init(bytes: [UInt8], channels: Int, height: Int, width: Int) throws {
        try self.init(channels: channels, height: height, width: width, values: InputImage.unitValues(bytes))
    }

    /// `Float(byte) / 255` for every byte.
    static func unitValues(_ bytes: [UInt8]) -> [Float] { bytes.map { Float($0) / 255 } }

    /// An image whose sizes and values the caller has already checked.
    init(validated values: [Float], channels: Int, height: Int, width: Int) {
        assert(channels * height * width == values.count && values.allSatisfy { $0.isFinite })
        self.channels = channels
        self.height = height
        self.width = width
        self.values = values
    }

    /// An image from a tensor shaped `[1, C, H, W]` or `[C, H, W]`.
    public init(shape: [Int], values: [Float]) throws {
        guard let s = InputImage.unbatched(shape, rank: 3) else {
            throw ModelError.input("expected an image tensor shaped [1, C, H, W] or [C, H, W], found \(shape)")
        }
        try self.init(channels: s[0], height: s[1], width: s[2], values: values)
    }

    /// `shape` without a leading batch of one, when what remains (or `shape` itself) has `rank`
    /// dimensions; nil otherwise. Tensors of images and frames may come with or without the batch.
    static func unbatched(_ shape: [Int], rank: Int) -> [Int]? {
        let s = shape.count == rank + 1 && shape[0] == 1 ? Array(shape.dropFirst()) : shape
        return s.count == rank ? s : nil
    }

    /// Channels-last copy (`[height][width][channels]`), the layout the engines compute in.
    func channelsLast<S: BinaryFloatingPoint>() -> [S] {
        var out = [S](repeating: 0, count: values.count)
        let hw = height * width
        for c in 0..<channels {
            for p in 0..<hw { out[p * channels + c] = S(values[c * hw + p]) }
        }
        return out
    }
}
