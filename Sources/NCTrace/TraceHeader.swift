import Foundation
import NCFormats
import NCModel

/// The header of a trace: everything before the first chunk (`traces/README.md`, "Header").
struct TraceHeader: Sendable {
    /// The folded network the spikes belong to.
    var topology: NetworkTopology
    /// What the trace was recorded from.
    var identity: TraceIdentity
    /// How its spikes were computed (nil in traces written before source records).
    var source: TraceSource? = nil

    /// The preamble, header body and header CRC, ready to be written at offset 0. Throws
    /// `FormatError.malformed` for a digest that is not 64 hexadecimal digits.
    func encoded() throws -> [UInt8] {
        guard let model = SHA256.digest(hex: identity.modelSHA256) else {
            throw FormatError.malformed("the model digest \"\(identity.modelSHA256)\" is not 64 hexadecimal digits")
        }
        guard let input = SHA256.digest(hex: identity.inputSHA256) else {
            throw FormatError.malformed("the input digest \"\(identity.inputSHA256)\" is not 64 hexadecimal digits")
        }
        let populations = try TracePopulations(topology)
        try TraceHeader.validate(topology)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json: [UInt8]
        do {
            json = Array(try encoder.encode(topology))
        } catch {
            throw FormatError.malformed("the topology cannot be written as JSON: \(error)")
        }
        var body = [UInt8]()
        body.appendLE(UInt32(populations.timesteps))
        body.appendLE(UInt32(populations.spikeLevels))
        body.appendLE(UInt32(populations.counts.count))
        body.appendLE(UInt32(populations.stored.count))
        try body.appendString(identity.modelName, "the model name")
        body.append(contentsOf: model)
        try body.appendString(identity.inputName, "the input name")
        body.append(contentsOf: input)
        try body.appendString(identity.creator, "the creator")
        try body.appendBlock(json, "the topology")
        if let source { try body.appendBlock(try source.encoded(), "the source record") }
        guard body.count <= Int(UInt32.max) else {
            throw FormatError.limitExceeded("the header would be \(body.count) bytes")
        }
        var out = TraceFormat.magic
        out.appendLE(TraceFormat.version)
        out.appendLE(source == nil ? 0 : TraceFormat.sourceFlag)
        out.appendLE(UInt32(body.count))
        out.append(contentsOf: body)
        out.appendLE(CRC32.checksum(out))
        return out
    }

    /// Parses the header body (between the preamble and the header CRC, already checked) of a
    /// trace with `flags` (known ones only). Throws `FormatError` without a file name.
    static func decode(body: UnsafeRawBufferPointer, flags: UInt16) throws -> (header: TraceHeader, populations: TracePopulations) {
        var r = ByteReader(body, context: "header")
        let timesteps = Int(try r.le(UInt32.self, "timesteps"))
        let levels = Int(try r.le(UInt32.self, "spike levels"))
        let populationCount = Int(try r.le(UInt32.self, "population count"))
        let storedCount = Int(try r.le(UInt32.self, "stored population count"))
        let modelName = try r.string("model name")
        let model = SHA256.hex(try r.array(32, "model digest"))
        let inputName = try r.string("input name")
        let input = SHA256.hex(try r.array(32, "input digest"))
        let creator = try r.string("creator")
        let jsonLength = Int(try r.le(UInt32.self, "topology length"))
        let json = try r.slice(jsonLength, "topology")
        var sourceBytes: [UInt8]?
        if flags & TraceFormat.sourceFlag != 0 {
            let length = Int(try r.le(UInt32.self, "source record length"))
            sourceBytes = try r.array(length, "source record")
        }
        guard r.isAtEnd else {
            throw FormatError.malformed("the header has \(r.remaining) bytes after the \(sourceBytes == nil ? "topology" : "source record")")
        }
        // Foundation's decoder would keep one copy of a repeated key; reject such a document.
        do {
            _ = try PlainValue.parseJSON(json)
        } catch let error as FormatError {
            throw FormatError.malformed("the header's topology is not valid JSON: \(error.problem)")
        }
        let topology: NetworkTopology
        do {
            topology = try JSONDecoder().decode(NetworkTopology.self, from: Data(json))
        } catch let error as DecodingError {
            throw FormatError.malformed("the header's topology is not a valid network: \(error.oneLine)")
        } catch {
            throw FormatError.malformed("the header's topology is not valid JSON")
        }
        let populations = try FormatError.prefixing("the header's topology: ") { try TracePopulations(topology) }
        try TraceHeader.validate(topology)
        guard timesteps == populations.timesteps, levels == populations.spikeLevels else {
            throw FormatError.malformed(
                "the header says T = \(timesteps), D = \(levels) but its topology says T = \(populations.timesteps), D = \(populations.spikeLevels)")
        }
        guard populationCount == populations.counts.count, storedCount == populations.stored.count else {
            throw FormatError.malformed(
                "the header counts \(populationCount) populations (\(storedCount) stored) but its topology has \(populations.counts.count) (\(populations.stored.count) stored)")
        }
        let identity = TraceIdentity(modelName: modelName, modelSHA256: model, inputName: inputName,
                                     inputSHA256: input, creator: creator)
        let source = try sourceBytes.map(TraceSource.decode)
        return (TraceHeader(topology: topology, identity: identity, source: source), populations)
    }
}

