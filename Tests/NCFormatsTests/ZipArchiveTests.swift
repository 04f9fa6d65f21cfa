import Foundation
import XCTest

@testable import NCFormats

final class ZipArchiveTests: XCTestCase {
    func testFixtureDirectoryMatchesPickleFacts() throws {
        let zip = try ZipArchive(path: Fixtures.path("spikeyolo-t.pt"))
        // pickle_facts.json: 1524 entries, prefix spikeyolo-t, all stored, data 64-byte aligned.
        XCTAssertEqual(zip.entries.count, 1524)
        XCTAssertEqual(zip.entries.first?.name, "spikeyolo-t/data.pkl")
        XCTAssertEqual(zip.entries.last?.name, "spikeyolo-t/.data/serialization_id")
        XCTAssertTrue(zip.entries.allSatisfy { $0.method == .stored })
        let data = zip.entries.filter { $0.name.hasPrefix("spikeyolo-t/data/") }
        XCTAssertEqual(data.count, 1518)
        XCTAssertTrue(data.allSatisfy { $0.dataOffset % 64 == 0 })
        let pkl = try XCTUnwrap(zip.entry(named: "spikeyolo-t/data.pkl"))
        XCTAssertEqual(pkl.uncompressedSize, 428_305)
        XCTAssertEqual(String(decoding: try zip.contents(of: XCTUnwrap(zip.entry(named: "spikeyolo-t/byteorder"))), as: UTF8.self), "little")
        XCTAssertEqual(String(decoding: try zip.contents(of: XCTUnwrap(zip.entry(named: "spikeyolo-t/version"))), as: UTF8.self), "3\n")
        // Every entry's CRC verifies.
        for e in zip.entries { _ = try zip.withContents(of: e) { $0.count } }
    }
}
