import Foundation

/// The validator's rect batch shapes (`BaseDataset.set_rectangle`, `pad = 0.5` in val mode):
/// images sorted by aspect ratio `h / w`, cut into batches, and each batch padded to
/// `ceil(shape · size / stride + pad) · stride` where `shape` is `[max ar, 1]` for a batch of
/// landscape images, `[1, 1 / min ar]` for portrait ones and `[1, 1]` otherwise.
public enum ValidationBatchShapes {
    /// The validator's padding in strides (`build_yolo_dataset(..., pad=0.5)` for val).
    public static let pad = 0.5

    /// `(height, width)` of the input for a batch of one image of `height` x `width`.
    public static func shape(height: Int, width: Int, size: Int, stride: Int = 32) -> (height: Int, width: Int) {
        let ar = Double(height) / Double(width)
        return padded(ar < 1 ? (ar, 1) : ar > 1 ? (1, 1 / ar) : (1, 1), size: size, stride: stride)
    }

    /// The input shape of every image (in the given order) when the loader makes batches of
    /// `batchSize`. Images of equal aspect ratio are interchangeable, so the unstable sort the
    /// fork uses cannot change any image's shape. Sizes must be positive.
    public static func shapes(sizes: [(height: Int, width: Int)], batchSize: Int, size: Int, stride: Int = 32) -> [(height: Int, width: Int)] {
        precondition(batchSize > 0, "ValidationBatchShapes: batch size must be positive")
        let ratios = sizes.map { Double($0.height) / Double($0.width) }
        let order = ratios.indices.sorted { ratios[$0] != ratios[$1] ? ratios[$0] < ratios[$1] : $0 < $1 }
        var result = [(height: Int, width: Int)](repeating: (0, 0), count: sizes.count)
        for start in Swift.stride(from: 0, to: order.count, by: batchSize) {
            let batch = order[start..<min(start + batchSize, order.count)]
            let lo = batch.map { ratios[$0] }.min() ?? 1, hi = batch.map { ratios[$0] }.max() ?? 1
            let shape = padded(hi < 1 ? (hi, 1) : lo > 1 ? (1, 1 / lo) : (1, 1), size: size, stride: stride)
            for i in batch { result[i] = shape }
        }
        return result
    }

    /// `np.ceil(shape * size / stride + pad).astype(int) * stride`, evaluated left to right in Double.
    static func padded(_ shape: (Double, Double), size: Int, stride: Int) -> (height: Int, width: Int) {
        let h = (shape.0 * Double(size) / Double(stride) + pad).rounded(.up)
        let w = (shape.1 * Double(size) / Double(stride) + pad).rounded(.up)
        return (Int(h) * stride, Int(w) * stride)
    }
}
