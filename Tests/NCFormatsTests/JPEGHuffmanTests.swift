import XCTest

@testable import NCFormats

/// The Huffman decoder's lookahead table and its long-code path give the symbols a canonical
/// encoder (written here, T.81 Annex C) put in, for tables with codes from 1 to 16 bits.
final class JPEGHuffmanTests: XCTestCase {
    /// Canonical codes (C.2) of a table: symbol → (code, length).
    static func codes(counts: [Int], symbols: [UInt8]) -> [UInt8: (Int, Int)] {
        var out = [UInt8: (Int, Int)]()
        var code = 0, k = 0
        for length in 1...16 {
            for _ in 0..<counts[length - 1] {
                out[symbols[k]] = (code, length)
                code += 1
                k += 1
            }
            code <<= 1
        }
        return out
    }

    /// Bits packed MSB first with JPEG byte stuffing, then EOI.
    static func pack(_ bits: [(Int, Int)]) -> [UInt8] {
        var out = [UInt8](), acc = 0, n = 0
        for (value, length) in bits {
            for i in stride(from: length - 1, through: 0, by: -1) {
                acc = acc << 1 | (value >> i) & 1
                n += 1
                if n == 8 {
                    out.append(UInt8(acc))
                    if acc == 0xFF { out.append(0) }
                    acc = 0
                    n = 0
                }
            }
        }
        if n > 0 {
            let padded = acc << (8 - n) | ((1 << (8 - n)) - 1)
            out.append(UInt8(padded))
            if padded == 0xFF { out.append(0) }
        }
        return out + [0xFF, 0xD9]
    }

    func testLookaheadAndLongCodesDecodeWhatWasEncoded() throws {
        var rng = TestRandom(seed: 16)
        // Count vectors with every length in use, a table reaching 16 bits, and the standard one.
        let tables: [[Int]] = [
            [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2],
            [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 125],
            [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
            [0, 0, 0, 0, 0, 0, 0, 0, 0, 200, 0, 0, 0, 0, 0, 0],
        ]
        for counts in tables {
            let total = counts.reduce(0, +)
            let symbols = (0..<total).map { UInt8(($0 * 37 + 11) % 256) }
            let table = try JPEGHuffmanTable(counts: counts, symbols: symbols, isDC: false)
            let code = Self.codes(counts: counts, symbols: symbols)
            let message = (0..<3000).map { _ in symbols[Int.random(in: 0..<total, using: &rng)] }
            let data = Self.pack(message.map { code[$0]! })
            data.withUnsafeBytes { raw in
                var reader = JPEGBitReader(data: raw, position: 0)
                for (i, expected) in message.enumerated() {
                    XCTAssertEqual(reader.decode(table), Int(expected), "symbol \(i) of table \(counts)")
                }
                XCTAssertFalse(reader.isExhausted)
            }
        }
    }

    /// The combined code-and-value entries (`fastAC`) decode exactly as the symbol followed by its
    /// magnitude bits does, for every 9-bit pattern of the standard AC tables and a random one.
    func testFastACEntriesEqualTheGeneralPath() throws {
        var rng = TestRandom(seed: 99)
        let randomSymbols = (0..<162).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let tables = [
            try JPEGHuffmanTable(counts: JPEGStandardTables.acLuminanceCounts, symbols: JPEGStandardTables.acLuminanceValues, isDC: false),
            try JPEGHuffmanTable(counts: JPEGStandardTables.acChrominanceCounts, symbols: JPEGStandardTables.acChrominanceValues, isDC: false),
            try JPEGHuffmanTable(counts: JPEGStandardTables.acLuminanceCounts, symbols: randomSymbols, isDC: false),
        ]
        for table in tables {
            var fastEntries = 0
            for pattern in 0..<512 {
                let f = Int(table.fastAC[pattern])
                guard f != 0 else { continue }
                fastEntries += 1
                // The pattern, then ones: the general path reads the same bits.
                let bytes: [UInt8] = [UInt8(pattern >> 1), UInt8((pattern & 1) << 7 | 0x7F), 0xFF, 0x00, 0xFF, 0xD9]
                bytes.withUnsafeBytes { raw in
                    var reader = JPEGBitReader(data: raw, position: 0)
                    guard let rs = reader.decode(table) else { return XCTFail("pattern \(pattern)") }
                    let value = reader.signed(rs & 15)
                    XCTAssertEqual(f >> 8, Int(value), "pattern \(pattern)")
                    XCTAssertEqual((f >> 4) & 15, rs >> 4, "pattern \(pattern)")
                    var fast = JPEGBitReader(data: raw, position: 0)
                    fast.fill()
                    fast.consume(f & 15)
                    XCTAssertEqual(fast.bits(16), reader.bits(16), "pattern \(pattern): bits used")
                }
            }
            XCTAssertGreaterThan(fastEntries, 100)
        }
    }

    func testBitsThatAreNoCodeAreReported() throws {
        // One code of each length 1...3: 0, 10, 110; 111 is no code.
        let table = try JPEGHuffmanTable(counts: [1, 1, 1] + [Int](repeating: 0, count: 13), symbols: [5, 6, 7], isDC: true)
        let data: [UInt8] = [0b0101_1011, 0b1000_0000, 0xFF, 0xD9]
        data.withUnsafeBytes { raw in
            var reader = JPEGBitReader(data: raw, position: 0)
            XCTAssertEqual(reader.decode(table), 5)
            XCTAssertEqual(reader.decode(table), 6)
            XCTAssertEqual(reader.decode(table), 7)
            XCTAssertNil(reader.decode(table))
        }
    }

    func testValuesExtendToSignedNumbers() {
        // F.2.2.1: with 3 magnitude bits, 000...011 are -7...-4 and 100...111 are 4...7.
        let data: [UInt8] = [0b0000_1110, 0b0111_1111, 0xFF, 0xD9]
        data.withUnsafeBytes { raw in
            var reader = JPEGBitReader(data: raw, position: 0)
            XCTAssertEqual(reader.signed(3), -7)
            XCTAssertEqual(reader.signed(3), -4)
            XCTAssertEqual(reader.signed(3), 4)
            XCTAssertEqual(reader.signed(3), 7)
            XCTAssertEqual(reader.signed(0), 0)
            XCTAssertFalse(reader.isExhausted)
            XCTAssertEqual(reader.bits(4), 0b1111)
            XCTAssertEqual(reader.bits(8), 0)
            XCTAssertTrue(reader.isExhausted)
        }
    }
}
