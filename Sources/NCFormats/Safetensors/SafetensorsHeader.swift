/// The header of a safetensors file: a little-endian u64 length, then that many bytes of JSON
/// `{name: {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {str: str}}`,
/// then the tensor data, whose offsets count from the end of the header.
///
/// Validation follows the reference implementation: offsets inside the data, sizes matching
/// shape × element size, and tensors tiling the data exactly (no overlaps, no gaps).
public struct SafetensorsHeader: Sendable, Equatable {
    /// One tensor's entry.
    public struct Entry: Sendable, Equatable {
        /// Tensor name.
        public let name: String
        /// Element type.
        public let dtype: DType
        /// Extent of each dimension.
        public let shape: [Int]
        /// Byte range within the data section.
        public let range: Range<Int>
    }

    /// Tensors in data order (ascending offsets).
    public let entries: [Entry]
    /// `__metadata__`, in header order.
    public let metadata: [PlainMember]
    /// File offset where the data section starts (8 + header length).
    public let dataStart: Int

    /// Largest header accepted, as in the reference implementation.
    public static let maxHeaderLength = 100_000_000

    /// Parses and validates the header of the safetensors file held in `bytes`.
    public init(_ bytes: UnsafeRawBufferPointer) throws {
        var r = ByteReader(bytes, context: "safetensors header")
        let length = try r.le(UInt64.self, "header length")
        guard length <= UInt64(bytes.count - 8) else {
            throw FormatError.truncated("safetensors header length \(length) exceeds the \(bytes.count - 8) bytes after it")
        }
        guard length <= UInt64(SafetensorsHeader.maxHeaderLength) else {
            throw FormatError.limitExceeded("safetensors header of \(length) bytes (limit \(SafetensorsHeader.maxHeaderLength))")
        }
        let json = try r.slice(Int(length), "header")
        dataStart = 8 + Int(length)
        let dataSize = bytes.count - dataStart
        guard case .object(let members) = try FormatError.within("safetensors header", { try PlainValue.parseJSON(json, maxDepth: 8) }) else {
            throw FormatError.malformed("safetensors header is not a JSON object")
        }
        var entries = [Entry]()
        var metadata = [PlainMember]()
        // parseJSON has rejected repeated keys (at any depth), so every name is unique.
        for m in members {
            if m.key == "__metadata__" {
                guard case .object(let meta) = m.value, meta.allSatisfy({ $0.value.stringValue != nil }) else {
                    throw FormatError.malformed("safetensors __metadata__ is not an object of strings")
                }
                metadata = meta
                continue
            }
            entries.append(try SafetensorsHeader.entry(m.key, m.value, dataSize: dataSize))
        }
        entries.sort { ($0.range.lowerBound, $0.range.upperBound, $0.name) < ($1.range.lowerBound, $1.range.upperBound, $1.name) }
        var end = 0
        var previous = "the start of the data"
        for e in entries {
            let name = TextElision.middle(e.name)
            if e.range.lowerBound < end {
                throw FormatError.malformed("safetensors tensors \(previous) and \(name) overlap at data byte \(e.range.lowerBound)")
            }
            if e.range.lowerBound > end {
                throw FormatError.malformed("safetensors data bytes \(end)..<\(e.range.lowerBound) before \(name) belong to no tensor")
            }
            end = e.range.upperBound
            previous = name
        }
        guard end == dataSize else {
            throw FormatError.malformed("safetensors data has \(dataSize) bytes but its tensors cover \(end)")
        }
        self.entries = entries
        self.metadata = metadata
    }

    private static func entry(_ fullName: String, _ v: PlainValue, dataSize: Int) throws -> Entry {
        let name = TextElision.middle(fullName)  // for messages only
        guard let dtypeName = v["dtype"]?.stringValue else { throw FormatError.malformed("safetensors tensor \(name) has no dtype") }
        guard let dtype = dtype(dtypeName) else {
            throw FormatError.unsupported("safetensors tensor \(name) has dtype \(dtypeName.prefix(20))")
        }
        guard let dims = v["shape"]?.arrayValue else { throw FormatError.malformed("safetensors tensor \(name) has no shape") }
        var shape = [Int]()
        for d in dims {
            guard let i = d.intValue, i >= 0 else {
                throw FormatError.malformed("safetensors tensor \(name) has a shape entry that is not a non-negative integer")
            }
            shape.append(Int(i))
        }
        guard let offsets = v["data_offsets"]?.arrayValue, offsets.count == 2,
            let begin = offsets[0].intValue, let end = offsets[1].intValue
        else { throw FormatError.malformed("safetensors tensor \(name) has no [begin, end] data_offsets") }
        guard begin >= 0, begin <= end, end <= Int64(dataSize) else {
            throw FormatError.malformed(
                "safetensors tensor \(name) has data_offsets [\(begin), \(end)] outside the \(dataSize)-byte data")
        }
        let count = try FormatError.within("safetensors tensor \(name)") { try Tensor.elementCount(shape) }
        let (need, overflow) = count.multipliedReportingOverflow(by: dtype.size)
        guard !overflow, need == Int(end - begin) else {
            throw FormatError.malformed(
                "safetensors tensor \(name) of shape \(shape) and dtype \(dtypeName) spans \(end - begin) bytes, not \(overflow ? "an overflowing count" : String(need))")
        }
        return Entry(name: fullName, dtype: dtype, shape: shape, range: Int(begin)..<Int(end))
    }

    /// The `DType` of a safetensors dtype name.
    public static func dtype(_ name: String) -> DType? {
        switch name {
        case "F16": return .float16
        case "BF16": return .bfloat16
        case "F32": return .float32
        case "F64": return .float64
        case "I64": return .int64
        case "I32": return .int32
        case "I16": return .int16
        case "I8": return .int8
        case "U8": return .uint8
        case "BOOL": return .bool
        default: return nil
        }
    }
}

extension TorchCheckpoint {
    static func loadSafetensors(_ file: MappedFile) throws -> TorchCheckpoint {
        try file.withBytes { bytes in
            let header = try SafetensorsHeader(bytes)
            var tensors = [(name: String, tensor: Tensor)]()
            tensors.reserveCapacity(header.entries.count)
            var parameters = Set<String>()
            var count = 0
            for e in header.entries {
                let raw = UnsafeRawBufferPointer(rebasing: bytes[(header.dataStart + e.range.lowerBound)..<(header.dataStart + e.range.upperBound)])
                let t = try Tensor(dtype: e.dtype, shape: e.shape, bytes: Array(raw))
                tensors.append((e.name, t))
                if looksLikeParameter(e.name, e.dtype) {
                    parameters.insert(e.name)
                    count += t.count
                }
            }
            return TorchCheckpoint(
                path: file.path, kind: .safetensors, tensors: tensors, parameterNames: parameters,
                parameterCount: count, metadata: header.metadata)
        }
    }
}
