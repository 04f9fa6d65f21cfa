import Foundation
import NCFormats

extension DatasetPart {
    /// Largest part file read: 1 GiB.
    public static let maxFileBytes = 1 << 30

    /// The part as `.ncpart` bytes: compact JSON with sorted keys and a final newline. Equal
    /// parts give equal bytes.
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    /// Reads and validates a part file; every problem is one `DatasetError.part` naming the file.
    public static func read(path: String) throws -> DatasetPart {
        let file: MappedFile
        do { file = try MappedFile(path: path) } catch let e as FormatError { throw DatasetError.part(path: path, e.problem) }
        guard file.count <= maxFileBytes else {
            throw DatasetError.part(path: path, "file has \(file.count) bytes, more than \(maxFileBytes)")
        }
        return try file.withBytes { try decode(Data($0), path: path) }
    }

    /// Decodes and validates part bytes; `path` names them in errors.
    public static func decode(_ data: Data, path: String) throws -> DatasetPart {
        guard data.first == UInt8(ascii: "{") else {
            throw DatasetError.part(path: path, "not a neurocycle part file (it does not start with a JSON object)")
        }
        // The format and version are checked first, so a newer file says so rather than failing
        // on a key this build does not know.
        struct Header: Decodable {
            var format: String?
            var version: Int?
        }
        let decoder = JSONDecoder()
        let header: Header
        do { header = try decoder.decode(Header.self, from: data) } catch {
            throw DatasetError.part(path: path, "not a neurocycle part file (not valid JSON: \(describe(error)))")
        }
        guard header.format == formatName else {
            throw DatasetError.part(path: path, "not a neurocycle part file (format is \(header.format.map { "'\($0)'" } ?? "missing"), expected '\(formatName)')")
        }
        guard let version = header.version, version == currentVersion else {
            throw DatasetError.part(path: path, "part file version \(header.version.map(String.init) ?? "missing"); this build reads version \(currentVersion)")
        }
        let part: DatasetPart
        do { part = try decoder.decode(DatasetPart.self, from: data) } catch {
            throw DatasetError.part(path: path, describe(error))
        }
        do { try part.validate() } catch let e as PartProblem { throw DatasetError.part(path: path, e.message) }
        return part
    }

    /// A decoding error on one line: the key path and what was wrong.
    static func describe(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.isEmpty ? "the top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        guard let e = error as? DecodingError else { return "\(error)".split(whereSeparator: \.isNewline).joined(separator: " ") }
        switch e {
        case let .keyNotFound(key, c): return "missing key '\(key.stringValue)' in \(path(c.codingPath))"
        case let .typeMismatch(_, c), let .valueNotFound(_, c), let .dataCorrupted(c):
            let detail = c.debugDescription.split(whereSeparator: \.isNewline).joined(separator: " ")
            return "\(path(c.codingPath)): \(detail)"
        @unknown default: return "\(e)".split(whereSeparator: \.isNewline).joined(separator: " ")
        }
    }
}

/// A validation failure of a decoded part.
struct PartProblem: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
