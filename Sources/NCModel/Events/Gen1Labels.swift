import NCFormats

/// One ground-truth box of a Gen1 label file (`<name>_bbox.npy`): top-left corner, size, class and
/// track at a timestamp, in sensor pixels.
public struct Gen1Box: Sendable, Equatable {
    /// Label timestamp, µs.
    public var timestamp: Int64
    /// Left edge (may be negative or reach past the sensor: boxes are not clipped in the file).
    public var x: Float
    /// Top edge.
    public var y: Float
    /// Width.
    public var width: Float
    /// Height.
    public var height: Float
    /// Class index (Gen1: 0 car, 1 pedestrian).
    public var classID: Int64
    /// Annotation confidence (`confidence` / `class_confidence`), if the file has one.
    public var confidence: Float?
    /// Track identifier: the same object keeps it across timestamps.
    public var trackID: Int64
}

/// The boxes of one label timestamp: one sample of the authors' dataset.
public struct Gen1LabelGroup: Sendable, Equatable {
    /// The label timestamp, µs.
    public let timestamp: Int64
    /// Its rows, in file order.
    public let boxes: [Gen1Box]
}

/// A Gen1 label file read into boxes and grouped by timestamp as `pre_gen1.py` groups them
/// (`np.split` at `np.unique(t, return_index=True)`): one group, hence one sample, per distinct
/// timestamp.
///
/// Both dtypes occur: the Gen1 release's packed `ts <u8, x, y, w, h <f4, class_id u1,
/// confidence <f4, track_id <u4` (itemsize 33) and the toolbox's aligned `BBOX_DTYPE` with `t <i8`,
/// `class_id <u4`, `class_confidence` (itemsize 40). Coordinates are read as float32, as
/// `structured_to_unstructured(..., dtype=np.float32)` does.
///
/// Rows must be sorted by timestamp: `pre_gen1.py` assumes it (unsorted rows make `np.split`
/// build wrong or empty groups and crash), so they are refused here with the first offending row.
/// Non-finite coordinates are refused too (the authors' code would carry NaN into the targets).
public struct Gen1Labels: Sendable, Equatable {
    /// Every row, in file order.
    public let boxes: [Gen1Box]
    /// One group per distinct timestamp, in time order.
    public let groups: [Gen1LabelGroup]

    /// Boxes from a label table. `source` names the file in errors.
    public init(table: NpyRecordTable, source: String = "labels") throws {
        func column(_ names: String...) throws -> NpyColumn {
            for n in names { if let c = table.columns[n] { return c } }
            throw ModelError.input(
                "\(source): Gen1 labels need a field \(names.joined(separator: " or ")) (fields: \(table.fieldNames.joined(separator: ", ")))")
        }
        func floats(_ name: String) throws -> [Float] { try column(name).floats() }
        func integers(_ c: NpyColumn, _ name: String) throws -> [Int64] {
            do { return try c.int64s() } catch let e as FormatError {
                throw ModelError.input("\(source): field \(name): \(e.problem)")
            }
        }
        let t = try integers(try column("ts", "t"), "ts")
        let x = try floats("x"), y = try floats("y"), w = try floats("w"), h = try floats("h")
        let cls = try integers(try column("class_id"), "class_id")
        let track = try integers(try column("track_id"), "track_id")
        let confidence = (table.columns["confidence"] ?? table.columns["class_confidence"])?.floats()
        var boxes: [Gen1Box] = []
        boxes.reserveCapacity(t.count)
        for i in 0..<t.count {
            if i > 0, t[i] < t[i - 1] {
                throw ModelError.input("\(source): row \(i) has timestamp \(t[i]) µs, before row \(i - 1) at \(t[i - 1]) µs (labels must be sorted by time)")
            }
            guard x[i].isFinite, y[i].isFinite, w[i].isFinite, h[i].isFinite else {
                throw ModelError.input("\(source): row \(i) has a box that is not finite (\(x[i]), \(y[i]), \(w[i]), \(h[i]))")
            }
            boxes.append(Gen1Box(
                timestamp: t[i], x: x[i], y: y[i], width: w[i], height: h[i], classID: cls[i],
                confidence: confidence?[i], trackID: track[i]))
        }
        self.boxes = boxes
        var groups: [Gen1LabelGroup] = []
        var start = 0
        while start < boxes.count {
            var end = start + 1
            while end < boxes.count, boxes[end].timestamp == boxes[start].timestamp { end += 1 }
            groups.append(Gen1LabelGroup(timestamp: boxes[start].timestamp, boxes: Array(boxes[start..<end])))
            start = end
        }
        self.groups = groups
    }

    /// Reads a `_bbox.npy` label file. Errors name the file.
    public static func read(path: String) throws -> Gen1Labels {
        try Gen1Labels(table: try NpyRecords.read(path: path), source: path)
    }
}
