import NCFormats

/// Detections in the COCO results format (`predictions.json`, what ultralytics' `save_json`
/// writes): an array of `{"image_id": <stem or int>, "category_id": <class>, "bbox": [x, y, w, h],
/// "score": s}` in original-image pixels. Read as the validator scores them: float32
/// `[x, y, x + w, y + h]` with the sums taken in Double, the score as float32.
///
/// `category_id` is the class index, or (`.coco91`) the COCO paper's 91-category id that
/// ultralytics writes when it validates on COCO itself.
public struct COCOPredictions: Sendable, Equatable {
    /// What `category_id` numbers.
    public enum CategoryIDs: String, Sendable, CaseIterable {
        /// The model's class index (0...79 for COCO models).
        case classIndex
        /// COCO's 91-category ids (`COCO.categoryIDs`).
        case coco91
    }

    /// Detections per image key (see `key(forImageID:)`), in file order.
    public private(set) var byImage: [String: [Detection]] = [:]
    /// Image keys in order of first appearance.
    public private(set) var imageKeys: [String] = []
    /// Number of predictions.
    public private(set) var count = 0

    /// Largest predictions file read: 1 GiB.
    public static let maxBytes = 1 << 30

    /// Parses the JSON text of a results file.
    public init(json text: String, categoryIDs: CategoryIDs = .classIndex) throws {
        let root: PlainValue
        do {
            root = try PlainValue.parseJSON(text)
        } catch let e as FormatError {
            throw EvaluationError.predictions("not valid JSON: \(e)")
        }
        guard let entries = root.arrayValue else {
            throw EvaluationError.predictions("expected a JSON array of {image_id, category_id, bbox, score} objects")
        }
        for (i, entry) in entries.enumerated() {
            let d = try COCOPredictions.detection(entry, index: i, categoryIDs: categoryIDs)
            let key = try COCOPredictions.key(entry["image_id"], index: i)
            if byImage[key] == nil { imageKeys.append(key) }
            byImage[key, default: []].append(d)
            count += 1
        }
    }

    /// Reads a results file; errors name the file.
    public static func read(path: String, categoryIDs: CategoryIDs = .classIndex) throws -> COCOPredictions {
        let file = try MappedFile(path: path)
        guard file.count <= maxBytes else {
            throw EvaluationError.inFile(path: path, .predictions("file has \(file.count) bytes, more than \(maxBytes)"))
        }
        do {
            return try COCOPredictions(json: file.withBytes { String(decoding: $0, as: UTF8.self) }, categoryIDs: categoryIDs)
        } catch let e as EvaluationError {
            throw EvaluationError.inFile(path: path, e)
        }
    }

    /// The detections of the image whose file stem is `stem` (none if the file has none).
    public func detections(forStem stem: String) -> [Detection] {
        byImage[COCOPredictions.key(forImageID: stem)] ?? []
    }

    /// How an image id and a file stem are matched: ultralytics writes `int(stem)` for an
    /// all-digit stem, so digit strings compare by value (leading zeros dropped); others as is.
    public static func key(forImageID id: String) -> String {
        guard !id.isEmpty, id.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return id }
        let trimmed = id.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    static func key(_ value: PlainValue?, index: Int) throws -> String {
        switch value {
        case .string(let s)?: return key(forImageID: s)
        case .int(let n)? where n >= 0: return String(n)
        default: throw EvaluationError.predictions("entry \(index): image_id must be a file stem or a non-negative integer")
        }
    }

    static func detection(_ entry: PlainValue, index: Int, categoryIDs: CategoryIDs) throws -> Detection {
        guard entry.objectValue != nil else { throw EvaluationError.predictions("entry \(index) is not an object") }
        guard let box = entry["bbox"]?.arrayValue, box.count == 4 else {
            throw EvaluationError.predictions("entry \(index): bbox must be [x, y, w, h]")
        }
        let b = box.compactMap(\.doubleValue)
        guard b.count == 4, b.allSatisfy(\.isFinite), b[2] >= 0, b[3] >= 0 else {
            throw EvaluationError.predictions("entry \(index): bbox \(b) must hold 4 finite numbers with w, h ≥ 0")
        }
        guard let score = entry["score"]?.doubleValue, score.isFinite else {
            throw EvaluationError.predictions("entry \(index): score must be a finite number")
        }
        guard let category = entry["category_id"]?.doubleValue, category >= 0, category < 1_000_000,
            category == category.rounded()
        else {
            throw EvaluationError.predictions("entry \(index): category_id must be a non-negative whole number")
        }
        var cls = Int(category)
        if categoryIDs == .coco91 {
            guard let c = COCO.classIndex(categoryID: cls) else {
                throw EvaluationError.predictions("entry \(index): category_id \(cls) is not one of COCO's 80 categories")
            }
            cls = c
        }
        return Detection(box: [Float(b[0]), Float(b[1]), Float(b[0] + b[2]), Float(b[1] + b[3])],
                         score: Float(score), classIndex: cls)
    }
}
