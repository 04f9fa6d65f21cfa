import NCFormats

/// One object of a YOLO label file: class and centre/size normalised to the image, as float32
/// (how ultralytics' `verify_image_label` reads them: text → Double → Float).
public struct YOLOLabel: Sendable, Equatable, Codable {
    /// Class index.
    public var classIndex: Int
    /// Box centre x / image width.
    public var centerX: Float
    /// Box centre y / image height.
    public var centerY: Float
    /// Box width / image width.
    public var width: Float
    /// Box height / image height.
    public var height: Float

    /// The box in pixels of an `imageWidth` x `imageHeight` original: `ops.xywh2xyxy(xywh) * (W, H, W, H)`
    /// in float32. (The validator reaches nearly the same boxes through its letterbox and back,
    /// but not exactly: see `LetterboxGeometry.validatorLabelBox`.)
    public func box(imageWidth: Int, imageHeight: Int) -> LabelBox {
        let dw = width / 2, dh = height / 2
        let w = Float(imageWidth), h = Float(imageHeight)
        return LabelBox(classIndex: classIndex, box: [(centerX - dw) * w, (centerY - dh) * h, (centerX + dw) * w, (centerY + dh) * h])
    }
}

/// YOLO label files (`<stem>.txt`: one `class cx cy w h` row per object, normalised), read and
/// checked as ultralytics' `verify_image_label` does: rows split on whitespace; if any row has more
/// than 6 values every row is a polygon `class x1 y1 x2 y2 …` turned into its bounding box;
/// otherwise every row needs exactly 5 values; coordinates must lie in [0, 1] and nothing may be
/// negative; duplicate rows are removed (the remaining rows then come sorted, as `np.unique`
/// leaves them). ultralytics skips an image whose labels fail a check; here the failure is an
/// error naming the line, and the caller decides. Classes must also be whole numbers.
public enum YOLOLabels {
    /// Largest label file read: 64 MiB.
    public static let maxBytes = 64 << 20

    /// The labels in `text`; an empty text has none.
    public static func parse(_ text: String) throws -> [YOLOLabel] {
        // `f.read().strip().splitlines()`, keeping non-empty lines (numbered as in the file).
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text.lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? start
        let skipped = text[..<start].filter(\.isNewline).count
        let lines = text[start..<max(start, end)].split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .enumerated().filter { !$0.element.isEmpty }
        let rows = lines.map { (line: skipped + $0.offset + 1, tokens: $0.element.split(whereSeparator: \.isWhitespace)) }
        let polygons = rows.contains { $0.tokens.count > 6 }
        var values = [(line: Int, row: [Float])]()
        for (line, tokens) in rows {
            let numbers = try tokens.map { token -> Float in
                guard let v = number(token) else { throw EvaluationError.labels("line \(line): '\(token)' is not a number") }
                return v
            }
            if polygons {
                values.append((line, try polygonRow(numbers, line: line)))
            } else {
                guard numbers.count == 5 else {
                    throw EvaluationError.labels("line \(line) has \(numbers.count) values; a label is 'class cx cy w h'")
                }
                values.append((line, numbers))
            }
        }
        for (line, row) in values {
            if let bad = row.first(where: { !($0 >= 0) }) {
                throw EvaluationError.labels("line \(line): value \(bad) is negative or not a number")
            }
            if let bad = row.dropFirst().first(where: { !($0 <= 1) }) {
                throw EvaluationError.labels("line \(line): coordinate \(bad) is not normalised to [0, 1]")
            }
            guard row[0] == row[0].rounded(), row[0] < 1_000_000 else {
                throw EvaluationError.labels("line \(line): class \(row[0]) is not a whole number")
            }
        }
        var unique = values.map(\.row)
        let sorted = unique.sorted { $0.lexicographicallyPrecedes($1) }
        let deduplicated = sorted.enumerated().filter { $0.offset == 0 || sorted[$0.offset - 1] != $0.element }.map(\.element)
        if deduplicated.count < unique.count { unique = deduplicated }
        return unique.map { YOLOLabel(classIndex: Int($0[0]), centerX: $0[1], centerY: $0[2], width: $0[3], height: $0[4]) }
    }

    /// Reads and parses a label file; errors name the file.
    public static func read(path: String) throws -> [YOLOLabel] {
        let file = try MappedFile(path: path)
        guard file.count <= maxBytes else {
            throw EvaluationError.inFile(path: path, .labels("file has \(file.count) bytes, more than \(maxBytes)"))
        }
        let text = file.withBytes { String(decoding: $0, as: UTF8.self) }
        do { return try parse(text) } catch let e as EvaluationError { throw EvaluationError.inFile(path: path, e) }
    }

    /// `class x1 y1 x2 y2 …` → `class cx cy w h` of the polygon's bounding box (`segments2boxes`
    /// then `xyxy2xywh`, float32).
    static func polygonRow(_ numbers: [Float], line: Int) throws -> [Float] {
        let coords = numbers.dropFirst()
        guard !coords.isEmpty, coords.count % 2 == 0 else {
            throw EvaluationError.labels("line \(line): a polygon label needs pairs of coordinates, found \(coords.count) values")
        }
        let xs = stride(from: coords.startIndex, to: coords.endIndex, by: 2).map { coords[$0] }
        let ys = stride(from: coords.startIndex + 1, to: coords.endIndex, by: 2).map { coords[$0] }
        // NaN propagates as numpy's min/max would, to be rejected by the range checks.
        let x1 = xs.contains { $0.isNaN } ? Float.nan : xs.min() ?? 0, x2 = xs.contains { $0.isNaN } ? Float.nan : xs.max() ?? 0
        let y1 = ys.contains { $0.isNaN } ? Float.nan : ys.min() ?? 0, y2 = ys.contains { $0.isNaN } ? Float.nan : ys.max() ?? 0
        return [numbers[0], (x1 + x2) / 2, (y1 + y2) / 2, x2 - x1, y2 - y1]
    }

    /// A decimal number as Python's `float()` reads it (digits, point, exponent, `inf`, `nan`),
    /// rounded to float32 through Double as numpy does.
    static func number<S: StringProtocol>(_ token: S) -> Float? {
        let lower = token.lowercased()
        let body = lower.hasPrefix("+") || lower.hasPrefix("-") ? lower.dropFirst() : Substring(lower)
        if ["inf", "infinity", "nan"].contains(String(body)) { return Double(lower).map(Float.init) }
        var digits = 0, points = 0, exponent = false, expDigits = 0
        var previous: Character = " "
        for c in body {
            switch c {
            case "0"..."9": if exponent { expDigits += 1 } else { digits += 1 }
            case ".": guard !exponent else { return nil }; points += 1
            case "e": guard !exponent, digits > 0 else { return nil }; exponent = true
            case "+", "-": guard previous == "e" else { return nil }
            default: return nil
            }
            previous = c
        }
        guard digits > 0, points <= 1, !exponent || expDigits > 0, let d = Double(lower) else { return nil }
        return Float(d)
    }
}
