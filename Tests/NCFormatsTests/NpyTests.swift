import Foundation
import XCTest

@testable import NCFormats

/// Checks `Npy` against files NumPy wrote (see `NpyVectors`) and against hand-made hostile headers.
final class NpyTests: XCTestCase {
    private typealias V = NpyVectors

    private func npy(_ dict: String, _ data: [UInt8] = [], major: UInt8 = 1) -> [UInt8] {
        npyImage(dict, data, major: major)
    }

    /// The data of `V.v1`: np.arange(6, dtype='<f4').tobytes().
    private var sixFloats: [UInt8] { Array(V.bytes(V.v1).suffix(24)) }

    private func assertReads(_ c: V.Case, _ dtype: DType, file: StaticString = #filePath, line: UInt = #line) throws {
        let t = try Npy.read(bytes: c.bytes)
        XCTAssertEqual(t.dtype, dtype, file: file, line: line)
        XCTAssertEqual(t.shape, c.shape, file: file, line: line)
        XCTAssertEqual(t.bytes, c.expected, file: file, line: line)
    }

    // MARK: reading NumPy's files

    func testEveryLittleEndianAndByteDtype() throws {
        try assertReads(V.f4, .float32)
        try assertReads(V.f2, .float16)
        try assertReads(V.f8, .float64)
        try assertReads(V.u1, .uint8)
        try assertReads(V.i1, .int8)
        try assertReads(V.i8, .int64)
        try assertReads(V.i4, .int32)
        try assertReads(V.i2, .int16)
        try assertReads(V.b1, .bool)
        XCTAssertEqual(try Npy.read(bytes: V.f4.bytes).floats(), [0.5, -1.25, 3.0, 1e-3, -0.0, 65504.0])
        XCTAssertEqual(try Npy.read(bytes: V.f2.bytes).floats(), [1.0, -2.5, 0.0009765625, 65504.0])
        XCTAssertEqual(try Npy.read(bytes: V.i8.bytes).int64s(), [Int64.min, -1, 0, Int64.max])
        // '<u1' is never written by NumPy but is read by it (np.load gives [9 8 7]).
        let u1 = try Npy.read(bytes: V.bytes(V.u1LittleDescr))
        XCTAssertEqual(u1.dtype, .uint8)
        XCTAssertEqual(u1.bytes, [9, 8, 7])
    }

    func testBigEndianIsSwappedOnRead() throws {
        try assertReads(V.bigF4, .float32)
        try assertReads(V.bigF8, .float64)
        try assertReads(V.bigI8, .int64)
        try assertReads(V.bigI4, .int32)
        XCTAssertEqual(try Npy.read(bytes: V.bigF4.bytes).floats(), [1.5, -2.0, 3.25, 1e-20])
        XCTAssertEqual(try Npy.read(bytes: V.bigI8.bytes).int64s(), [1, -2, 3, 1 << 40, -(1 << 50), 1 << 62])
    }

    func testScalarVectorAndEmptyShapes() throws {
        try assertReads(V.scalar, .float32)
        XCTAssertEqual(try Npy.read(bytes: V.scalar.bytes).floats(), [3.5])
        try assertReads(V.vector, .int32)
        XCTAssertEqual(try Npy.read(bytes: V.vector.bytes).int64s(), [0, 1, 2, 3, 4])
        try assertReads(V.empty, .float32)
        try assertReads(V.wideHeader, .float32)
        try assertReads(V.alignedHeader, .uint8)
    }

    func testFortranOrderIsTransposedToCOrder() throws {
        try assertReads(V.fortran2D, .float32)
        XCTAssertEqual(try Npy.read(bytes: V.fortran2D.bytes).floats(), [0, 1, 2, 3, 4, 5])
        try assertReads(V.fortran3D, .int64)
        XCTAssertEqual(try Npy.read(bytes: V.fortran3D.bytes).int64s(), (0..<24).map { Int64($0) })
        try assertReads(V.fortranBig3D, .float64)
        XCTAssertEqual(try Npy.read(bytes: V.fortranBig3D.bytes).doubles(), (0..<24).map { Double($0) / 8 })
        let header = try V.fortran3D.bytes.withUnsafeBytes { try NpyHeader(parsing: $0) }
        XCTAssertTrue(header.isFortranOrder)
    }

