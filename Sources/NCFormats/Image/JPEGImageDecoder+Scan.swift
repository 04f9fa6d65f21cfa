extension JPEGImageDecoder {
    /// Parses an SOS header, checks it against the frame and the scans before it, and decodes
    /// its entropy-coded data (which starts at `dataStart`). Returns the offset of the marker after it.
    mutating func decodeScan(header body: UnsafeRawBufferPointer, at offset: Int, dataStart: Int) throws -> Int {
        guard let frame else {
            throw FormatError.malformed("JPEG scan (SOS) at byte \(offset) comes before the frame header (SOF)")
        }
        let scan = try JPEGScan(body, frame: frame, number: scanCount + 1, offset: offset)
        let label = "JPEG scan \(scan.number) (SOS at byte \(offset))"
        if colorSpace == nil {
            colorSpace = guessColorSpace(frame)
            installStandardTables(progressive: frame.progressive)
        }
        for e in scan.entries where latchedQuant[e.component] == nil {
            let c = frame.components[e.component]
            guard let q = quantTables[c.quantIndex] else {
                throw FormatError.malformed(
                    "\(label): component \(c.id) uses quantisation table \(c.quantIndex), which the file has not defined")
            }
            latchedQuant[e.component] = q
        }
        scanCount += 1
        let end = frame.progressive
            ? try decodeProgressiveScan(scan, frame, label: label, dataStart: dataStart)
            : try decodeSequentialScan(scan, frame, label: label, dataStart: dataStart)
        for e in scan.entries { scanned[e.component] = true }
        return end
    }

    /// Huffman tables 0 and 1 that the file leaves undefined get the standard tables of T.81
    /// Annex K.3, as libjpeg-turbo does for sequential files when the decoder starts
    /// (Motion-JPEG frames omit them) and OpenCV does for any file that defines none of them.
    mutating func installStandardTables(progressive: Bool) {
        let none = dcTables[0] == nil && dcTables[1] == nil && acTables[0] == nil && acTables[1] == nil
        guard !progressive || none else { return }
        for i in 0...1 {
            if dcTables[i] == nil { dcTables[i] = JPEGHuffmanTable.standard(isDC: true, index: i) }
            if acTables[i] == nil { acTables[i] = JPEGHuffmanTable.standard(isDC: false, index: i) }
        }
    }

    /// The table a scan component selects, or an error naming what is missing.
    func table(_ isDC: Bool, _ index: Int, _ component: JPEGFrame.Component, _ label: String) throws -> JPEGHuffmanTable {
        guard let t = isDC ? dcTables[index] : acTables[index] else {
            throw FormatError.malformed(
                "\(label): component \(component.id) uses \(isDC ? "DC" : "AC") Huffman table \(index), which the file has not defined")
        }
        return t
    }

    /// A sequential scan: straight into sample planes when it is the only scan and holds every
    /// component, otherwise into coefficient storage.
    mutating func decodeSequentialScan(_ scan: JPEGScan, _ frame: JPEGFrame, label: String, dataStart: Int) throws -> Int {
        if let e = scan.entries.first(where: { scanned[$0.component] }) {
            throw FormatError.malformed(
                "\(label): component \(frame.components[e.component].id) already had its scan (a sequential JPEG codes each component once)")
        }
        let dc = try scan.entries.map { try table(true, $0.dcTable, frame.components[$0.component], label) }
        let ac = try scan.entries.map { try table(false, $0.acTable, frame.components[$0.component], label) }
        let toPlanes = scanCount == 1 && scan.entries.count == frame.components.count && coefficients == nil
        let planes = toPlanes ? JPEGPlanes(frame.components, elementsPerBlock: 64) : nil
        let store = toPlanes ? nil : coefficientStore(frame)
        if toPlanes { self.planes = planes }
        let quant = scan.entries.flatMap { latchedQuant[$0.component]! }
        let lookup = JPEGLookupTables.shared
        return try quant.withUnsafeBufferPointer { q in
            let targets = scan.entries.enumerated().map { (s, e) in
                let c = frame.components[e.component]
                return JPEGSequentialTarget(
                    dc: dc[s], ac: ac[s], quant: q.baseAddress! + 64 * s, planeBase: planes?.base(e.component),
                    coefficientBase: store?.base(e.component), stride: 8 * c.blocksPerLine, blocksPerLine: c.blocksPerLine,
                    blocksPerColumn: c.blocksPerColumn, widthInBlocks: c.widthInBlocks, heightInBlocks: c.heightInBlocks)
            }
            return try withUnsafeTemporaryAllocation(of: Int16.self, capacity: 64) { block in
                try withUnsafeTemporaryAllocation(of: Int32.self, capacity: 4) { predictions in
                    predictions.initialize(repeating: 0)
                    var decoder = JPEGSequentialDecoder(
                        scan: scan, tables: dc + ac, targets: targets, toPlanes: toPlanes, block: block.baseAddress!,
                        predictions: predictions.baseAddress!, zigzag: lookup.naturalOrder, limit: lookup.idctLimit)
                    return try withExtendedLifetime(dc + ac) {
                        try JPEGScanWalker.walk(
                            &decoder, scan: scan, frame: frame, data: data, start: dataStart, restartInterval: restartInterval)
                    }
                }
            }
        }
    }

    /// The coefficient storage, allocated at the first scan that needs it.
    mutating func coefficientStore(_ frame: JPEGFrame) -> JPEGCoefficients {
        if let coefficients { return coefficients }
        let store = JPEGCoefficients(frame.components, elementsPerBlock: 64)
        coefficients = store
        return store
    }

    /// A progressive scan: its parameters are checked as libjpeg checks them, and its place in
    /// the progression against what earlier scans sent (where libjpeg only warns, this refuses).
    mutating func decodeProgressiveScan(_ scan: JPEGScan, _ frame: JPEGFrame, label: String, dataStart: Int) throws -> Int {
        let isDC = scan.ss == 0
        var bad = isDC ? scan.se != 0 : (scan.ss > scan.se || scan.se > 63 || scan.isInterleaved)
        if scan.ah != 0 && scan.al != scan.ah - 1 { bad = true }
        if scan.al > 13 { bad = true }
        if bad {
            throw FormatError.malformed(
                "\(label) has invalid progressive parameters Ss=\(scan.ss) Se=\(scan.se) Ah=\(scan.ah) Al=\(scan.al)\(scan.isInterleaved && !isDC ? " for \(scan.entries.count) components (AC scans code one)" : "")")
        }
        if coefficientBits.isEmpty {
            coefficientBits = Array(repeating: Array(repeating: -1, count: 64), count: frame.components.count)
        }
        for e in scan.entries {
            let id = frame.components[e.component].id
            if !isDC && coefficientBits[e.component][0] < 0 {
                throw FormatError.malformed("\(label): scans out of order: AC coefficients of component \(id) come before its DC scan")
            }
            for k in scan.ss...scan.se {
                let known = coefficientBits[e.component][k]
                let ok = scan.ah == 0 ? known < 0 : known == scan.ah
                guard ok else {
                    throw FormatError.malformed(
                        "\(label): scans out of order: coefficient \(k) of component \(id) \(known < 0 ? "has no first scan yet" : "is known to bit \(known)") but this scan has Ah=\(scan.ah)")
                }
                coefficientBits[e.component][k] = scan.al
            }
        }
        let kind: JPEGProgressiveDecoder.Kind =
            isDC ? (scan.ah == 0 ? .dcFirst : .dcRefine) : (scan.ah == 0 ? .acFirst : .acRefine)
        let tables: [JPEGHuffmanTable]
        switch kind {
        case .dcFirst: tables = try scan.entries.map { try table(true, $0.dcTable, frame.components[$0.component], label) }
        case .dcRefine: tables = []
        case .acFirst, .acRefine: tables = [try table(false, scan.entries[0].acTable, frame.components[scan.entries[0].component], label)]
        }
        let store = coefficientStore(frame)
        var decoder = JPEGProgressiveDecoder(
            kind: kind, scan: scan, tables: tables, zigzag: JPEGLookupTables.shared.naturalOrder,
            coefficients: scan.entries.map { store.base($0.component) },
            blocksPerLine: scan.entries.map { frame.components[$0.component].blocksPerLine },
            blocksPerColumn: scan.entries.map { frame.components[$0.component].blocksPerColumn },
            predictions: [Int32](repeating: 0, count: scan.entries.count))
        return try JPEGScanWalker.walk(&decoder, scan: scan, frame: frame, data: data, start: dataStart, restartInterval: restartInterval)
    }
}
