/// Huffman decoding of one block of a sequential scan (T.81 F.2.2): the DC difference, then
/// run/size pairs for the 63 AC coefficients, into `block` (natural order, zeroed by the caller).
/// `prediction` is the component's running DC value. Returns whether any AC coefficient was set.
@inline(__always)
func decodeSequentialBlock(
    _ reader: inout JPEGBitReader, _ block: UnsafeMutablePointer<Int16>, dc: JPEGHuffmanTable,
    ac: JPEGHuffmanTable, prediction: inout Int32, zigzag: UnsafePointer<UInt8>, scan: JPEGScan
) throws -> Bool {
    reader.fill()
    guard let s = reader.decode(dc) else { throw badCode(scan, "DC") }
    // DC symbols are at most 15 (checked when the table was built); the predictor wraps as
    // libjpeg's int does and the coefficient keeps the low 16 bits, as its JCOEF does.
    prediction = prediction &+ reader.signed(s)
    block[0] = Int16(truncatingIfNeeded: prediction)
    var k = 1
    var hasAC = false
    let fast = ac.fastAC
    while k < 64 {
        reader.fill()
        let f = fast[reader.peek(JPEGHuffmanTable.lookaheadBits)]
        if f != 0 {
            // Code and magnitude in one step (the common case).
            k += Int((f >> 4) & 15)
            block[Int(zigzag[k])] = f >> 8
            reader.consume(Int(f & 15))
            hasAC = true
            k += 1
            continue
        }
        guard let rs = reader.decode(ac) else { throw badCode(scan, "AC") }
        let r = rs >> 4, size = rs & 15
        if size != 0 {
            k += r
            // k may pass 63 in corrupt data; the padded zig-zag table keeps it in the block.
            block[Int(zigzag[k])] = Int16(truncatingIfNeeded: reader.signed(size))
            hasAC = true
            k += 1
        } else {
            if r != 15 { break }
            k += 16
        }
    }
    return hasAC
}

/// The error for a bit pattern that is no code of the scan's Huffman table.
func badCode(_ scan: JPEGScan, _ kind: String) -> FormatError {
    .malformed("JPEG scan \(scan.number) (SOS at byte \(scan.offset)) has a bit pattern that is no code of its \(kind) Huffman table (corrupt data)")
}

/// What a sequential scan needs per component, gathered so the block loop reads one struct.
struct JPEGSequentialTarget {
    unowned(unsafe) let dc: JPEGHuffmanTable
    unowned(unsafe) let ac: JPEGHuffmanTable
    /// Quantisation table (64 values, natural order); planes mode only.
    let quant: UnsafePointer<Int32>?
    /// Top-left sample of the plane (planes mode) or first coefficient (coefficients mode).
    let planeBase: UnsafeMutablePointer<UInt8>?
    let coefficientBase: UnsafeMutablePointer<Int16>?
    let stride: Int
    let blocksPerLine: Int, blocksPerColumn: Int
    let widthInBlocks: Int, heightInBlocks: Int
}

/// A sequential scan, decoded either straight into sample planes (each block inverse-transformed
/// as soon as it is read: the scan holds every component, as in nearly all baseline files) or
/// into coefficient storage until every component has had its scan (multi-scan files).
///
/// The Huffman tables are referenced `unowned(unsafe)`: the scan decoder's caller keeps them
/// alive for the whole scan (`tables`), which spares the block loop reference counting.
struct JPEGSequentialDecoder: JPEGBlockDecoder {
    let scan: JPEGScan
    let tables: [JPEGHuffmanTable]
    let targets: [JPEGSequentialTarget]
    let toPlanes: Bool
    /// Scratch: one block of coefficients (planes mode) and the DC predictions (4 entries).
    let block: UnsafeMutablePointer<Int16>
    let predictions: UnsafeMutablePointer<Int32>
    let zigzag: UnsafePointer<UInt8>
    let limit: UnsafePointer<UInt8>

    mutating func decode(_ reader: inout JPEGBitReader, component s: Int, bx: Int, by: Int) throws {
        let t = targets[s]
        assert(bx >= 0 && bx < t.blocksPerLine && by >= 0 && by < t.blocksPerColumn, "block outside the padded grid")
        if toPlanes {
            block.initialize(repeating: 0, count: 64)
            let hasAC = try decodeSequentialBlock(
                &reader, block, dc: t.dc, ac: t.ac, prediction: &predictions[s], zigzag: zigzag, scan: scan)
            // Padding blocks of the last MCUs are decoded (they are in the data) but never shown.
            guard bx < t.widthInBlocks && by < t.heightInBlocks, let plane = t.planeBase, let quant = t.quant else { return }
            let out = plane + by * 8 * t.stride + bx * 8
            if hasAC {
                JPEGIDCT.transform(block, quant, out, stride: t.stride, limit: limit)
            } else {
                JPEGIDCT.transformDCOnly(block[0], quant[0], out, stride: t.stride, limit: limit)
            }
        } else if let base = t.coefficientBase {
            let target = base + (by * t.blocksPerLine + bx) * 64
            target.initialize(repeating: 0, count: 64)
            _ = try decodeSequentialBlock(
                &reader, target, dc: t.dc, ac: t.ac, prediction: &predictions[s], zigzag: zigzag, scan: scan)
        }
    }

    mutating func restart() {
        predictions.initialize(repeating: 0, count: 4)
    }
}
