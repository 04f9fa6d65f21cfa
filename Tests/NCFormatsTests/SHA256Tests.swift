import XCTest

@testable import NCFormats

/// SHA-256 against the FIPS 180-4 example vectors (NIST CSRC "SHA256.pdf", "SHA2_Additional.pdf").
final class SHA256Tests: XCTestCase {
    func testNISTVectors() {
        XCTAssertEqual(
            SHA256.hex(SHA256.hash(Array("abc".utf8))),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            SHA256.hex(SHA256.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(
            SHA256.hex(SHA256.hash([UInt8]())),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    func testOneMillionA() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        XCTAssertEqual(SHA256.hex(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000))), expected)
        // Streamed in uneven pieces that straddle block boundaries.
        var hash = SHA256()
        var fed = 0
        var piece = 1
        while fed < 1_000_000 {
            let n = min(piece, 1_000_000 - fed)
            hash.update([UInt8](repeating: 0x61, count: n))
            fed += n
            piece = piece % 131 + 7
        }
        XCTAssertEqual(hash.hexDigest, expected)
    }

    /// Every message length around the padding boundaries (55, 56, 63, 64 bytes) hashes the same
    /// whole and byte by byte; `finalize` does not disturb a hash that keeps growing.
    func testStreamingMatchesWholeAtEveryLength() {
        let message = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        var streamed = SHA256()
        for n in 0...message.count {
            XCTAssertEqual(streamed.finalize(), SHA256.hash(Array(message[0..<n])), "length \(n)")
            if n < message.count { streamed.update([message[n]]) }
        }
        // 55 and 56 bytes: the last lengths that do and do not fit the padding in one block.
        XCTAssertEqual(
            SHA256.hex(SHA256.hash([UInt8](repeating: 0x61, count: 56))),
            "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    }

    func testHexParsing() {
        let digest = SHA256.hash(Array("abc".utf8))
        XCTAssertEqual(SHA256.digest(hex: SHA256.hex(digest)), digest)
        XCTAssertEqual(SHA256.digest(hex: SHA256.hex(digest).uppercased()), digest)
        XCTAssertNil(SHA256.digest(hex: "abc"))
        XCTAssertNil(SHA256.digest(hex: String(repeating: "g", count: 64)))
    }
}
