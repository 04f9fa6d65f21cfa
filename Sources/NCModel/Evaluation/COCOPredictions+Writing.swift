extension COCOPredictions {
    /// Detections as a COCO results file (what ultralytics' `save_json` writes): a JSON array of
    /// `{"image_id", "category_id", "bbox": [x, y, w, h], "score"}`, images in the order given.
    /// `image_id` is the stem as a number when it is all digits (ultralytics' `int(stem)`), else
    /// the stem; boxes are `[x1, y1, x2 − x1, y2 − y1]` of the original-pixel `[x1, y1, x2, y2]`,
    /// every number in the shortest form that reads back to the same value, so reading the file
    /// with `COCOPredictions` gives back exactly these boxes and scores (ultralytics rounds to 3
    /// and 5 decimals; this does not, so scores computed from the file equal the run's).
    public static func jsonText(_ images: [(stem: String, detections: [Detection])], categoryIDs: CategoryIDs = .classIndex) -> String {
        var lines = [String]()
        for (stem, detections) in images {
            let id = stem.isEmpty || !stem.utf8.allSatisfy({ (0x30...0x39).contains($0) }) || stem.utf8.count > 18
                ? quoted(stem) : key(forImageID: stem)
            for d in detections {
                let category = categoryIDs == .coco91 && d.classIndex < COCO.categoryIDs.count ? COCO.categoryIDs[d.classIndex] : d.classIndex
                let x1 = Double(d.box[0]), y1 = Double(d.box[1])
                let bbox = [x1, y1, Double(d.box[2]) - x1, Double(d.box[3]) - y1].map(number)
                lines.append("{\"image_id\": \(id), \"category_id\": \(category), \"bbox\": [\(bbox.joined(separator: ", "))], "
                    + "\"score\": \(number(Double(d.score)))}")
            }
        }
        return lines.isEmpty ? "[]\n" : "[\n  " + lines.joined(separator: ",\n  ") + "\n]\n"
    }

    /// A finite number in its shortest round-trip form (integral values without `.0`).
    static func number(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        return v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : "\(v)"
    }

    /// A JSON string literal.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where u.value < 0x20: out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16)
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}
