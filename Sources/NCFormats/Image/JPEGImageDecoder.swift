/// The state of one JPEG decode: tables and parameters as the marker segments define them, the
/// frame, and the component data the scans fill in. `JPEGDecoder` is its public face.
struct JPEGImageDecoder {
    let data: UnsafeRawBufferPointer
    let maxPixels: Int

    /// Quantisation tables by destination, in natural (row-major) order.
    var quantTables: [[Int32]?] = [nil, nil, nil, nil]
    var dcTables: [JPEGHuffmanTable?] = [nil, nil, nil, nil]
    var acTables: [JPEGHuffmanTable?] = [nil, nil, nil, nil]
    /// MCUs between restart markers; 0 when restarts are off.
    var restartInterval = 0
    var frame: JPEGFrame?
    /// What the JFIF, EXIF and Adobe segments before the first scan say.
    var application = JPEGApplicationSegments()
    /// Fixed when the first scan starts, as libjpeg fixes it in `jpeg_read_header`.
    var colorSpace: JPEGColorSpace?

    /// Each component's quantisation table, copied when the component's first scan starts
    /// (libjpeg "latches" them then: later DQT segments do not change a component already begun).
    var latchedQuant: [[Int32]?] = []
    /// Whether each component has appeared in a scan.
    var scanned: [Bool] = []
    /// Progressive only: for each component and coefficient, the bit position its known bits
    /// reach (the Al of its last scan), or -1 before any scan sent it (libjpeg's `coef_bits`).
    var coefficientBits: [[Int]] = []
    /// Samples of each component, filled directly by a single interleaved sequential scan.
    var planes: JPEGPlanes?
    /// Coefficients of each component, for progressive and multi-scan sequential images.
    var coefficients: JPEGCoefficients?
    var scanCount = 0

    init(data: UnsafeRawBufferPointer, maxPixels: Int) {
        self.data = data
        self.maxPixels = maxPixels
    }

    /// Reads every segment and scan, then renders the image.
    mutating func run() throws -> RGBImage {
        var markers = try JPEGMarkerReader(data: data)
        segments: while true {
            guard let marker = try markers.next() else {
                // libjpeg treats a missing EOI as one (with a warning) once the image has data.
                if scanCount > 0 { break segments }
                throw FormatError.truncated(
                    frame == nil ? "JPEG ends before its frame header (SOF)" : "JPEG ends before its first scan (SOS)")
            }
            let name = JPEGMarkerReader.name(marker.code)
            switch marker.code {
            case 0xC0, 0xC1, 0xC2:
                guard frame == nil else { throw FormatError.malformed("JPEG has a second frame header (\(name)) at byte \(marker.offset)") }
                let body = try markers.segmentBody(marker)
                if body.count >= 1, body[0] != 8 {
                    throw FormatError.unsupported("\(body[0])-bit JPEG (\(name)); only 8-bit samples are read")
                }
                let f = try JPEGFrame(body, progressive: marker.code == 0xC2, maxPixels: maxPixels)
                // Every block costs at least one bit of entropy-coded data, so a short file
                // cannot make the decoder allocate for a huge image it does not contain.
                let remaining = data.count - markers.position
                guard f.sampleBlocks <= 8 * remaining else {
                    throw FormatError.truncated(
                        "JPEG of \(f.width) × \(f.height) pixels needs at least \((f.sampleBlocks + 7) / 8) bytes of compressed data, only \(remaining) remain")
                }
                frame = f
                latchedQuant = Array(repeating: nil, count: f.components.count)
                scanned = Array(repeating: false, count: f.components.count)
            case 0xC3:
                throw FormatError.unsupported("lossless JPEG (SOF3)")
            case 0xC5, 0xC6, 0xC7:
                throw FormatError.unsupported("hierarchical JPEG (\(name))")
            case 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF, 0xCC:
                throw FormatError.unsupported("arithmetic-coded JPEG (\(name))")
            case 0xC4:
                try FormatError.within("JPEG DHT segment at byte \(marker.offset)") {
                    try JPEGHuffmanTable.parseSegment(try markers.segmentBody(marker), dc: &dcTables, ac: &acTables)
                }
            case 0xDB:
                try FormatError.within("JPEG DQT segment at byte \(marker.offset)") {
                    try parseQuantTables(try markers.segmentBody(marker))
                }
            case 0xDD:
                let body = try markers.segmentBody(marker)
                guard body.count == 2 else {
                    throw FormatError.malformed("JPEG DRI segment at byte \(marker.offset) has \(body.count) bytes (must be 2)")
                }
                restartInterval = Int(body[0]) << 8 | Int(body[1])
            case 0xDA:
                let body = try markers.segmentBody(marker)
                let end = try decodeScan(header: body, at: marker.offset, dataStart: markers.position)
                markers.position = end
                if isComplete { break segments }
            case 0xD9:
                break segments
            case 0xE0...0xEF:
                let body = try markers.segmentBody(marker)
                if colorSpace == nil { application.read(marker.code, body) }
            case 0xFE:
                _ = try markers.segmentBody(marker)
            case 0xD0...0xD7, 0x01:
                continue  // stray restart or TEM markers carry nothing (libjpeg ignores them too)
            case 0xDC:
                throw FormatError.unsupported("JPEG DNL marker at byte \(marker.offset) (the height must be in the frame header)")
            default:
                throw FormatError.malformed("JPEG has an unknown \(name) at byte \(marker.offset)")
            }
        }
        return try finish()
    }

