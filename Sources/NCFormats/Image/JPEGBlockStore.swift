/// Zero-initialised storage for one array of fixed-size blocks per JPEG component, laid out as
/// each component's padded block grid (`blocksPerLine × blocksPerColumn`), row-major.
///
/// Holds either DCT coefficients (`Int16`, 64 per block, natural order) for progressive and
/// multi-scan images, or decoded samples (`UInt8`, one plane per component with a row stride of
/// `8 · blocksPerLine`). The decoder's hot loops address it through raw pointers; every offset
/// they use is a block inside the grid the frame declared, asserted in debug builds.
final class JPEGBlockStore<Element: FixedWidthInteger>: @unchecked Sendable {
    /// Start of each component's array, in elements.
    private let offsets: [Int]
    /// Elements per component.
    private let sizes: [Int]
    private let storage: UnsafeMutablePointer<Element>
    /// Total elements.
    let count: Int

    /// Storage for `components`, `elementsPerBlock` elements per block of the padded grids.
    init(_ components: [JPEGFrame.Component], elementsPerBlock: Int) {
        var offsets = [Int](), sizes = [Int](), total = 0
        for c in components {
            let n = c.blocksPerLine * c.blocksPerColumn * elementsPerBlock
            offsets.append(total)
            sizes.append(n)
            total += n
        }
        self.offsets = offsets
        self.sizes = sizes
        count = total
        storage = .allocate(capacity: max(total, 1))
        storage.initialize(repeating: 0, count: max(total, 1))
    }

    deinit { storage.deallocate() }

    /// The first element of component `c`'s array.
    @inline(__always)
    func base(_ c: Int) -> UnsafeMutablePointer<Element> { storage + offsets[c] }

    /// Elements in component `c`'s array.
    func size(_ c: Int) -> Int { sizes[c] }
}

/// Coefficient storage: 64 `Int16` per block.
typealias JPEGCoefficients = JPEGBlockStore<Int16>
/// Sample planes: an 8 × 8 `UInt8` tile per block.
typealias JPEGPlanes = JPEGBlockStore<UInt8>
