/// Constant tables the decoder's inner loops index, built once and kept for the life of the
/// process in manually allocated memory (so a loop reads them through a plain pointer, without
/// the lazy-global check and bounds check a static array costs on every access).
final class JPEGLookupTables: @unchecked Sendable {
    static let shared = JPEGLookupTables()

    /// `naturalOrder[k]`: see `JPEGStandardTables.naturalOrder` (80 entries).
    let naturalOrder: UnsafeMutablePointer<UInt8>
    /// `idctLimit[x & 1023]` = `JPEGIDCT.rangeLimit(x)`: libjpeg's post-IDCT range-limit table.
    let idctLimit: UnsafeMutablePointer<UInt8>
    /// `clamp[v]` = v limited to 0...255, for v in -512...511 (a pointer into the middle of
    /// its table, like libjpeg's `sample_range_limit`).
    let clamp: UnsafeMutablePointer<UInt8>
    private let clampBase: UnsafeMutablePointer<UInt8>
    /// jdcolor.c's YCbCr → RGB terms (see `JPEGColorConverter.Tables`), 256 entries each.
    let crToR: UnsafeMutablePointer<Int32>
    let cbToB: UnsafeMutablePointer<Int32>
    let crToG: UnsafeMutablePointer<Int32>
    let cbToG: UnsafeMutablePointer<Int32>

    private init() {
        naturalOrder = .allocate(capacity: 80)
        for (k, p) in JPEGStandardTables.naturalOrder.enumerated() { naturalOrder[k] = UInt8(p) }
        idctLimit = .allocate(capacity: 1024)
        for i in 0..<1024 { idctLimit[i] = JPEGIDCT.rangeLimit(Int32(i)) }
        clampBase = .allocate(capacity: 1024)
        for i in 0..<1024 { clampBase[i] = UInt8(min(255, max(0, i - 512))) }
        clamp = clampBase + 512
        let tables = JPEGColorConverter.Tables()
        crToR = .allocate(capacity: 256)
        crToR.initialize(from: tables.crToR, count: 256)
        cbToB = .allocate(capacity: 256)
        cbToB.initialize(from: tables.cbToB, count: 256)
        crToG = .allocate(capacity: 256)
        crToG.initialize(from: tables.crToG, count: 256)
        cbToG = .allocate(capacity: 256)
        cbToG.initialize(from: tables.cbToG, count: 256)
    }

    deinit {
        for p in [naturalOrder, idctLimit, clampBase] { p.deallocate() }
        for p in [crToR, cbToB, crToG, cbToG] { p.deallocate() }
    }
}
