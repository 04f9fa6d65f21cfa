import NCFormats

/// A model input of `timesteps` frames, each `[channels][height][width]`, values in [0, 1]:
/// the `[T, C, H, W]` slice of the `[B, T, C, H, W]` tensor an event-camera model (Gen1) takes.
///
/// Relation to `InputImage`: an `InputImage` is one frame, which a COCO model repeats over T = 1
/// (`MS_GetT` on a 4-D input); `InputFrames` carries T *different* frames, which the Gen1 model's
/// `MS_GetT` transposes to `[T, B, C, H, W]` so that model step t sees `frame(t)`. A single image
/// is `InputFrames(image)` with T = 1. Values are stored frame-major, then channel-major, exactly
/// in the tensor's C order.
public struct InputFrames: Sendable, Equatable {
    /// Number of frames, the model's T.
    public let timesteps: Int
    /// Channels per frame (3).
    public let channels: Int
    /// Rows per frame.
    public let height: Int
    /// Columns per frame.
    public let width: Int
    /// `timesteps * channels * height * width` values, `[T][C][H][W]`.
    public let values: [Float]

    /// Frames from values in `[T][C][H][W]` order; every value must be finite.
    public init(timesteps: Int, channels: Int, height: Int, width: Int, values: [Float]) throws {
        let dims = [timesteps, channels, height, width]
        guard dims.allSatisfy({ $0 > 0 }), dims.dropFirst().allSatisfy({ $0 <= 1 << 16 }), timesteps <= 1024 else {
            throw ModelError.input("frames of \(timesteps)x\(channels)x\(height)x\(width) are empty or too large")
        }
        guard timesteps * channels * height * width == values.count else {
            throw ModelError.input("frames of \(timesteps)x\(channels)x\(height)x\(width) do not match their \(values.count) values")
        }
        if let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw ModelError.input("frame value \(bad) is not finite")
        }
        self.init(validated: values, timesteps: timesteps, channels: channels, height: height, width: width)
    }

    /// Frames whose sizes and values the caller has already checked.
    private init(validated values: [Float], timesteps: Int, channels: Int, height: Int, width: Int) {
        assert(timesteps * channels * height * width == values.count)
        self.timesteps = timesteps
        self.channels = channels
        self.height = height
        self.width = width
        self.values = values
    }

    /// Frames from a tensor shaped `[1, T, C, H, W]` or `[T, C, H, W]` (for example a `--frames X.npy`
    /// written by the authors' dataloader, `synth_dev_frames.npy`).
    public init(shape: [Int], values: [Float]) throws {
        guard let s = InputImage.unbatched(shape, rank: 4) else {
            throw ModelError.input("expected frames shaped [1, T, C, H, W] or [T, C, H, W], found \(shape)")
        }
        try self.init(timesteps: s[0], channels: s[1], height: s[2], width: s[3], values: values)
    }

    /// Frames from a tensor, validated as a `--frames X.npy` input must be: float32, shaped
    /// `[1, T, C, H, W]` or `[T, C, H, W]`, every value in [0, 1] — what the authors' dataloader
    /// hands the model. Anything else (uint8 0–255, float64, another layout) is refused with the
    /// reason rather than converted.
    public init(tensor: Tensor) throws {
        let expectation = "expected float32 [1,T,C,H,W] (or [T,C,H,W]) with values in [0,1]"
        guard tensor.dtype == .float32 else {
            throw ModelError.input("frames tensor has dtype \(tensor.dtype.rawValue); \(expectation)")
        }
        guard let s = InputImage.unbatched(tensor.shape, rank: 4) else {
            throw ModelError.input("frames tensor has shape \(tensor.shape); \(expectation)")
        }
        let values = tensor.floats()
        if let i = values.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
            throw ModelError.input("frames value \(values[i]) at flat index \(i) is outside [0, 1]; \(expectation)")
        }
        try self.init(timesteps: s[0], channels: s[1], height: s[2], width: s[3], values: values)
    }

    /// One image as a single frame (T = 1).
    public init(_ image: InputImage) {
        self.init(validated: image.values, timesteps: 1, channels: image.channels, height: image.height, width: image.width)
    }

    /// The tensor shape `[1, T, C, H, W]`, batch included.
    public var shape: [Int] { [1, timesteps, channels, height, width] }

    /// Every frame as an image, model step by model step: what `Interpreter.run` takes.
    public var images: [InputImage] {
        let n = channels * height * width
        return (0..<timesteps).map {
            InputImage(validated: Array(values[($0 * n)..<(($0 + 1) * n)]), channels: channels, height: height, width: width)
        }
    }

    /// Frame `t` (model step t) as an image.
    public func frame(_ t: Int) throws -> InputImage {
        guard t >= 0, t < timesteps else { throw ModelError.input("frame \(t) outside 0..<\(timesteps)") }
        let n = channels * height * width
        return try InputImage(channels: channels, height: height, width: width, values: Array(values[(t * n)..<((t + 1) * n)]))
    }
}
