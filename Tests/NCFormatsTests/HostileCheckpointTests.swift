import Foundation
import XCTest

@testable import NCFormats

/// Damaged and malicious checkpoints: each must throw a `FormatError` whose description starts
/// with the file's path and says what is wrong, and none may crash or allocate beyond what the
/// file's size justifies.
final class HostileCheckpointTests: XCTestCase {
    /// Debug builds run a quarter of the damage trials (a debug load of the fixture takes ~0.3 s);
    /// CI runs the release build and all of them.
    #if DEBUG
        static let trials = 50
    #else
        static let trials = 200
    #endif

    static let fixture = Fixtures.path("spikeyolo-t.pt")

    func assertFails(
        _ path: String, _ expected: String? = nil, file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertThrowsError(try loadCheckpoint(path), file: file, line: line) { error in
            guard let e = error as? FormatError else {
                return XCTFail("not a FormatError: \(error)", file: file, line: line)
            }
            XCTAssertTrue(e.description.hasPrefix(path + ": "), "\(e.description) does not name the file", file: file, line: line)
            if let expected {
                XCTAssertTrue(e.description.contains(expected), "\(e.description) lacks \(expected)", file: file, line: line)
            }
        }
    }

    func assertFails(_ bytes: [UInt8], _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        assertFails(try Fixtures.temporaryFile("hostile.pt", bytes: bytes), expected, file: file, line: line)
    }

    /// Everything a load yields, compared between the intact and a damaged file.
    struct Digest: Equatable {
        let tensors: [String: UInt32]
        let names: [String]
        let parameterCount: Int
        let modules: [String]
        let attributes: [String: [String: PickleValue]]
        let yaml: PlainValue?

        init(_ c: TorchCheckpoint) {
            var t = [String: UInt32]()
            for (name, tensor) in c.tensors {
                t[name] = CRC32.checksum(tensor.bytes) ^ UInt32(truncatingIfNeeded: tensor.shape.hashValue)
            }
            tensors = t
            names = c.tensors.map(\.name)
            parameterCount = c.parameterCount
            modules = c.moduleClasses.map { $0.path + " " + $0.className }
            attributes = c.moduleAttributes
            yaml = try? c.moduleAttributes[""]?["yaml"].map { try PlainValue($0, maxNodes: 100_000) }
        }
    }

    /// Offsets spread over the whole file plus some inside data.pkl and the central directory.
    func damageOffsets(count: Int) throws -> [Int] {
        let zip = try ZipArchive(path: Self.fixture)
        let size = zip.file.count
        let pkl = try XCTUnwrap(zip.entry(named: "spikeyolo-t/data.pkl"))
        let directoryStart = (zip.entries.map { $0.dataOffset + $0.compressedSize }.max() ?? 0)
        let third = count / 3
        var offsets = Set<Int>()
        for i in 0..<third { offsets.insert(i * size / third) }
        for i in 0..<third { offsets.insert(pkl.dataOffset + i * pkl.compressedSize / third) }
        for i in 0..<(count - 2 * third) { offsets.insert(directoryStart + i * (size - directoryStart) / (count - 2 * third)) }
        offsets.insert(0)
        offsets.insert(size - 1)
        return offsets.sorted()
    }

