import NCFormats

/// A user's tensor (a `.npy`) taken as the model input as it is — what ultralytics does with a
/// tensor source: no letterbox, no scaling. It must already be what the predictor would build:
/// float32 `[1, 3, H, W]` (or `[3, H, W]`) with values in [0, 1]. Anything else is rejected with the
/// reason, because silently converting (a uint8 0–255 array, float64, a BGR or HWC layout) would
/// run the model on an input the authors' code never sees.
public enum ModelInputTensor {
    /// What every error message reminds the user of.
    public static let expectation = "expected float32 [1,3,H,W] (or [3,H,W]) with values in [0,1]"

    /// The tensor as an `InputImage`, or `ModelError.input` naming the problem (dtype, shape, or
    /// the first value outside [0, 1] with its flat index and position).
    public static func image(from tensor: Tensor) throws -> InputImage {
        guard tensor.dtype == .float32 else {
            let hint = tensor.dtype == .uint8 ? " (a uint8 image must be divided by 255 into float32 first)" : ""
            throw ModelError.input("tensor has dtype \(tensor.dtype.rawValue)\(hint); \(expectation)")
        }
        let shape = tensor.shape
        let chw = shape.count == 4 && shape[0] == 1 ? Array(shape.dropFirst()) : shape
        guard chw.count == 3, chw[0] == 3, chw[1] > 0, chw[2] > 0 else {
            throw ModelError.input("tensor has shape \(shape); \(expectation)")
        }
        let values = tensor.floats()
        if let i = values.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
            let plane = chw[1] * chw[2]
            let position = [i / plane, (i % plane) / chw[2], i % chw[2]]
            let index = shape.count == 4 ? [0] + position : position
            throw ModelError.input("tensor value \(values[i]) at flat index \(i) (position \(index)) is outside [0, 1]; \(expectation)")
        }
        return InputImage(validated: values, channels: 3, height: chw[1], width: chw[2])
    }

    /// Reads a `.npy` file and validates it; errors name the file.
    public static func read(path: String) throws -> InputImage {
        let tensor = try Npy.read(path: path)
        do {
            return try image(from: tensor)
        } catch let e as ModelError {
            throw ModelFileError(path: path, error: e)
        }
    }
}
