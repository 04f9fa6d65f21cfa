import Foundation
import XCTest

@testable import NCFormats

/// Checks `NpzArchive` on the spike-map fixture (against `ref_t_128.json`) and on small archives
/// written by NumPy 2.4 and Python's zipfile (`f = io.BytesIO()`, the expression, then
/// `base64.b64encode(f.getvalue())`).
final class NpzTests: XCTestCase {
    private enum Vectors {
        // np.savez(f, a=np.arange(3, dtype='<i8'), b=np.eye(2, dtype='<f4'))
        static let stored = """
            UEsDBC0AAAAAAAAAIQD3QBLq//////////8FABQAYS5ucHkBABAAmAAAAAAAAACYAAAAAAAAAJNOVU1QWQEAdgB7J2Rlc2NyJzog
            JzxpOCcsICdmb3J0cmFuX29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgzLCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAg
            ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAKAAAAAAAAAAABAAAAAAAAAAIAAAAAAAAAUEsDBC0AAAAAAAAAIQDBxqM8
            //////////8FABQAYi5ucHkBABAAkAAAAAAAAACQAAAAAAAAAJNOVU1QWQEAdgB7J2Rlc2NyJzogJzxmNCcsICdmb3J0cmFuX29y
            ZGVyJzogRmFsc2UsICdzaGFwZSc6ICgyLCAyKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg
            ICAgICAgICAgICAgICAKAACAPwAAAAAAAAAAAACAP1BLAQItAy0AAAAAAAAAIQD3QBLqmAAAAJgAAAAFAAAAAAAAAAAAAACAAQAA
            AABhLm5weVBLAQItAy0AAAAAAAAAIQDBxqM8kAAAAJAAAAAFAAAAAAAAAAAAAACAAc8AAABiLm5weVBLBQYAAAAAAgACAGYAAACW
            AQAAAAA=
            """
        // np.savez_compressed(f, x=np.arange(100, dtype='<i4') % 7, s=np.array(2.5))
        static let compressed = """
            UEsDBC0AAAAIAAAAIQB+ciJc//////////8FABQAeC5ucHkBABAAEAIAAAAAAABdAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6l
            oG6TaaKuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GoYGBjqaOgq1CmQDLgYgYARiJiBmBmIWIGYFYjYGCBiVo68cAFBL
            AwQtAAAACAAAACEANbQ6k///////////BQAUAHMubnB5AQAQAIgAAAAAAAAARwAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBu
            k2ahrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqaOgq1ChQBLgYwYHEAAFBLAQItAy0AAAAIAAAAIQB+ciJcXQAAABAC
            AAAFAAAAAAAAAAAAAACAAQAAAAB4Lm5weVBLAQItAy0AAAAIAAAAIQA1tDqTRwAAAIgAAAAFAAAAAAAAAAAAAACAAZQAAABzLm5w
            eVBLBQYAAAAAAgACAGYAAAASAQAAAAA=
            """
        // the `stored` archive with byte 186 (the last data byte of a.npy) xor 0xFF; numpy: Bad CRC-32 for file 'a.npy'
        static let badCRC = """
            UEsDBC0AAAAAAAAAIQD3QBLq//////////8FABQAYS5ucHkBABAAmAAAAAAAAACYAAAAAAAAAJNOVU1QWQEAdgB7J2Rlc2NyJzog
            JzxpOCcsICdmb3J0cmFuX29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgzLCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAg
            ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAKAAAA/wAAAAABAAAAAAAAAAIAAAAAAAAAUEsDBC0AAAAAAAAAIQDBxqM8
            //////////8FABQAYi5ucHkBABAAkAAAAAAAAACQAAAAAAAAAJNOVU1QWQEAdgB7J2Rlc2NyJzogJzxmNCcsICdmb3J0cmFuX29y
            ZGVyJzogRmFsc2UsICdzaGFwZSc6ICgyLCAyKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg
            ICAgICAgICAgICAgICAKAACAPwAAAAAAAAAAAACAP1BLAQItAy0AAAAAAAAAIQD3QBLqmAAAAJgAAAAFAAAAAAAAAAAAAACAAQAA
            AABhLm5weVBLAQItAy0AAAAAAAAAIQDBxqM8kAAAAJAAAAAFAAAAAAAAAAAAAACAAc8AAABiLm5weVBLBQYAAAAAAgACAGYAAACW
            AQAAAAA=
            """
        // with zipfile.ZipFile(f, 'w') as z: z.writestr('readme.txt', b'not an array'); z.writestr('v.npy', <np.save of np.array([1, 2], dtype='|u1')>); z.writestr('bad.npy', b'hello')
        static let mixed = """
            UEsDBBQAAAAAAFpyd13HN4OjDAAAAAwAAAAKAAAAcmVhZG1lLnR4dG5vdCBhbiBhcnJheVBLAwQUAAAAAABacnddYgJlX4IAAACC
            AAAABQAAAHYubnB5k05VTVBZAQB2AHsnZGVzY3InOiAnfHUxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIs
            KSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoBAlBLAwQUAAAA
            AABacnddhqYQNgUAAAAFAAAABwAAAGJhZC5ucHloZWxsb1BLAQIUAxQAAAAAAFpyd13HN4OjDAAAAAwAAAAKAAAAAAAAAAAAAACA
            AQAAAAByZWFkbWUudHh0UEsBAhQDFAAAAAAAWnJ3XWICZV+CAAAAggAAAAUAAAAAAAAAAAAAAIABNAAAAHYubnB5UEsBAhQDFAAA
            AAAAWnJ3XYamEDYFAAAABQAAAAcAAAAAAAAAAAAAAIAB2QAAAGJhZC5ucHlQSwUGAAAAAAMAAwCgAAAAAwEAAAAA
            """
    }

