/// A JPEG frame header (SOFn, T.81 B.2.2) with the geometry libjpeg derives from it.
struct JPEGFrame {
    /// One image component (colour channel) and its block grid.
    struct Component {
        /// The identifier scans use to refer to the component.
        let id: UInt8
        /// Horizontal and vertical sampling factors (1...4).
        let h: Int, v: Int
        /// Quantisation table destination (0...3).
        let quantIndex: Int
        /// Samples per row and rows of the component, before upsampling: libjpeg's
        /// `downsampled_width/height`, ⌈width · h / hmax⌉ and ⌈height · v / vmax⌉.
        let sampledWidth: Int, sampledHeight: Int
        /// Blocks that hold image samples: ⌈sampledWidth / 8⌉ × ⌈sampledHeight / 8⌉. A scan of
        /// this component alone codes exactly these.
        let widthInBlocks: Int, heightInBlocks: Int
        /// Blocks per row and rows of blocks including the padding blocks of interleaved MCUs
        /// (a whole number of iMCU rows and columns, as libjpeg allocates them).
        let blocksPerLine: Int, blocksPerColumn: Int
    }

    /// Whether the frame is progressive (SOF2) rather than sequential (SOF0, SOF1).
    let progressive: Bool
    let width: Int
    let height: Int
    let components: [Component]
    let maxH: Int, maxV: Int
    /// MCUs per row and rows of MCUs of an interleaved scan.
    let mcusPerLine: Int, mcuRows: Int

    /// libjpeg's largest image side (`JPEG_MAX_DIMENSION`).
    static let maxDimension = 65500
    /// libjpeg's largest interleaved MCU (`D_MAX_BLOCKS_IN_MCU`).
    static let maxBlocksInMCU = 10

    /// Parses the body of an SOF0/1/2 segment, checking the size against `maxPixels` before the
    /// caller allocates anything.
    init(_ body: UnsafeRawBufferPointer, progressive: Bool, maxPixels: Int) throws {
        let info = try JPEGFrame.readHeader(body)
        guard info.precision == 8 else {
            throw FormatError.unsupported("JPEG with \(info.precision)-bit samples (only 8-bit JPEG is read)")
        }
        guard info.height > 0 else {
            throw FormatError.unsupported("JPEG frame gives height 0 (a DNL marker would define it; libjpeg does not support that either)")
        }
        guard info.width > 0 else { throw FormatError.malformed("JPEG frame gives width 0") }
        try ImageDecoder.checkPixelCount(width: info.width, height: info.height, maxPixels: maxPixels, format: "JPEG")
        guard info.width <= JPEGFrame.maxDimension, info.height <= JPEGFrame.maxDimension else {
            throw FormatError.unsupported(
                "JPEG of \(info.width) × \(info.height) pixels: sides above \(JPEGFrame.maxDimension) (libjpeg's limit)")
        }
        switch info.components.count {
        case 1, 3: break
        case 4: throw FormatError.unsupported("4-component (CMYK or YCCK) JPEG (only greyscale and 3-component colour are read)")
        default: throw FormatError.unsupported("JPEG with \(info.components.count) components (only 1 or 3 are read)")
        }
        let maxH = info.components.map(\.h).max() ?? 1
        let maxV = info.components.map(\.v).max() ?? 1
        let mcusPerLine = (info.width + 8 * maxH - 1) / (8 * maxH)
        let mcuRows = (info.height + 8 * maxV - 1) / (8 * maxV)
        var components = [Component]()
        for c in info.components {
            guard maxH % c.h == 0, maxV % c.v == 0 else {
                throw FormatError.unsupported(
                    "JPEG sampling factors \(info.components.map { "\($0.h)x\($0.v)" }.joined(separator: ", ")): component \(c.id) is not an integer fraction of the largest (libjpeg refuses fractional upsampling too)")
            }
            let sw = (info.width * c.h + maxH - 1) / maxH
            let sh = (info.height * c.v + maxV - 1) / maxV
            components.append(Component(
                id: c.id, h: c.h, v: c.v, quantIndex: c.quantIndex, sampledWidth: sw, sampledHeight: sh,
                widthInBlocks: (sw + 7) / 8, heightInBlocks: (sh + 7) / 8,
                blocksPerLine: mcusPerLine * c.h, blocksPerColumn: mcuRows * c.v))
        }
        self.progressive = progressive
        width = info.width
        height = info.height
        self.components = components
        self.maxH = maxH
        self.maxV = maxV
        self.mcusPerLine = mcusPerLine
        self.mcuRows = mcuRows
    }

    /// The fields of an SOF segment, validated for form but not for support.
    struct Header {
        struct ComponentSpec { let id: UInt8; let h: Int; let v: Int; let quantIndex: Int }
        let precision: Int
        let width: Int
        let height: Int
        let components: [ComponentSpec]
    }

    /// Reads the fields of an SOF body (also used by the header-only size probe).
    static func readHeader(_ body: UnsafeRawBufferPointer) throws -> Header {
        var r = ByteReader(body, context: "JPEG SOF segment")
        let precision = Int(try r.u8("sample precision"))
        let height = Int(try r.be(UInt16.self, "height"))
        let width = Int(try r.be(UInt16.self, "width"))
        let n = Int(try r.u8("component count"))
        guard n >= 1 else { throw FormatError.malformed("JPEG frame has no components") }
        guard body.count == 6 + 3 * n else {
            throw FormatError.malformed("JPEG SOF segment has \(body.count) bytes but \(n) components need \(6 + 3 * n)")
        }
        var specs = [Header.ComponentSpec]()
        for _ in 0..<n {
            let id = try r.u8("component id")
            let hv = try r.u8("sampling factors")
            let tq = Int(try r.u8("quantisation table"))
            let h = Int(hv >> 4), v = Int(hv & 0x0F)
            guard (1...4).contains(h), (1...4).contains(v) else {
                throw FormatError.malformed("JPEG component \(id) has sampling factors \(h)x\(v) (each must be 1 to 4)")
            }
            guard tq <= 3 else {
                throw FormatError.malformed("JPEG component \(id) uses quantisation table \(tq) (0 to 3)")
            }
            guard !specs.contains(where: { $0.id == id }) else {
                throw FormatError.malformed("JPEG frame lists component id \(id) twice")
            }
            specs.append(Header.ComponentSpec(id: id, h: h, v: v, quantIndex: tq))
        }
        return Header(precision: precision, width: width, height: height, components: specs)
    }

    /// Total blocks that hold image samples, over all components: a lower bound on the bits of
    /// compressed data (every block costs at least one bit), checked before allocating.
    var sampleBlocks: Int { components.reduce(0) { $0 + $1.widthInBlocks * $1.heightInBlocks } }
}
