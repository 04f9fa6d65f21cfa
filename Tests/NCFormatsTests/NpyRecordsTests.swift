import Foundation
import XCTest

@testable import NCFormats

/// Structured `.npy` arrays: the Gen1 fixture's packed labels, the toolbox's aligned dtype built by
/// hand, byte orders, and hostile headers.
final class NpyRecordsTests: XCTestCase {
    private func le<T: FixedWidthInteger>(_ v: T) -> [UInt8] {
        (0..<MemoryLayout<T>.size).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) }
    }
    private func be<T: FixedWidthInteger>(_ v: T) -> [UInt8] { le(v).reversed() }
    private func f32(_ v: Float) -> [UInt8] { le(v.bitPattern) }

    func testGen1FixtureLabelsPacked() throws {
        let table = try NpyRecords.read(path: Fixtures.path("gen1/synth_dev_bbox.npy"))
        XCTAssertEqual(table.fieldNames, ["ts", "x", "y", "w", "h", "class_id", "confidence", "track_id"])
        XCTAssertEqual(table.layout.itemSize, 33)
        XCTAssertEqual(table.layout.fields.map(\.offset), [0, 8, 12, 16, 20, 24, 25, 29])
        XCTAssertEqual(table.shape, [9])
        // The rows the toolbox read back (synth_dev_data.json, labels.rows).
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("gen1/synth_dev_data.json")))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rows = try XCTUnwrap((json["labels"] as? [String: Any])?["rows"] as? [[Double]])
        XCTAssertEqual(rows.count, table.rowCount)
        XCTAssertEqual(try table.column("ts"), .uint64(rows.map { UInt64($0[0]) }))
        for (k, name) in ["x", "y", "w", "h"].enumerated() {
            XCTAssertEqual(try table.column(name), .float32(rows.map { Float($0[1 + k]) }), name)
        }
        XCTAssertEqual(try table.column("class_id"), .uint8(rows.map { UInt8($0[5]) }))
        XCTAssertEqual(try table.column("confidence"), .float32(rows.map { Float($0[6]) }))
        XCTAssertEqual(try table.column("track_id"), .uint32(rows.map { UInt32($0[7]) }))
        assertFormatError(try table.column("t"), .malformed, "no field 't' (fields: ts, x, y")
        // The plain reader still refuses it, pointing here.
        assertFormatError(try Npy.read(path: Fixtures.path("gen1/synth_dev_bbox.npy")), .unsupported, "structured")
    }

    func testToolboxAlignedDtypeWithTrailingPadding() throws {
        // np.save of np.zeros(2, BBOX_DTYPE) writes this descr (itemsize 40, 4 padding bytes at the end).
        let dict = "{'descr': [('t', '<i8'), ('x', '<f4'), ('y', '<f4'), ('w', '<f4'), ('h', '<f4'), ('class_id', '<u4'), ('track_id', '<u4'), ('class_confidence', '<f4'), ('', '|V4')], 'fortran_order': False, 'shape': (2,), }"
        var data: [UInt8] = []
        data += le(Int64(-5)) + f32(1.5) + f32(-2) + f32(30) + f32(40) + le(UInt32(1)) + le(UInt32(77)) + f32(0.25) + [9, 9, 9, 9]
        data += le(Int64(1) << 40) + f32(0) + f32(0) + f32(0) + f32(0) + le(UInt32.max) + le(UInt32(0)) + f32(1) + [0, 0, 0, 0]
        let table = try NpyRecords.read(bytes: npyImage(dict, data))
        XCTAssertEqual(table.layout.itemSize, 40)
        XCTAssertEqual(table.layout.fields.last?.offset, 32)
        XCTAssertEqual(try table.column("t"), .int64([-5, 1 << 40]))
        XCTAssertEqual(try table.column("x"), .float32([1.5, 0]))
        XCTAssertEqual(try table.column("y"), .float32([-2, 0]))
        XCTAssertEqual(try table.column("class_id"), .uint32([1, UInt32.max]))
        XCTAssertEqual(try table.column("track_id").int64s(), [77, 0])
        XCTAssertEqual(try table.column("class_confidence").doubles(), [0.25, 1])
        XCTAssertNil(table.columns[""], "padding is not a column")
    }

    func testInnerPaddingBigEndianAndEveryFieldType() throws {
        // np.dtype([('a','u1'),('b','>f8')], align=True) has 7 padding bytes between a and b.
        let aligned = try NpyRecords.read(bytes: npyImage(
            "{'descr': [('a', '|u1'), ('', '|V7'), ('b', '>f8')], 'fortran_order': False, 'shape': (1,), }",
            [200, 1, 2, 3, 4, 5, 6, 7] + be((-0.5).bitPattern)))
        XCTAssertEqual(aligned.layout.fields.map(\.offset), [0, 8])
        XCTAssertEqual(try aligned.column("a"), .uint8([200]))
        XCTAssertEqual(try aligned.column("b"), .float64([-0.5]))

        let dict = "{'descr': [('b', '|b1'), ('i1', '|i1'), ('i2', '>i2'), ('i4', '<i4'), ('u2', '>u2'), ('u4', '>u4'), ('u8', '>u8'), ('f2', '<f2'), ('f4', '>f4'), ('f8', '<f8')], 'fortran_order': False, 'shape': (), }"
        var data: [UInt8] = [2, 0xFF] + be(Int16(-300)) + le(Int32(-70000)) + be(UInt16(65000))
        data += be(UInt32(4_000_000_000)) + be(UInt64.max) + [0x00, 0x3C] + be(Float(3.25).bitPattern) + le((1e-300).bitPattern)
        let t = try NpyRecords.read(bytes: npyImage(dict, data))
        XCTAssertEqual(t.rowCount, 1)
        XCTAssertEqual(t.layout.itemSize, 1 + 1 + 2 + 4 + 2 + 4 + 8 + 2 + 4 + 8)
        XCTAssertEqual(try t.column("b"), .bool([true]))
        XCTAssertEqual(try t.column("i1"), .int8([-1]))
        XCTAssertEqual(try t.column("i2"), .int16([-300]))
        XCTAssertEqual(try t.column("i4"), .int32([-70000]))
        XCTAssertEqual(try t.column("u2"), .uint16([65000]))
        XCTAssertEqual(try t.column("u4"), .uint32([4_000_000_000]))
        XCTAssertEqual(try t.column("u8"), .uint64([UInt64.max]))
        XCTAssertEqual(try t.column("f2"), .float32([1]))
        XCTAssertEqual(try t.column("f4"), .float32([3.25]))
        XCTAssertEqual(try t.column("f8"), .float64([1e-300]))
        assertFormatError(try t.column("u8").int64s(), .limitExceeded, "does not fit in a signed 64-bit integer")
        assertFormatError(try t.column("f4").int64s(), .malformed, "expected an integer column")
        XCTAssertEqual(try t.column("u4").floats(), [4_000_000_000])
    }

    func testEmptyAndMultiDimensionalArrays() throws {
        let empty = try NpyRecords.read(bytes: npyImage("{'descr': [('ts', '<u8')], 'fortran_order': False, 'shape': (0,), }"))
        XCTAssertEqual(empty.rowCount, 0)
        XCTAssertEqual(try empty.column("ts"), .uint64([]))
        let grid = try NpyRecords.read(bytes: npyImage(
            "{'descr': [('v', '<u2')], 'fortran_order': False, 'shape': (2, 2), }", [1, 0, 2, 0, 3, 0, 4, 0]))
        XCTAssertEqual(grid.shape, [2, 2])
        XCTAssertEqual(try grid.column("v"), .uint16([1, 2, 3, 4]))
    }

    func testExplicitLayoutsRejectOverlapsAndOversizedFields() {
        assertFormatError(
            try NpyRecordLayout(fields: [NpyField(name: "a", type: .int32, offset: 0), NpyField(name: "b", type: .uint8, offset: 3)], itemSize: 8),
            .malformed, "'a' (bytes 0..<4) and 'b' (from byte 3) overlap")
        assertFormatError(
            try NpyRecordLayout(fields: [NpyField(name: "a", type: .float64, offset: 4)], itemSize: 8),
            .malformed, "'a' (8 bytes at offset 4) does not fit in a record of 8 bytes")
        assertFormatError(
            try NpyRecordLayout(fields: [NpyField(name: "a", type: .float64, offset: -1)], itemSize: 16), .malformed, "offset -1")
        assertFormatError(
            try NpyRecordLayout(fields: [NpyField(name: "a", type: .uint8, offset: 0)], itemSize: (1 << 20) + 1),
            .limitExceeded, "records of 1048577 bytes")
        assertFormatError(try NpyRecordLayout(fields: [], itemSize: 1), .malformed, "no fields")
        XCTAssertNoThrow(try NpyRecordLayout(
            fields: [NpyField(name: "b", type: .uint8, offset: 4), NpyField(name: "a", type: .int32, offset: 0)], itemSize: 5))
    }

    func testHostileStructuredHeaders() {
        let f = "'fortran_order': False, 'shape': (2,)"
        let cases: [(String, [UInt8], FormatErrorKind, String)] = [
            // NumPy: ValueError, cannot reshape (data shorter or longer than shape × itemsize)
            ("{'descr': [('a', '<u4')], \(f)}", [1, 0, 0, 0, 2, 0, 0], .truncated, "7 bytes but 2 records of 4 bytes need 8"),
            ("{'descr': [('a', '<u4')], \(f)}", [UInt8](repeating: 0, count: 9), .malformed, "1 bytes after the 8 bytes"),
            ("{'descr': [('a', '<u4')], 'fortran_order': False, 'shape': (4611686018427387904,)}", [], .truncated, "more records than an Int can count"),
            ("{'descr': [('pos', [('x', '<f4'), ('y', '<f4')])], \(f)}", [], .unsupported, "nested structure"),
            ("{'descr': [('v', '<f4', (3,))], \(f)}", [], .unsupported, "sub-array"),
            ("{'descr': [(('title', 'x'), '<f4')], \(f)}", [], .unsupported, "titled"),
            ("{'descr': [('x', '<f4'), ('x', '<u1')], \(f)}", [], .malformed, "repeats the field name 'x'"),
            ("{'descr': [('', '<f4')], \(f)}", [], .malformed, "field without a name"),
            ("{'descr': [('raw', '|V8')], \(f)}", [], .unsupported, "holds raw bytes"),
            ("{'descr': [('x', '<f4'), ('', '|V2000000')], \(f)}", [], .limitExceeded, "over 1048576 bytes"),
            ("{'descr': [('x', '<f4'), ('', '|V999999999999')], \(f)}", [], .limitExceeded, "padding"),
            ("{'descr': [('x', '<f4'), ('', '|V0')], \(f)}", [], .malformed, "padding '|V0' is empty"),
            ("{'descr': [('x', '<f4'), ('', '|Vx')], \(f)}", [], .malformed, "no byte count"),
            ("{'descr': [('x', '<c8')], \(f)}", [], .unsupported, "dtype '<c8'"),
            ("{'descr': [('x', '|f4')], \(f)}", [], .malformed, "no byte order"),
            ("{'descr': [('x', '=f4')], \(f)}", [], .unsupported, "native byte order"),
            ("{'descr': [], \(f)}", [], .malformed, "no fields"),
            ("{'descr': ['x'], \(f)}", [], .malformed, "entry 0 is not a (name, type) tuple"),
            ("{'descr': [('x')], \(f)}", [], .malformed, "not a tuple"),
            ("{'descr': \(String(repeating: "[", count: 40)), \(f)}", [], .limitExceeded, "nested deeper than 16"),
            ("{'descr': '<f4', \(f)}", [], .unsupported, "not structured"),
            ("{'descr': [('a', '<u2')], 'fortran_order': True, 'shape': (2, 2)}", [], .unsupported, "Fortran order"),
        ]
        for (dict, data, kind, fragment) in cases {
            assertFormatError(try NpyRecords.read(bytes: npyImage(dict, data)), kind, fragment, dict)
        }
    }
}