    func testTruncatedFixtureAtManyOffsets() throws {
        let path = try Fixtures.temporaryDirectory() + "/truncated.pt"
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: path)
        // Shrinking one copy from the end keeps every trial a prefix of the original file.
        for offset in try damageOffsets(count: 200).reversed() {
            XCTAssertEqual(truncate(path, off_t(offset)), 0)
            assertFails(path)
        }
    }

    func testFlippedBytesLoadIdenticallyOrFail() throws {
        let intact = Digest(try loadCheckpoint(Self.fixture))
        let path = try Fixtures.temporaryDirectory() + "/flipped.pt"
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: path)
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        defer { try? handle.close() }
        var loaded = 0, failed = 0
        for offset in try damageOffsets(count: Self.trials) {
            try handle.seek(toOffset: UInt64(offset))
            let original = try XCTUnwrap(handle.read(upToCount: 1))
            try handle.seek(toOffset: UInt64(offset))
            try handle.write(contentsOf: [original[original.startIndex] ^ 0x5A])
            do {
                let damaged = try loadCheckpoint(path)
                XCTAssertEqual(Digest(damaged), intact, "byte \(offset) changed what loads")
                loaded += 1
            } catch let e as FormatError {
                XCTAssertTrue(e.description.hasPrefix(path + ": "), e.description)
                failed += 1
            }
            try handle.seek(toOffset: UInt64(offset))
            try handle.write(contentsOf: original)
        }
        XCTAssertGreaterThan(failed, 0)
        XCTAssertGreaterThan(loaded, 0)
    }

    func testTruncatedPickleInsideAValidArchive() throws {
        let zip = try ZipArchive(path: Self.fixture)
        let pkl = try zip.contents(of: XCTUnwrap(zip.entry(named: "spikeyolo-t/data.pkl")))
        let path = try Fixtures.temporaryDirectory() + "/short-pickle.pt"
        for i in 0..<Self.trials {
            let cut = i * pkl.count / Self.trials
            try Data(TestZipWriter.torchArchive(pickle: Array(pkl[..<cut]), storages: [])).write(to: URL(fileURLWithPath: path))
            assertFails(path, "archive/data.pkl: ")
        }
    }

    func testBadCRC() throws {
        try assertFails(
            TestZipWriter.torchArchive(pickle: [0x80, 0x02, 0x7D, 0x2E], storages: [], pickleCRC: 0x1234_5678),
            "entry archive/data.pkl fails its CRC-32 check (stored 0x12345678")
        // A changed byte inside the fixture's data.pkl.
        let zip = try ZipArchive(path: Self.fixture)
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: Self.fixture)))
        let pkl = try XCTUnwrap(zip.entry(named: "spikeyolo-t/data.pkl"))
        bytes[pkl.dataOffset + 1000] ^= 0x01
        try assertFails(bytes, "entry spikeyolo-t/data.pkl fails its CRC-32 check")
        // A changed byte inside a storage the ema model uses.
        bytes[pkl.dataOffset + 1000] ^= 0x01
        let storage = try XCTUnwrap(zip.entry(named: "spikeyolo-t/data/800"))
        bytes[storage.dataOffset + 3] ^= 0x01
        try assertFails(bytes, "entry spikeyolo-t/data/800 fails its CRC-32 check")
    }

    func testHostilePickles() throws {
        try assertFails(TestZipWriter.torchArchive(pickle: [0x80, 0x02, 0xFF, 0x2E], storages: []), "unknown pickle opcode 0xff at offset 2")
        // Memo bomb: a dict whose values share one list along 2^60 paths, as a model's yaml.
        var p = PickleAssembler()
        p.emptyList()
        p.raw([0x72, 0, 0, 0, 0, 0x30])  // LONG_BINPUT 0, POP
        for i in 1...60 {
            p.mark()
            p.raw([0x6A] + withUnsafeBytes(of: UInt32(i - 1).littleEndian, Array.init))  // LONG_BINGET
            p.raw([0x6A] + withUnsafeBytes(of: UInt32(i - 1).littleEndian, Array.init))
            p.raw([0x6C])  // LIST
            p.raw([0x72] + withUnsafeBytes(of: UInt32(i).littleEndian, Array.init))
            p.raw([0x30])  // POP
        }
        p.raw([0x6A, 60, 0, 0, 0])  // LONG_BINGET 60: the top list is the yaml
        let yamlBomb = p.bytes
        // The file loads (the yaml is only data here); turning it into a plain value, as the model
        // layer does for the architecture, stops at the node limit instead of expanding 2^60 nodes.
        let bombPath = try Fixtures.temporaryFile("bomb.pt", bytes: TestZipWriter.torchArchive(pickle: model(yaml: yamlBomb), storages: []))
        let yaml = try XCTUnwrap(loadCheckpoint(bombPath).moduleAttributes[""]?["yaml"])
        XCTAssertThrowsError(try PlainValue(yaml, maxNodes: 100_000)) { error in
            XCTAssertTrue("\(error)".contains("more than 100000 nodes"), "\(error)")
        }
        // Module-tree bomb: each module holds the previous one twice.
        try assertFails(TestZipWriter.torchArchive(pickle: moduleBomb(levels: 60), storages: []), "module tree has more than")
        // Nesting bomb: 200,000 nested lists; and a flood of MARKs.
        let lists = [0x80, 0x02] + [UInt8](repeating: 0x5D, count: 200_000) + [UInt8](repeating: 0x61, count: 199_999) + [0x2E]
        try assertFails(TestZipWriter.torchArchive(pickle: lists, storages: []), "nests containers more than 500 deep")
        let marks = [0x80, 0x02] + [UInt8](repeating: 0x28, count: 1_100_000) + [0x2E]
        try assertFails(TestZipWriter.torchArchive(pickle: marks, storages: []), "stack holds more than")
        // A string longer than the rest of the pickle.
        try assertFails(TestZipWriter.torchArchive(pickle: [0x80, 0x02, 0x58, 0xFF, 0xFF, 0xFF, 0x7F], storages: []), "declares 2147483647 bytes")
    }

    func testHostileTensors() throws {
        func archive(numel: Int64, size: [Int64], stride: [Int64], storage: [UInt8], offset: Int64 = 0) -> [UInt8] {
            let pickle = PickleAssembler.stateDict([
                ("w", { $0.tensor(storageClass: "FloatStorage", key: "0", numel: numel, offset: offset, size: size, stride: stride) })
            ])
            return TestZipWriter.torchArchive(pickle: pickle, storages: [("0", storage)])
        }
        let four = [UInt8](repeating: 0, count: 16)
        try assertFails(archive(numel: 1_000_000_000_000, size: [4], stride: [1], storage: four), "storage 0 claims 1000000000000 f32 elements, more than the whole")
        try assertFails(archive(numel: 4, size: [1_000_000, 1_000_000], stride: [1_000_000, 1], storage: four), "limit exceeded")
        try assertFails(archive(numel: 6, size: [6], stride: [1], storage: four), "storage 0 holds 16 bytes but its 6 f32 elements need 24")
        try assertFails(archive(numel: 4, size: [2, 2], stride: [2, 2], storage: four), "reaches element 4 of a storage of 4")
        try assertFails(archive(numel: 4, size: [2], stride: [1], storage: four, offset: -1), "negative offset")
        var missing = PickleAssembler.stateDict([
            ("w", { $0.tensor(storageClass: "FloatStorage", key: "7", numel: 4, offset: 0, size: [4], stride: [1]) })
        ])
        try assertFails(TestZipWriter.torchArchive(pickle: missing, storages: []), "storage 7 has no entry archive/data/7")
        missing = PickleAssembler.stateDict([
            ("w", { $0.tensor(storageClass: "ComplexFloatStorage", key: "0", numel: 4, offset: 0, size: [4], stride: [1]) })
        ])
        try assertFails(TestZipWriter.torchArchive(pickle: missing, storages: [("0", four)]), "not a torch storage")
    }

    func testNotACheckpoint() throws {
        try assertFails(TestZipWriter.torchArchive(pickle: [0x80, 0x02, 0x4B, 0x01, 0x2E], storages: []), "holds a int")
        try assertFails(TestZipWriter.torchArchive(pickle: [0x80, 0x02, 0x7D, 0x2E], storages: [], byteorder: "middle"), "not little or big")
        var z = TestZipWriter()
        z.add("a/data.pkl", [0x80, 0x02, 0x7D, 0x2E])
        z.add("b/byteorder", Array("little".utf8))
        try assertFails(z.bytes(), "more than one folder")
        try assertFails([0x80, 0x02, 0x8A, 0x0A], "legacy format")
        assertFails("/nonexistent/model.pt", "cannot open")
    }

    // MARK: - Builders

    /// An ultralytics-style checkpoint whose model is a bare module with the given yaml bytes
    /// (a pickle fragment without PROTO/STOP that leaves one value on the stack).
    func model(yaml: [UInt8]) -> [UInt8] {
        var p = PickleAssembler()
        p.emptyDict()
        p.string("model")
        p.global("m", "Model")
        p.emptyTuple()
        p.newObj()
        p.emptyDict()
        p.mark()
        p.string("_parameters"); p.emptyDict()
        p.string("_modules"); p.emptyDict()
        p.string("yaml")
        p.raw(Array(yaml.dropFirst(2)))
        p.setItems()
        p.build()
        p.setItem()
        p.stop()
        return p.bytes
    }

    /// Modules nested `levels` deep, each holding the previous one twice (2^levels paths).
    func moduleBomb(levels: Int) -> [UInt8] {
        var p = PickleAssembler()
        p.emptyDict()
        p.string("model")
        for level in 0...levels {
            p.global("m", "M")
            p.emptyTuple()
            p.newObj()
            p.emptyDict()
            p.mark()
            p.string("_parameters"); p.emptyDict()
            p.string("_modules"); p.emptyDict()
            if level > 0 {
                p.mark()
                for name in ["a", "b"] {
                    p.string(name)
                    p.raw([0x6A] + withUnsafeBytes(of: UInt32(level - 1).littleEndian, Array.init))
                }
                p.setItems()
            }
            p.setItems()
            p.build()
            p.raw([0x72] + withUnsafeBytes(of: UInt32(level).littleEndian, Array.init))
            if level < levels { p.raw([0x30]) }  // POP: only the last module stays for SETITEM
        }
        p.setItem()
        p.stop()
        return p.bytes
    }
}
