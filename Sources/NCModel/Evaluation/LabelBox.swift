/// One ground-truth object in original-image pixels.
public struct LabelBox: Sendable, Equatable, Codable {
    /// Class index.
    public var classIndex: Int
    /// `[x1, y1, x2, y2]` in original-image pixels.
    public var box: [Float]

    /// A label with a class and an `[x1, y1, x2, y2]` box.
    public init(classIndex: Int, box: [Float]) {
        self.classIndex = classIndex
        self.box = box
    }
}