    /// A sequential image is complete once every component had its scan; later bytes (trailers
    /// some cameras append, or damage after the image) are not read, as OpenCV does not use them.
    var isComplete: Bool {
        guard let frame, !frame.progressive else { return false }
        return scanned.allSatisfy { $0 }
    }

    /// Checks that every component got data, reconstructs the samples and converts them.
    mutating func finish() throws -> RGBImage {
        guard let frame, let colorSpace else { throw FormatError.malformed("JPEG has no scan") }
        if let missing = scanned.firstIndex(of: false) {
            throw FormatError.truncated("JPEG ends before component \(frame.components[missing].id) has any data")
        }
        if planes == nil, let coefficients {
            var smoothing: JPEGBlockSmoothing?
            if frame.progressive {
                if let missingDC = coefficientBits.firstIndex(where: { $0[0] < 0 }) {
                    throw FormatError.truncated(
                        "progressive JPEG ends before component \(frame.components[missingDC].id) has its DC scan")
                }
                smoothing = JPEGBlockSmoothing(frame: frame, coefficientBits: coefficientBits)
            }
            planes = reconstruct(frame, coefficients, smoothing: smoothing)
            self.coefficients = nil
        }
        guard let planes else { throw FormatError.malformed("JPEG has no image data") }
        let image = JPEGColorConverter.render(frame: frame, planes: planes, colorSpace: colorSpace)
        return (application.orientation ?? .topLeft).apply(to: image)
    }

    /// Inverse-transforms every block that holds image samples into sample planes, first
    /// estimating missing low-frequency coefficients where libjpeg's block smoothing would.
    func reconstruct(_ frame: JPEGFrame, _ coefficients: JPEGCoefficients, smoothing: JPEGBlockSmoothing?) -> JPEGPlanes {
        let planes = JPEGPlanes(frame.components, elementsPerBlock: 64)
        let limit = UnsafePointer(JPEGLookupTables.shared.idctLimit)
        withUnsafeTemporaryAllocation(of: Int16.self, capacity: 64) { scratch in
            for (c, component) in frame.components.enumerated() {
                let quant = latchedQuant[c] ?? [Int32](repeating: 0, count: 64)
                quant.withUnsafeBufferPointer { q in
                    let stride = 8 * component.blocksPerLine
                    let coef = coefficients.base(c), plane = planes.base(c)
                    for by in 0..<component.heightInBlocks {
                        let row = plane + by * 8 * stride
                        if let smoothing, smoothing.applies(to: c) {
                            smoothing.smoothRow(
                                component: c, by: by, coefficients: coef, quant: q.baseAddress!, scratch: scratch.baseAddress!
                            ) { bx, block in
                                JPEGIDCT.transform(block, q.baseAddress!, row + bx * 8, stride: stride, limit: limit)
                            }
                            continue
                        }
                        for bx in 0..<component.widthInBlocks {
                            let block = UnsafePointer(coef + (by * component.blocksPerLine + bx) * 64)
                            if JPEGIDCT.hasOnlyDC(block) {
                                JPEGIDCT.transformDCOnly(block[0], q[0], row + bx * 8, stride: stride, limit: limit)
                            } else {
                                JPEGIDCT.transform(block, q.baseAddress!, row + bx * 8, stride: stride, limit: limit)
                            }
                        }
                    }
                }
            }
        }
        return planes
    }

    /// Parses a DQT segment (B.2.4.1): tables of 8- or 16-bit values in zig-zag order.
    mutating func parseQuantTables(_ body: UnsafeRawBufferPointer) throws {
        var r = ByteReader(body, context: "JPEG DQT segment")
        while !r.isAtEnd {
            let selector = try JPEGTableSelector(&r, kindName: "precision")
            let precision = selector.kind, index = selector.destination
            var table = [Int32](repeating: 0, count: 64)
            for k in 0..<64 {
                let q = precision == 0 ? Int32(try r.u8("quantisation values")) : Int32(try r.be(UInt16.self, "quantisation values"))
                guard q > 0 else {
                    throw FormatError.malformed("JPEG quantisation table \(index) has a zero entry at zig-zag position \(k)")
                }
                table[JPEGStandardTables.naturalOrder[k]] = q
            }
            quantTables[index] = table
        }
    }

    /// libjpeg's guess of the colour space of a 3-component image (jdapimin.c
    /// `default_decompress_parms`): JFIF means YCbCr; else an Adobe marker's transform flag
    /// (0 = RGB); else component ids 'R', 'G', 'B' mean RGB; anything else is taken as YCbCr.
    func guessColorSpace(_ frame: JPEGFrame) -> JPEGColorSpace {
        if frame.components.count == 1 { return .grayscale }
        if application.sawJFIF { return .yCbCr }
        if let transform = application.adobeTransform { return transform == 0 ? .rgb : .yCbCr }
        let ids = frame.components.map(\.id)
        return ids == [0x52, 0x47, 0x42] ? .rgb : .yCbCr
    }
}
