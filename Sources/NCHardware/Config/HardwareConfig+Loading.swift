import Foundation
import NCFormats

extension HardwareConfig {
    /// Largest hardware config file `load(path:)` reads, in bytes (a guard against a wrong file).
    public static let maximumFileBytes = 1 << 20

    /// Reads, decodes and validates the config at `path`. Every error is one line naming the
    /// file: `hwconfigs/x.json: core.accumulate_units must be at least 1 (found 0)`.
    public static func load(path: String) throws -> HardwareConfig {
        do {
            return try decode(json: readFile(path))
        } catch let error as HardwareConfigError {
            throw error.inFile(path)
        }
    }

    /// Decodes and validates a config from JSON text.
    public static func decode(json text: String) throws -> HardwareConfig {
        try decode(json: Data(text.utf8))
    }

    /// Decodes and validates a config from JSON bytes (UTF-8).
    public static func decode(json data: Data) throws -> HardwareConfig {
        // Foundation's JSONSerialization says where the syntax breaks; JSONDecoder only says
        // "not valid JSON". So check the syntax first (a config is small), then decode.
        if data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            throw HardwareConfigError.invalidJSON(detail: "the text is empty")
        }
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw HardwareConfigError.invalidJSON(detail: syntaxProblem(error, in: data))
        }
        // Foundation's decoder keeps one copy of a repeated key and reads 16.0 as the integer 16;
        // the document as written (every copy of a key kept, 16 told from 16.0) settles both.
        let document: PlainValue
        do {
            document = try data.withUnsafeBytes { try PlainValue.parseJSON($0, allowDuplicateKeys: true) }
        } catch let error as FormatError {
            throw HardwareConfigError.invalidJSON(detail: error.problem)
        }
        if let path = document.duplicateKeyPath {
            throw HardwareConfigError.duplicateKey(path: PlainValue.describe(path))
        }
        let decoder = JSONDecoder()
        decoder.userInfo[ConfigReader.documentKey] = document
        let config: HardwareConfig
        do {
            config = try decoder.decode(HardwareConfig.self, from: data)
        } catch let error as HardwareConfigError {
            throw error
        } catch {
            // The config's decoders turn every problem of their own into a HardwareConfigError,
            // so this is a parser disagreement Foundation does not explain.
            throw HardwareConfigError.invalidJSON(detail: "the JSON parser rejected the text")
        }
        try config.validate()
        return config
    }

    /// The effective config, every default filled in, as pretty-printed JSON with sorted keys
    /// (what `neurocycle hw show` prints). Decoding it gives back an equal config. No trailing
    /// newline.
    public func jsonText() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Only a config built in Swift can hold NaN or infinities; spell them so the text still
        // shows them (decoding it then reports the key).
        encoder.nonConformingFloatEncodingStrategy =
            .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else { return "{}" }
        return text
    }

    private static func readFile(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw HardwareConfigError.unreadable(reason: "no such file")
        }
        if isDirectory.boolValue { throw HardwareConfigError.unreadable(reason: "is a directory, not a hardware config file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
           size.intValue > maximumFileBytes {
            let limit = "a hardware config is at most \(maximumFileBytes) bytes"
            throw HardwareConfigError.unreadable(reason: "is \(size.intValue) bytes; \(limit) (is this the right file?)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw HardwareConfigError.unreadable(reason: "cannot be read")
        }
        return data
    }

    /// The parser's own words on one line, with "around character N" turned into a line and
    /// column (1-based, counted in bytes).
    private static func syntaxProblem(_ error: any Error, in data: Data) -> String {
        let raw = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        var text = raw.split(whereSeparator: \.isNewline).joined(separator: " ")
        if text.hasSuffix(".") { text.removeLast() }
        if text.hasPrefix("Unexpected end of file") { return "it ends before the JSON is complete: truncated?" }
        if let range = text.range(of: "around character "),
           let offset = Int(text[range.upperBound...].prefix(while: \.isNumber)), offset >= 0, offset <= data.count {
            let before = data.prefix(offset)
            let line = before.filter { $0 == 0x0A }.count + 1
            let column = offset - (before.lastIndex(of: 0x0A).map { $0 - data.startIndex + 1 } ?? 0) + 1
            text = String(text[..<range.lowerBound]) + "at line \(line), column \(column)"
        }
        guard let first = text.first else { return "the parser gave no reason" }
        return first.lowercased() + text.dropFirst()
    }
}
