import XCTest

@testable import NCFormats

/// Safetensors files built in the test: an 8-byte little-endian header length, a JSON header,
/// then the data the header's offsets describe.
final class SafetensorsTests: XCTestCase {
    func file(_ header: String, _ data: [UInt8], length: UInt64? = nil) -> [UInt8] {
        let h = Array(header.utf8)
        return withUnsafeBytes(of: (length ?? UInt64(h.count)).littleEndian, Array.init) + h + data
    }

    func load(_ bytes: [UInt8]) throws -> TorchCheckpoint {
        try loadCheckpoint(Fixtures.temporaryFile("model.safetensors", bytes: bytes))
    }

    func assertFails(_ bytes: [UInt8], _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try load(bytes), file: file, line: line) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("model.safetensors: "), "\(text) does not name the file", file: file, line: line)
            XCTAssertTrue(text.contains(expected), "\(text) lacks \(expected)", file: file, line: line)
        }
    }

    func testEveryDTypeInDataOrder() throws {
        let names = ["F16", "BF16", "F32", "F64", "I64", "I32", "I16", "I8", "U8", "BOOL"]
        var entries = [String]()
        var data = [UInt8]()
        // Header keys in reverse data order: the reader orders tensors by their offsets.
        for (i, d) in TorchCheckpointTests.dtypeOrder.enumerated() {
            let bytes = TorchCheckpointTests.sixValues.flatMap { TorchCheckpointTests.element($0, d.dtype, bigEndian: false) }
            entries.append(#""\#(d.name)": {"dtype": "\#(names[i])", "shape": [2, 3], "data_offsets": [\#(data.count), \#(data.count + bytes.count)]}"#)
            data += bytes
        }
        let stats = (0..<2).flatMap { TorchCheckpointTests.element(Double($0), .float32, bigEndian: false) }
        entries.append(#""bn.running_mean": {"dtype": "F32", "shape": [2], "data_offsets": [\#(data.count), \#(data.count + 8)]}"#)
        data += stats
        let header = "{\"__metadata__\": {\"format\": \"pt\"}, " + entries.reversed().joined(separator: ", ") + "}"
        let ckpt = try load(file(header, data))
        XCTAssertEqual(ckpt.kind, .safetensors)
        XCTAssertEqual(ckpt.tensors.map(\.name), TorchCheckpointTests.dtypeOrder.map(\.name) + ["bn.running_mean"])
        for d in TorchCheckpointTests.dtypeOrder {
            let t = try XCTUnwrap(ckpt.tensor(named: d.name))
            XCTAssertEqual(t.dtype, d.dtype)
            XCTAssertEqual(t.shape, [2, 3])
            XCTAssertEqual(t.doubles(), TorchCheckpointTests.expected(d.dtype), d.name)
        }
        XCTAssertEqual(ckpt.tensor(named: "bn.running_mean")?.floats(), [0, 1])
        XCTAssertEqual(ckpt.parameterNames, ["half", "bfloat16", "float", "double"])
        XCTAssertEqual(ckpt.parameterCount, 24)
        XCTAssertEqual(ckpt.metadata, [PlainMember("format", .string("pt"))])
        XCTAssertNil(ckpt.root)
    }

    func testEmptyAndScalarTensors() throws {
        let header = #"{"s": {"dtype": "F32", "shape": [], "data_offsets": [0, 4]}, "e": {"dtype": "I64", "shape": [0, 3], "data_offsets": [4, 4]}}"#
        let ckpt = try load(file(header, Array(withUnsafeBytes(of: Float(2.5).bitPattern.littleEndian, Array.init))))
        XCTAssertEqual(ckpt.tensor(named: "s")?.floats(), [2.5])
        XCTAssertEqual(ckpt.tensor(named: "e")?.shape, [0, 3])
    }

    func testHostileHeaders() {
        let data = [UInt8](repeating: 0, count: 16)
        func one(_ entry: String) -> [UInt8] { file("{" + entry + "}", data) }
        assertFails(file("{}", data, length: 1 << 40), "header length 1099511627776 exceeds")
        assertFails([1, 2, 3], "neither a torch zip archive nor a safetensors file")
        assertFails(
            one(#""a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}, "b": {"dtype": "F32", "shape": [4], "data_offsets": [4, 20]}"#),
            "outside the 16-byte data")
        assertFails(
            one(#""a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}, "b": {"dtype": "F32", "shape": [3], "data_offsets": [4, 16]}"#),
            "tensors a and b overlap at data byte 4")
        assertFails(
            one(#""a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}, "b": {"dtype": "F32", "shape": [1], "data_offsets": [12, 16]}"#),
            "data bytes 8..<12 before b belong to no tensor")
        assertFails(one(#""a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}"#), "has 16 bytes but its tensors cover 8")
        assertFails(one(#""a": {"dtype": "F32", "shape": [5], "data_offsets": [0, 16]}"#), "spans 16 bytes, not 20")
        assertFails(
            one(#""a": {"dtype": "F32", "shape": [1000000, 1000000], "data_offsets": [0, 16]}"#), "spans 16 bytes, not 4000000000000")
        assertFails(
            one(#""a": {"dtype": "U8", "shape": [10000000000, 10000000000], "data_offsets": [0, 16]}"#),
            "more elements than an Int can count")
        assertFails(one(#""a": {"dtype": "F32", "shape": [-4], "data_offsets": [0, 16]}"#), "not a non-negative integer")
        assertFails(one(#""a": {"dtype": "F8_E4M3", "shape": [16], "data_offsets": [0, 16]}"#), "dtype F8_E4M3")
        assertFails(one(#""a": {"dtype": "U8", "shape": [16]}"#), "no [begin, end] data_offsets")
        assertFails(
            one(#""a": {"dtype": "U8", "shape": [16], "data_offsets": [0, 16]}, "a": {"dtype": "U8", "shape": [0], "data_offsets": [16, 16]}"#),
            "JSON at byte 63: key a appears twice")
        assertFails(file(#"{"a": {"dtype": "U8", "shape": [16], "data_offsets": [0, 16]"#, data), "JSON at byte")
        assertFails(file("[1, 2]", data), "neither")  // the header must open with '{'
        assertFails(file(#"{"__metadata__": {"x": 1}}"#, []), "__metadata__ is not an object of strings")
    }
}
