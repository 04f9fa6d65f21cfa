import XCTest

@testable import NCFormats

/// NumPy text scalars (`NpyText`): what `numpy.save` writes for a `str` (`<U n`, UTF-32) and for
/// `bytes` (`|S n`), built by hand here, and hostile headers.
final class NpyTextTests: XCTestCase {
    /// A version 1.0 `.npy` with `descr` and `shape`, then `data`.
    func npy(_ descr: String, shape: String = "()", _ data: [UInt8]) -> [UInt8] {
        var header = Array("{'descr': '\(descr)', 'fortran_order': False, 'shape': \(shape), }".utf8)
        while (10 + header.count + 1) % 64 != 0 { header.append(0x20) }
        header.append(0x0A)
        return [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.count & 0xFF), UInt8(header.count >> 8)] + header + data
    }

    func utf32(_ s: String, bigEndian: Bool = false, width: Int? = nil) -> [UInt8] {
        var out = [UInt8]()
        let scalars = Array(s.unicodeScalars)
        for k in 0..<(width ?? scalars.count) {
            let v = k < scalars.count ? scalars[k].value : 0
            let bytes = (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * UInt32($0))) }
            out += bigEndian ? bytes.reversed() : bytes
        }
        return out
    }

    func read(_ bytes: [UInt8]) throws -> String { try bytes.withUnsafeBytes { try NpyText.read(bytes: $0) } }

    func testUnicodeAndByteStrings() throws {
        XCTAssertEqual(try read(npy("<U5", utf32("v > θ"))), "v > θ")
        XCTAssertEqual(try read(npy(">U5", utf32("v > θ", bigEndian: true))), "v > θ")
        // NumPy pads a fixed-width string with NULs; a one-element 1-d array reads too.
        XCTAssertEqual(try read(npy("<U8", shape: "(1,)", utf32("ab", width: 8))), "ab")
        XCTAssertEqual(try read(npy("|S4", Array("hi".utf8) + [0, 0])), "hi")
        XCTAssertEqual(try read(npy("<U0", [])), "")
    }

    func testHostileTextIsAnError() {
        let cases: [([UInt8], String)] = [
            (npy("<f8", [UInt8](repeating: 0, count: 8)), "not a text type"),
            (npy("<U2", shape: "(2,)", utf32("abcd")), "expected one string"),
            (npy("<U4", utf32("ab")), "truncated"),
            (npy("<U1", utf32("ab")), "after the 4 bytes"),
            (npy("<U1", [0x00, 0xD8, 0x00, 0x00]), "invalid code point"),
            (npy("<U1", [0xFF, 0xFF, 0xFF, 0xFF]), "invalid code point"),
            (npy("|S2", [0xC3, 0x28]), "not valid UTF-8"),
            (npy("<U99999999999", []), "limit exceeded"),
            (npy("<Ux", []), "not a text type"),
        ]
        for (bytes, expected) in cases {
            XCTAssertThrowsError(try read(bytes), expected) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(error) should mention \(expected)")
            }
        }
    }
}
