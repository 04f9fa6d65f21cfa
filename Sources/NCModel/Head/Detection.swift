/// One detected object in input-image pixels.
public struct Detection: Sendable, Equatable, Codable {
    /// `[x1, y1, x2, y2]`.
    public var box: [Float]
    /// Class score (sigmoid of the class logit).
    public var score: Float
    /// Class index.
    public var classIndex: Int

    /// A detection.
    public init(box: [Float], score: Float, classIndex: Int) {
        self.box = box
        self.score = score
        self.classIndex = classIndex
    }
}