    /// Writes a base64 vector to a fresh temporary file and returns its path.
    private func file(_ base64: String, _ name: String = "a.npz") throws -> String {
        try Fixtures.temporaryFile(name, bytes: Array(Data(base64Encoded: base64, options: .ignoreUnknownCharacters) ?? Data()))
    }

    func testSpikeFixtureMatchesTheReferenceRun() throws {
        let npz = try NpzArchive(path: Fixtures.path("ref_t_128_spikes.npz"))
        XCTAssertEqual(npz.names.count, 88)
        XCTAssertEqual(npz.names.first, "model.2.Conv.lif1")
        XCTAssertEqual(npz.names.last, "model.26.cv3.2.2.lif")
        XCTAssertTrue(npz.zip.entries.allSatisfy { $0.method == .deflated })

        let lif1 = try npz.array(named: "model.2.Conv.lif1")
        XCTAssertEqual(lif1.dtype, .uint8)
        XCTAssertEqual(lif1.shape, [1, 1, 16, 32, 32])
        XCTAssertEqual(lif1.bytes.reduce(0) { $0 + Int($1) }, 8870)

        // ref_t_128.json records, for every neuron call, the shape and the spike-count sum.
        let events = try XCTUnwrap(Paths.json(Fixtures.path("ref_t_128.json"))["events"] as? [[String: Any]])
        var reference = [String: (shape: [Int], sum: Int)]()
        for e in events {
            if let name = e["name"] as? String, let sum = e["sum"] as? Int, let shape = e["out_shape"] as? [Int] {
                reference[name] = (shape, sum)
            }
        }
        var total = 0
        for name in npz.names {
            let t = try npz.array(named: name)
            let ref = try XCTUnwrap(reference[name], name)
            XCTAssertEqual(t.shape, ref.shape, name)
            let sum = t.bytes.reduce(0) { $0 + Int($1) }
            XCTAssertEqual(sum, ref.sum, name)
            total += sum
        }
        XCTAssertEqual(total, 562_157)
    }

    func testStoredAndDeflatedMembers() throws {
        let stored = try NpzArchive(path: file(Vectors.stored))
        XCTAssertEqual(stored.names, ["a", "b"])
        XCTAssertTrue(stored.zip.entries.allSatisfy { $0.method == .stored })
        XCTAssertEqual(try stored.array(named: "a").int64s(), [0, 1, 2])
        XCTAssertEqual(try stored.array(named: "b").floats(), [1, 0, 0, 1])
        XCTAssertEqual(try stored.array(named: "b").shape, [2, 2])

        let compressed = try NpzArchive(path: file(Vectors.compressed))
        XCTAssertEqual(compressed.names, ["x", "s"])
        XCTAssertTrue(compressed.zip.entries.allSatisfy { $0.method == .deflated })
        XCTAssertEqual(try compressed.array(named: "x").int64s(), (0..<100).map { Int64($0 % 7) })
        let s = try compressed.array(named: "s")
        XCTAssertEqual(s.shape, [])
        XCTAssertEqual(s.doubles(), [2.5])
        XCTAssertTrue(compressed.contains("x"))
        XCTAssertFalse(compressed.contains("x.npy"))
    }

    func testMissingArrayIsNamed() throws {
        let path = try file(Vectors.compressed, "c.npz")
        let npz = try NpzArchive(path: path)
        assertFormatError(try npz.array(named: "y"), .malformed, "c.npz: no array named 'y' (the archive holds 2 arrays: 'x', 's')")
        assertFormatError(try npz.text(named: "y"), .malformed, "c.npz: no array named 'y' (the archive holds 2 arrays: 'x', 's')")
    }

    func testCorruptMembersNameFileAndMember() throws {
        let bad = try NpzArchive(path: file(Vectors.badCRC, "bad.npz"))
        assertFormatError(try bad.array(named: "a"), .malformed, "bad.npz: entry a.npy fails its CRC-32 check")
        XCTAssertEqual(try bad.array(named: "b").floats(), [1, 0, 0, 1])

        let mixed = try NpzArchive(path: file(Vectors.mixed, "mixed.npz"))
        XCTAssertEqual(mixed.names, ["v", "bad"])
        XCTAssertEqual(try mixed.array(named: "v").bytes, [1, 2])
        assertFormatError(try mixed.array(named: "bad"), .truncated, "mixed.npz: truncated: member bad.npy:")
        assertFormatError(try mixed.array(named: "readme.txt"), .malformed, "no array named 'readme.txt'")
    }

    func testTruncatedArchiveNamesTheFile() throws {
        let bytes = try XCTUnwrap(Data(base64Encoded: Vectors.compressed, options: .ignoreUnknownCharacters))
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            let path = dir + "/cut\(cut).npz"
            try bytes.prefix(cut).write(to: URL(fileURLWithPath: path))
            // Either the directory is unreadable or a member fails; never a crash.
            do {
                let npz = try NpzArchive(path: path)
                for name in npz.names { _ = try? npz.array(named: name) }
            } catch let error as FormatError {
                XCTAssertTrue(error.description.hasPrefix(path), "\(error)")
            }
        }
    }
}
