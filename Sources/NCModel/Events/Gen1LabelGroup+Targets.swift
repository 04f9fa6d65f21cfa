/// A detection target as `pre_gen1.py` writes it into `img_<name><k>.txt`: class, box centre and
/// size, normalised by the sensor size (the `%.18e` numbers of the file, as `Double`).
public struct Gen1Target: Sendable, Equatable {
    /// Class index.
    public var classID: Int64
    /// Box centre x / sensor width.
    public var centerX: Double
    /// Box centre y / sensor height.
    public var centerY: Double
    /// Box width / sensor width.
    public var width: Double
    /// Box height / sensor height.
    public var height: Double
}

extension Gen1LabelGroup {
    /// The targets of this timestamp, computed as `create_targets` and `build_dataset` do:
    ///
    /// 1. one box per `track_id` — its last row — ordered by descending `track_id`;
    /// 2. in float32: x and w clamped to [0, W], y and h to [0, H] *separately* (a box that starts
    ///    left of the sensor keeps its full width), cx = x + w/2, cy = y + h/2, clamped again;
    /// 3. boxes with w = 0 or h = 0 dropped;
    /// 4. each value times the float64 `1/W` or `1/H` (a product, not a division: the two differ
    ///    in the last bit, and the label files hold the product).
    ///
    /// Where the authors' code breaks, this keeps the intended result: after a drop in step 3 or
    /// a repeated track in step 1, `pre_gen1.py` writes the kept boxes into an array with one row
    /// per *original* row — which raises unless exactly one box is kept, and then repeats that box
    /// on every row. Here the kept boxes are returned once each.
    public func targets(sensorWidth: Int = 304, sensorHeight: Int = 240) -> [Gen1Target] {
        var last: [Int64: Gen1Box] = [:]
        for box in boxes { last[box.trackID] = box }
        let W = Float(sensorWidth), H = Float(sensorHeight)
        func clamp(_ v: Float, _ hi: Float) -> Float { min(max(v, 0), hi) }
        return last.keys.sorted(by: >).compactMap { track in
            guard let b = last[track] else { return nil }
            let w = clamp(b.width, W), h = clamp(b.height, H)
            let cx = clamp(clamp(b.x, W) + w / 2, W), cy = clamp(clamp(b.y, H) + h / 2, H)
            guard w != 0, h != 0 else { return nil }
            let sx = 1 / Double(sensorWidth), sy = 1 / Double(sensorHeight)
            return Gen1Target(
                classID: b.classID, centerX: Double(cx) * sx, centerY: Double(cy) * sy,
                width: Double(w) * sx, height: Double(h) * sy)
        }
    }
}