    func testFormatVersions1To3() throws {
        var expected: Tensor?
        for (major, b64) in [(1, V.v1), (2, V.v2), (3, V.v3)] {
            let bytes = V.bytes(b64)
            let header = try bytes.withUnsafeBytes { try NpyHeader(parsing: $0) }
            XCTAssertEqual(Int(header.majorVersion), major)
            XCTAssertEqual(header.dataOffset % 64, 0)
            let t = try Npy.read(bytes: bytes)
            XCTAssertEqual(t.shape, [3, 2])
            XCTAssertEqual(t.floats(), [0, 1, 2, 3, 4, 5])
            if let expected { XCTAssertEqual(t, expected) }
            expected = t
        }
        // A 3.0 header may hold UTF-8; 1.0 with the same header is Latin-1 and so also fine as bytes.
        let data = try Npy.read(bytes: V.bytes(V.v1)).bytes
        let dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2), }"
        XCTAssertEqual(try Npy.read(bytes: npy(dict, data, major: 3)).shape, [3, 2])
        assertFormatError(try Npy.read(bytes: npy(dict, data, major: 3).replacing(0x7D, with: 0xFF)), .malformed, "UTF-8")
    }

    func testHeaderParsingIsTolerantOfWhitespaceQuotesOrderAndTrailingCommas() throws {
        let data = try Npy.read(bytes: V.bytes(V.v1)).bytes
        // Each of these loads in NumPy 2.4 as a (3, 2) float32 array.
        let dicts = [
            " {  \"descr\" : \"<f4\" ,\t\"fortran_order\":False,\n\"shape\":( 3 , 2 , ) , }  \n",
            "{'descr':'<f4','fortran_order':False,'shape':(3,2)}",
            "{'shape': (3, 2), 'fortran_order': False, 'descr': '<f4'}",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (3L, 2L), }",
        ]
        for dict in dicts {
            let t = try Npy.read(bytes: npy(dict, data))
            XCTAssertEqual(t.shape, [3, 2], dict)
            XCTAssertEqual(t.floats(), [0, 1, 2, 3, 4, 5], dict)
        }
    }

    func testFixtureFiles() throws {
        // np.load(...): shape, dtype and float64 sum.
        let input = try Npy.read(path: Fixtures.path("input128.npy"))
        XCTAssertEqual(input.shape, [1, 3, 128, 128])
        XCTAssertEqual(input.dtype, .float32)
        XCTAssertEqual(input.doubles().reduce(0, +), 23416.580828187987, accuracy: 1e-6)
        let y = try Npy.read(path: Fixtures.path("ref_t_128_y.npy"))
        XCTAssertEqual(y.shape, [1, 84, 336])
        XCTAssertEqual(y.doubles().reduce(0, +), 150829.43756008375, accuracy: 1e-4)
        let det = try Npy.read(path: Fixtures.path("ref_t_real_astronaut_320_det_conf0.001.npy"))
        XCTAssertEqual(det.shape, [7, 6])
        XCTAssertEqual(Array(det.floats().prefix(3)), [-376.24475, -301.91122, -106.67145])
        // The writer reproduces NumPy's file byte for byte.
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("input128.npy"))))
        XCTAssertEqual(try Npy.encode(input), original)
    }

    // MARK: hostile input

    func testTruncatedOrOverlongData() throws {
        for c in [V.f4, V.f2, V.i8, V.b1, V.scalar, V.fortran3D, V.bigF8] {
            let full = c.bytes
            assertFormatError(try Npy.read(bytes: Array(full.dropLast())), .truncated, "needs")
            assertFormatError(try Npy.read(bytes: full + [0]), .malformed, "1 bytes after")
            for cut in 0..<full.count {
                XCTAssertThrowsError(try Npy.read(bytes: Array(full[..<cut])), "cut at \(cut)")
            }
        }
        assertFormatError(try Npy.read(bytes: Array(V.f4.bytes.prefix(70))), .truncated, "header dict of 118 bytes")
    }

    func testHostileHeaders() {
        let d = sixFloats
        let cases: [(String, FormatErrorKind, String)] = [
            // NumPy: MemoryError allocating 3.64 TiB
            ("{'descr': '<f4', 'fortran_order': False, 'shape': (1000000000000,)}", .truncated, "needs 4000000000000"),
            // NumPy: cannot reshape array of size 0
            ("{'descr': '<f4', 'fortran_order': False, 'shape': (4294967296, 4294967296)}", .limitExceeded, "more elements than an Int"),
            ("{'descr': '<f8', 'fortran_order': False, 'shape': (3037000499, 3037000499)}", .limitExceeded, "more bytes than an Int"),
            // NumPy: Python int too large to convert to C long
            ("{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999,)}", .limitExceeded, "does not fit in 64 bits"),
            // NumPy: negative dimensions are not allowed
            ("{'descr': '<f4', 'fortran_order': False, 'shape': (-1, 3)}", .malformed, "negative dimension -1"),
            // NumPy: shape is not valid: 6
            ("{'descr': '<f4', 'fortran_order': False, 'shape': (6), }", .malformed, "(6,)"),
            ("{'descr': '<f4', 'fortran_order': False, 'shape': [2, 3], }", .unsupported, "list or dict value"),
            // NumPy: EOF in multi-line statement
            ("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), ", .malformed, "at the end of the header"),
            ("{'descr': '<f4, 'fortran_order': False, 'shape': (2, 3)}", .malformed, "expected ',' or '}'"),
            ("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3)} x", .malformed, "after the closing '}'"),
            ("'descr': '<f4'", .malformed, "start with '{'"),
            ("{'descr': '<f4', 'fortran_order': Flase, 'shape': (2, 3)}", .malformed, "unknown name 'Flase'"),
            // NumPy: Header does not contain the correct keys
            ("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), 'x': 1}", .malformed, "unexpected key 'x'"),
            ("{'descr': '<f4', 'shape': (2, 3)}", .malformed, "'fortran_order' is missing"),
            ("{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (2, 3)}", .malformed, "repeats the key 'descr'"),
            // NumPy: fortran_order is not a valid bool: 0
            ("{'descr': '<f4', 'fortran_order': 0, 'shape': (2, 3)}", .malformed, "not True or False"),
            ("{'descr': 4, 'fortran_order': False, 'shape': (2, 3)}", .malformed, "'descr' is not a string"),
            ("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (2, 3)}", .unsupported, "structured"),
            ("{'descr': '<c8', 'fortran_order': False, 'shape': (2, 3)}", .unsupported, "'<c8'"),
            ("{'descr': '<u4', 'fortran_order': False, 'shape': (2, 3)}", .unsupported, "'<u4'"),
            ("{'descr': '|f4', 'fortran_order': False, 'shape': (2, 3)}", .malformed, "no byte order"),
            ("{'descr': '=f4', 'fortran_order': False, 'shape': (2, 3)}", .unsupported, "native byte order"),
            ("{'descr': 'f4', 'fortran_order': False, 'shape': (2, 3)}", .unsupported, "'f4'"),
            ("{'descr': '<f\\x34', 'fortran_order': False, 'shape': (2, 3)}", .unsupported, "escape sequence"),
            // NumPy: maximum supported dimension for an ndarray is currently 64, found 65
            ("{'descr': '<f4', 'fortran_order': False, 'shape': (\(Array(repeating: "1", count: 65).joined(separator: ", ")))}", .limitExceeded, "65 dimensions"),
        ]
        for (dict, kind, fragment) in cases {
            assertFormatError(try Npy.read(bytes: npy(dict, d)), kind, fragment, dict)
        }
    }

    func testBadMagicVersionAndHeaderLength() {
        let good = V.f4.bytes
        var magic = good
        magic[5] = UInt8(ascii: "Z")
        assertFormatError(try Npy.read(bytes: magic), .malformed, "not a .npy file")
        var version = good
        version[6] = 4
        // NumPy: we only support format version (1,0), (2,0), and (3,0), not (4, 0)
        assertFormatError(try Npy.read(bytes: version), .unsupported, "version 4.0")
        var length = good
        length[8] = 0xFF
        length[9] = 0xFF
        assertFormatError(try Npy.read(bytes: length), .truncated, "header dict of 65535 bytes")
        let hugeV2: [UInt8] = [0x93] + Array("NUMPY".utf8) + [2, 0, 0xFF, 0xFF, 0xFF, 0x7F]
        assertFormatError(try Npy.read(bytes: hugeV2), .limitExceeded, "2147483647 bytes")
        assertFormatError(try Npy.read(bytes: []), .truncated, "magic")
    }

    func testRandomByteFlipsNeverCrash() {
        var rng = TestRandom(seed: 7)
        for c in [V.f4, V.fortran3D, V.bigF8, V.scalar] {
            let full = c.bytes
            for offset in 0..<full.count {
                var damaged = full
                damaged[offset] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
                do { _ = try Npy.read(bytes: damaged) } catch is FormatError {} catch { XCTFail("\(error)") }
            }
        }
    }

    // MARK: writing

    func testEncodeMatchesNumPyByteForByte() throws {
        for c in [V.f4, V.f2, V.f8, V.u1, V.i1, V.i8, V.i4, V.i2, V.b1, V.scalar, V.vector, V.empty, V.wideHeader, V.alignedHeader] {
            let t = try Npy.read(bytes: c.bytes)
            XCTAssertEqual(try Npy.encode(t), c.bytes, "shape \(c.shape)")
        }
        // Fortran-order and big-endian inputs are written as NumPy writes the same values in C order.
        XCTAssertEqual(try Npy.encode(Npy.read(bytes: V.fortran3D.bytes)), V.bytes(V.fortran3DAsC))
        XCTAssertEqual(try Npy.encode(Npy.read(bytes: V.bigI8.bytes)), V.bytes(V.bigI8AsC))
        let aligned = try Npy.encode(Npy.read(bytes: V.alignedHeader.bytes))
        XCTAssertEqual(aligned.count, 192)
        XCTAssertEqual(aligned.last, 0x0A)
        assertFormatError(
            try Npy.encode(Tensor(dtype: .bfloat16, shape: [1], bytes: [0, 0])), .unsupported, "bfloat16")
    }

    func testWriteReplacesTheFileAtomically() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/a.npy"
        let first = try Npy.read(bytes: V.f4.bytes)
        try Npy.write(first, to: path)
        XCTAssertEqual(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))), V.f4.bytes)
        let second = try Npy.read(bytes: V.fortran3D.bytes)
        try Npy.write(second, to: path)
        XCTAssertEqual(try Npy.read(path: path), second)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["a.npy"])

        // A tensor that cannot be encoded leaves the old file as it was and no temporary file.
        XCTAssertThrowsError(try Npy.write(Tensor(dtype: .bfloat16, shape: [1], bytes: [0, 0]), to: path))
        XCTAssertEqual(try Npy.read(path: path), second)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["a.npy"])

        assertFormatError(try Npy.write(first, to: dir + "/missing/b.npy"), .io, "missing/b.npy: cannot create")
    }

    func testFileErrorsNameTheFile() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/short.npy"
        try Data(V.f4.bytes.dropLast()).write(to: URL(fileURLWithPath: path))
        assertFormatError(try Npy.read(path: path), .truncated, "short.npy: truncated: npy data holds 23 bytes")
        assertFormatError(try Npy.read(path: dir + "/none.npy"), .io, "none.npy: cannot open")
    }
}

extension Array where Element == UInt8 {
    /// A copy with the first `old` byte replaced by `new`.
    fileprivate func replacing(_ old: UInt8, with new: UInt8) -> [UInt8] {
        var copy = self
        if let i = copy.firstIndex(of: old) { copy[i] = new }
        return copy
    }
}