extension TraceHeader {
    /// Checks that `topology` is a whole network (`NetworkTopology.validateComplete`: indices,
    /// bounded shapes, every convolution once per timestep, heads present, ...), so no reader of
    /// a trace — `trace info`, `trace export`, `replay` — works from one that is not. Throws
    /// `FormatError.malformed`.
    static func validate(_ topology: NetworkTopology) throws {
        do {
            try topology.validateComplete()
        } catch let error as ModelError {
            var message = error.description
            if message.hasPrefix("architecture: topology: ") { message.removeFirst("architecture: topology: ".count) }
            throw FormatError.malformed("the header's topology is not a valid network: \(message)")
        }
    }
}

extension FormatError {
    /// Runs `body`, putting `prefix` before the message of any `FormatError` it throws.
    static func prefixing<T>(_ prefix: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as FormatError {
            switch error {
            case .truncated(let m): throw FormatError.truncated(prefix + m)
            case .malformed(let m): throw FormatError.malformed(prefix + m)
            case .unsupported(let m): throw FormatError.unsupported(prefix + m)
            case .limitExceeded(let m): throw FormatError.limitExceeded(prefix + m)
            case .io(let m): throw FormatError.io(prefix + m)
            case .inFile: throw error
            }
        }
    }
}

extension DecodingError {
    /// Where and what, on one line.
    var oneLine: String {
        let context: Context
        switch self {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            context = c
        @unknown default:
            return "undecodable"
        }
        let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        let what = context.debugDescription.split(whereSeparator: \.isNewline).joined(separator: " ")
        return path.isEmpty ? what : "at \(path): \(what)"
    }
}

extension [UInt8] {
    /// Appends `value` little-endian.
    mutating func appendLE<T: FixedWidthInteger & UnsignedInteger>(_ value: T) {
        for i in 0..<MemoryLayout<T>.size { append(UInt8(truncatingIfNeeded: value >> (8 * i))) }
    }

    /// Appends a u32 length and `bytes`.
    mutating func appendBlock(_ bytes: [UInt8], _ what: String) throws {
        guard bytes.count <= Int(UInt32.max) else { throw FormatError.limitExceeded("\(what) is \(bytes.count) bytes") }
        appendLE(UInt32(bytes.count))
        append(contentsOf: bytes)
    }

    /// Appends a u32 length and the UTF-8 of `text`.
    mutating func appendString(_ text: String, _ what: String) throws {
        try appendBlock(Array(text.utf8), what)
    }
}

extension ByteReader {
    /// Reads a u32 length and that many bytes of UTF-8.
    mutating func string(_ what: String) throws -> String {
        let length = Int(try le(UInt32.self, "\(what) length"))
        let bytes = try slice(length, what)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw FormatError.malformed("the header's \(what) is not UTF-8")
        }
        return text
    }
}
