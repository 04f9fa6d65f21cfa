import Foundation
import XCTest

@testable import NCFormats

/// Holes a mutation campaign found in the byte formats (issue #16). Each file is crafted here.
final class HostileInputTests: XCTestCase {
    // MARK: - JSON

    /// A key given twice used to be accepted, the first copy winning.
    func testDuplicateKeysAreRejectedWithTheirPath() {
        for (json, message) in [
            (#"{"a": 1, "a": 2}"#, "JSON at byte 9: key a appears twice"),
            (#"{"a": {"b": [1, {"c": 1, "c": 2}]}}"#, "JSON at byte 25: key a.b[1].c appears twice"),
        ] {
            XCTAssertThrowsError(try PlainValue.parseJSON(json), json) { error in
                XCTAssertEqual((error as? FormatError)?.problem, message)
            }
        }
        // Kept on request, in order, and found again.
        let kept = try? PlainValue.parseJSON(#"{"x": {"y": 1, "y": 2}}"#, allowDuplicateKeys: true)
        XCTAssertEqual(kept?["x"]?.objectValue?.map(\.value), [.int(1), .int(2)])
        XCTAssertEqual(kept?.duplicateKeyPath.map(PlainValue.describe), "x.y")
        XCTAssertNil((try? PlainValue.parseJSON(#"{"x": [{"y": 1}, {"y": 2}]}"#))?.duplicateKeyPath)
    }

    /// A path through a hostile key is shortened, so a message cannot be megabytes long.
    func testLongKeysAreElidedInPaths() {
        let key = String(repeating: "k", count: 1 << 20)
        let shown = PlainValue.describe([.key(key), .index(3)])
        XCTAssertLessThan(shown.count, 100)
        XCTAssertTrue(shown.contains("…"))
        XCTAssertTrue(shown.hasSuffix("[3]"))
        XCTAssertEqual(TextElision.middle("abcdefghij", limit: 5), "ab…ij")
        XCTAssertEqual(TextElision.middle("abcde", limit: 5), "abcde")
    }

    /// Inside a safetensors header a repeated `dtype` used to be read as its first copy.
    func testSafetensorsHeaderWithARepeatedNestedKey() throws {
        let header = #"{"w": {"dtype": "F32", "dtype": "U8", "shape": [4], "data_offsets": [0, 16]}}"#
        var bytes = [UInt8](repeating: 0, count: 8)
        let json = Array(header.utf8)
        for k in 0..<8 { bytes[k] = UInt8(truncatingIfNeeded: json.count >> (8 * k)) }
        bytes += json + [UInt8](repeating: 0, count: 16)
        let path = try Fixtures.temporaryFile("repeated.safetensors", bytes: bytes)
        XCTAssertThrowsError(try loadCheckpoint(path)) { error in
            XCTAssertEqual("\(error)", "\(path): safetensors header: JSON at byte 23: key w.dtype appears twice")
        }
    }

    // MARK: - Checkpoint zip

    /// The fixture holds two FP16 copies of the weights; `ema` is the one loaded. A flipped byte
    /// in the other (`model`, pickled first, so its storages come first: `data/0`) used to load
    /// without a word. Every entry's CRC is now checked.
    func testFlippedByteInTheUnusedModelCopyFails() throws {
        var bytes = try fixtureBytes()
        let zip = try ZipArchive(path: HostileCheckpointTests.fixture)
        let entry = try XCTUnwrap(zip.entry(named: "spikeyolo-t/data/0"))
        bytes[entry.dataOffset + 5] ^= 0x10
        try assertLoadFails(bytes, "entry spikeyolo-t/data/0 fails its CRC-32 check")
        // The `version` record, which no loader reads, is covered too.
        bytes = try fixtureBytes()
        let version = try XCTUnwrap(zip.entry(named: "spikeyolo-t/version"))
        bytes[version.dataOffset] ^= 0x01
        try assertLoadFails(bytes, "entry spikeyolo-t/version fails its CRC-32 check")
    }

    /// Central-directory fields the data CRC does not cover: sizes, CRC, time, name. Each is
    /// repeated in the local header or the data descriptor, and the copies must agree.
    func testCentralDirectoryMustAgreeWithLocalHeaders() throws {
        let zip = try ZipArchive(path: HostileCheckpointTests.fixture)
        let entry = try XCTUnwrap(zip.entry(named: "spikeyolo-t/version"))
        let record = try centralRecord(of: entry.name)
        // Both sizes of the unused 2-byte `version` record changed alike (3 bytes: a stored
        // entry whose sizes agree with each other). torch.save puts zeros in the local header
        // and the real sizes in a data descriptor after the data, which must agree.
        var bytes = try fixtureBytes()
        bytes[record + 20] = 3
        bytes[record + 24] = 3
        try assertLoadFails(bytes, "entry spikeyolo-t/version: its data descriptor disagrees with the central directory")
        bytes = try fixtureBytes()
        bytes[record + 16] ^= 0x01  // the CRC, also repeated in the descriptor
        try assertLoadFails(bytes, "entry spikeyolo-t/version: its data descriptor disagrees with the central directory")
        bytes = try fixtureBytes()
        bytes[record + 12] ^= 0x01  // modification time
        try assertLoadFails(bytes, "entry spikeyolo-t/version: its local header disagrees with the central directory")
        bytes = try fixtureBytes()
        bytes[entry.localHeaderOffset + 30 + 3] ^= 0x20  // a letter of the local header's name
        try assertLoadFails(bytes, "entry spikeyolo-t/version: its local header disagrees with the central directory")
    }

    private func fixtureBytes() throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: HostileCheckpointTests.fixture)))
    }

    /// Offset of the central-directory record of entry `name` in the fixture.
    private func centralRecord(of name: String) throws -> Int {
        let bytes = try fixtureBytes()
        let target = [0x50, 0x4B, 0x01, 0x02] as [UInt8]
        let nameBytes = Array(name.utf8)
        var i = bytes.count - 22
        while i >= 0 {
            if bytes[i..<(i + 4)].elementsEqual(target), i + 46 + nameBytes.count <= bytes.count,
                bytes[(i + 46)..<(i + 46 + nameBytes.count)].elementsEqual(nameBytes) {
                return i
            }
            i -= 1
        }
        throw FormatError.malformed("no central record for \(name)")
    }

    private func assertLoadFails(_ bytes: [UInt8], _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let path = try Fixtures.temporaryFile("damaged.pt", bytes: bytes)
        XCTAssertThrowsError(try loadCheckpoint(path), file: file, line: line) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(path): \(expected)"), "\(error)", file: file, line: line)
        }
    }
}
