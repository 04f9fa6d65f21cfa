/// Huffman decoding of one block of a sequential scan (T.81 F.2.2): the DC difference, then
/// run/size pairs for the 63 AC coefficients, into `block` (natural order, zeroed by the caller).
/// `prediction` is the component's running DC value.
@inline(__always)
func decodeSequentialBlock(
    _ reader: inout JPEGBitReader, _ block: UnsafeMutablePointer<Int16>, dc: JPEGHuffmanTable,
    ac: JPEGHuffmanTable, prediction: inout Int32, scan: JPEGScan
) throws {
    guard let s = reader.decode(dc) else { throw badCode(scan, "DC") }
    // DC symbols are at most 15 (checked when the table was built); the predictor wraps as
    // libjpeg's int does and the coefficient keeps the low 16 bits, as its JCOEF does.
    prediction = prediction &+ reader.signed(s)
    block[0] = Int16(truncatingIfNeeded: prediction)
    var k = 1
    while k < 64 {
        guard let rs = reader.decode(ac) else { throw badCode(scan, "AC") }
        let r = rs >> 4, size = rs & 15
        if size != 0 {
            k += r
            // k may pass 63 in corrupt data; the padded zig-zag table keeps it in the block.
            block[JPEGStandardTables.naturalOrder[k]] = Int16(truncatingIfNeeded: reader.signed(size))
            k += 1
        } else {
            if r != 15 { break }
            k += 16
        }
    }
}

/// The error for a bit pattern that is no code of the scan's Huffman table.
func badCode(_ scan: JPEGScan, _ kind: String) -> FormatError {
    .malformed("JPEG scan \(scan.number) (SOS at byte \(scan.offset)) has a bit pattern that is no code of its \(kind) Huffman table (corrupt data)")
}

/// A sequential scan decoded straight into sample planes: each block is inverse-transformed as
/// soon as it is read. Used when one scan holds every component (nearly all baseline files).
struct JPEGSequentialToPlanes: JPEGBlockDecoder {
    let scan: JPEGScan
    let dc: [JPEGHuffmanTable]
    let ac: [JPEGHuffmanTable]
    /// Per scan component: quantisation table (64 values, natural order).
    let quant: [UnsafePointer<Int32>]
    let planes: [UnsafeMutablePointer<UInt8>]
    let strides: [Int]
    let widthInBlocks: [Int], heightInBlocks: [Int]
    let block: UnsafeMutablePointer<Int16>
    var predictions: [Int32]

    mutating func decode(_ reader: inout JPEGBitReader, component s: Int, bx: Int, by: Int) throws {
        block.initialize(repeating: 0, count: 64)
        try decodeSequentialBlock(&reader, block, dc: dc[s], ac: ac[s], prediction: &predictions[s], scan: scan)
        // Padding blocks of the last MCUs are decoded (they are in the data) but never shown.
        if bx < widthInBlocks[s] && by < heightInBlocks[s] {
            JPEGIDCT.transform(block, quant[s], planes[s] + by * 8 * strides[s] + bx * 8, stride: strides[s])
        }
    }

    mutating func restart() {
        for i in predictions.indices { predictions[i] = 0 }
    }
}

/// A sequential scan of some of the components, stored as coefficients until every component
/// has had its scan (multi-scan sequential files).
struct JPEGSequentialToCoefficients: JPEGBlockDecoder {
    let scan: JPEGScan
    let dc: [JPEGHuffmanTable]
    let ac: [JPEGHuffmanTable]
    let coefficients: [UnsafeMutablePointer<Int16>]
    let blocksPerLine: [Int]
    var predictions: [Int32]

    mutating func decode(_ reader: inout JPEGBitReader, component s: Int, bx: Int, by: Int) throws {
        let block = coefficients[s] + (by * blocksPerLine[s] + bx) * 64
        block.initialize(repeating: 0, count: 64)
        try decodeSequentialBlock(&reader, block, dc: dc[s], ac: ac[s], prediction: &predictions[s], scan: scan)
    }

    mutating func restart() {
        for i in predictions.indices { predictions[i] = 0 }
    }
}
