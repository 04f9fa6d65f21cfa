/// A read-only zip archive over a memory-mapped file: the central directory (including ZIP64
/// end records and extra fields) is parsed once; stored entries are handed out as views into the
/// mapping without copying; deflated entries are inflated on request.
///
/// Sizes always come from the central directory, because writers such as `torch.save` put zeros
/// in the local headers and the real sizes in data descriptors after the data.
public final class ZipArchive: @unchecked Sendable {
    /// The mapped file.
    public let file: MappedFile
    /// Entries in central-directory order.
    public let entries: [ZipEntry]
    /// Whether ZIP64 end records were used.
    public let isZip64: Bool
    private let index: [String: Int]

    /// Opens and parses the archive at `path`. Errors name the file.
    public convenience init(path: String) throws {
        try self.init(file: MappedFile(path: path))
    }

    /// Parses the archive held in `file`. Errors name the file.
    public init(file: MappedFile) throws {
        self.file = file
        let parsed = try FormatError.attaching(file.path) {
            try file.withBytes { try ZipArchive.parseDirectory($0) }
        }
        entries = parsed.entries
        isZip64 = parsed.zip64
        var index = [String: Int]()
        for (i, e) in parsed.entries.enumerated() where index[e.name] == nil { index[e.name] = i }
        self.index = index
    }

    /// The entry called `name`, if present.
    public func entry(named name: String) -> ZipEntry? {
        index[name].map { entries[$0] }
    }

    /// Calls `body` with the decompressed bytes of `entry`, after checking its CRC-32 when
    /// `verify` is true. Stored entries are not copied. Errors name the file and the entry.
    public func withContents<R>(
        of entry: ZipEntry, verify: Bool = true, maxInflatedSize: Int = 1 << 34,
        _ body: (UnsafeRawBufferPointer) throws -> R
    ) throws -> R {
        let data: [UInt8]? = try FormatError.attaching(file.path) { () -> [UInt8]? in
            guard !entry.isEncrypted else {
                throw FormatError.unsupported("entry \(entry.name) is encrypted")
            }
            switch entry.method {
            case .stored:
                guard entry.compressedSize == entry.uncompressedSize else {
                    throw FormatError.malformed(
                        "stored entry \(entry.name) has compressed size \(entry.compressedSize) but size \(entry.uncompressedSize)")
                }
                return nil
            case .deflated:
                guard entry.uncompressedSize <= maxInflatedSize else {
                    throw FormatError.limitExceeded(
                        "entry \(entry.name) claims \(entry.uncompressedSize) bytes uncompressed (limit \(maxInflatedSize))")
                }
                return try file.withBytes { all in
                    let raw = UnsafeRawBufferPointer(
                        rebasing: all[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)])
                    do {
                        return try Inflate.decompress(raw, expectedSize: entry.uncompressedSize)
                    } catch let e as FormatError {
                        throw FormatError.malformed("entry \(entry.name): cannot inflate: \(e.problem)")
                    }
                }
            case .other(let m):
                throw FormatError.unsupported("entry \(entry.name) uses compression method \(m)")
            }
        }
        return try file.withBytes { all -> R in
            if let data {
                return try data.withUnsafeBytes { bytes in
                    try check(entry, bytes, verify)
                    return try body(bytes)
                }
            }
            let bytes = UnsafeRawBufferPointer(
                rebasing: all[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)])
            try check(entry, bytes, verify)
            return try body(bytes)
        }
    }

    /// Checks every entry: its data decompresses to the size the central directory gives and
    /// matches its CRC-32. Stored entries are checked in place (CRC-32 runs at gigabytes per
    /// second); deflated ones are inflated once, up to `maxInflatedSize` bytes each.
    public func verifyEntries(maxInflatedSize: Int = 1 << 34) throws {
        for entry in entries {
            try withContents(of: entry, verify: true, maxInflatedSize: maxInflatedSize) { _ in }
        }
    }

    /// The decompressed bytes of `entry`, copied into an array.
    public func contents(of entry: ZipEntry, verify: Bool = true) throws -> [UInt8] {
        try withContents(of: entry, verify: verify) { Array($0) }
    }

    private func check(_ entry: ZipEntry, _ bytes: UnsafeRawBufferPointer, _ verify: Bool) throws {
        guard bytes.count == entry.uncompressedSize else {
            throw FormatError.inFile(
                path: file.path,
                .malformed("entry \(entry.name) holds \(bytes.count) bytes but the directory says \(entry.uncompressedSize)"))
        }
        if verify {
            let crc = CRC32.checksum(bytes)
            guard crc == entry.crc32 else {
                throw FormatError.inFile(
                    path: file.path,
                    .malformed(
                        "entry \(entry.name) fails its CRC-32 check (stored \(Hex.word(entry.crc32)), computed \(Hex.word(crc)))"))
            }
        }
    }
}


extension ZipArchive {
    static let eocdSignature: UInt32 = 0x0605_4B50
    static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    static let zip64EOCDSignature: UInt32 = 0x0606_4B50
    static let centralSignature: UInt32 = 0x0201_4B50
    static let localSignature: UInt32 = 0x0403_4B50

    static func parseDirectory(_ bytes: UnsafeRawBufferPointer) throws -> (entries: [ZipEntry], zip64: Bool) {
        let eocd = try findEndOfCentralDirectory(bytes)
        var r = ByteReader(bytes, offset: eocd + 4, context: "zip end of central directory")
        let disk = try r.le(UInt16.self, "disk number")
        let cdDisk = try r.le(UInt16.self, "central directory disk")
        _ = try r.le(UInt16.self, "entries on this disk")
        var count = Int(try r.le(UInt16.self, "entry count"))
        var cdSize = Int(try r.le(UInt32.self, "central directory size"))
        var cdOffset = Int(try r.le(UInt32.self, "central directory offset"))
        guard disk == 0 || disk == 0xFFFF, cdDisk == 0 || cdDisk == 0xFFFF else {
            throw FormatError.unsupported("multi-disk zip archives")
        }

        // A ZIP64 locator sits immediately before the classic end record.
        var zip64 = false
        if eocd >= 20 {
            var l = ByteReader(bytes, offset: eocd - 20, context: "zip64 end locator")
            if try l.le(UInt32.self) == zip64LocatorSignature {
                zip64 = true
                _ = try l.le(UInt32.self, "zip64 end disk")
                let recordOffset = try l.le(UInt64.self, "zip64 end record offset")
                guard recordOffset < UInt64(eocd) else {
                    throw FormatError.malformed("zip64 end record offset \(recordOffset) lies past the end records")
                }
                var z = ByteReader(bytes, offset: Int(recordOffset), context: "zip64 end record")
                guard try z.le(UInt32.self, "signature") == zip64EOCDSignature else {
                    throw FormatError.malformed("zip64 end record signature missing at offset \(recordOffset)")
                }
                _ = try z.le(UInt64.self, "record size")
                _ = try z.le(UInt16.self, "version made by")
                _ = try z.le(UInt16.self, "version needed")
                _ = try z.le(UInt32.self, "disk number")
                _ = try z.le(UInt32.self, "central directory disk")
                _ = try z.le(UInt64.self, "entries on this disk")
                let c64 = try z.le(UInt64.self, "entry count")
                let s64 = try z.le(UInt64.self, "central directory size")
                let o64 = try z.le(UInt64.self, "central directory offset")
                guard c64 <= UInt64(bytes.count), s64 <= UInt64(bytes.count), o64 <= UInt64(bytes.count) else {
                    throw FormatError.malformed("zip64 end record describes a directory larger than the file")
                }
                count = Int(c64)
                cdSize = Int(s64)
                cdOffset = Int(o64)
            }
        }
        guard cdOffset <= bytes.count, cdSize <= bytes.count - cdOffset else {
            throw FormatError.truncated(
                "central directory (offset \(cdOffset), \(cdSize) bytes) extends past the end of the \(bytes.count)-byte file")
        }
        // Each central record is at least 46 bytes: a count the directory cannot hold is a lie.
        guard count <= cdSize / 46 + 1 else {
            throw FormatError.malformed("zip claims \(count) entries but its central directory has only \(cdSize) bytes")
        }

        var entries = [ZipEntry]()
        entries.reserveCapacity(count)
        var c = ByteReader(bytes, offset: cdOffset, context: "zip central directory")
        var seen = Set<String>()
        for i in 0..<count {
            guard try c.le(UInt32.self, "entry \(i) signature") == centralSignature else {
                throw FormatError.malformed("central directory entry \(i) has a bad signature at offset \(c.offset - 4)")
            }
            _ = try c.le(UInt16.self, "version made by")
            let central = try ZipFileHeader(&c)
            var csize = UInt64(central.compressedSize)
            var usize = UInt64(central.size)
            let commentLength = Int(try c.le(UInt16.self, "comment length"))
            _ = try c.le(UInt16.self, "disk start")
            _ = try c.le(UInt16.self, "internal attributes")
            _ = try c.le(UInt32.self, "external attributes")
            var localOffset = UInt64(try c.le(UInt32.self, "local header offset"))
            let nameBytes = try c.slice(central.nameLength, "entry \(i) name")
            let extra = try c.slice(central.extraLength, "entry \(i) extra field")
            _ = try c.slice(commentLength, "entry \(i) comment")
            guard let name = String(validating: nameBytes, as: UTF8.self) else {
                throw FormatError.malformed("central directory entry \(i) has a name that is not UTF-8")
            }

            // ZIP64 extended information: only the fields whose 32-bit slot is saturated appear.
            var e = ByteReader(extra, context: "zip extra field of \(name)")
            while e.remaining >= 4 {
                let tag = try e.le(UInt16.self)
                let size = Int(try e.le(UInt16.self))
                var field = ByteReader(try e.slice(size, "extra field 0x\(String(tag, radix: 16))"), context: "zip64 extra field of \(name)")
                if tag == 0x0001 {
                    if usize == 0xFFFF_FFFF { usize = try field.le(UInt64.self, "uncompressed size") }
                    if csize == 0xFFFF_FFFF { csize = try field.le(UInt64.self, "compressed size") }
                    if localOffset == 0xFFFF_FFFF { localOffset = try field.le(UInt64.self, "local header offset") }
                }
            }
            guard csize <= UInt64(bytes.count), localOffset <= UInt64(bytes.count) else {
                throw FormatError.malformed("entry \(name) claims \(csize) bytes at offset \(localOffset) in a \(bytes.count)-byte file")
            }
            // An inflated size is bounded by deflate's best ratio (1032:1); anything above is a lie.
            let method: ZipEntry.Method =
                central.method == 0 ? .stored : central.method == 8 ? .deflated : .other(central.method)
            guard usize <= max(csize, 1) &* 1032 || method != .deflated else {
                throw FormatError.malformed("entry \(name) claims to inflate \(csize) bytes into \(usize)")
            }

            let shown = TextElision.middle(name)
            var l = ByteReader(bytes, offset: Int(localOffset), context: "zip local header of \(shown)")
            guard try l.le(UInt32.self, "signature") == localSignature else {
                throw FormatError.malformed("entry \(shown) has no local header at offset \(localOffset)")
            }
            // The local header repeats the central record: a copy that disagrees is damage the
            // entry's CRC would not see (the CRC covers only the data).
            let local = try ZipFileHeader(&l)
            let localNameBytes = try l.slice(local.nameLength, "local name of \(shown)")
            // With a data descriptor (flag bit 3) the local CRC and sizes may be zeros; 0xFFFFFFFF
            // sizes live in the ZIP64 extra field.
            let hasDescriptor = central.flags & 8 != 0
            func agrees(_ localValue: UInt32, _ centralValue: UInt64) -> Bool {
                localValue == 0xFFFF_FFFF || UInt64(localValue) == centralValue || (hasDescriptor && localValue == 0)
            }
            guard local.flags == central.flags, local.method == central.method, local.modified == central.modified,
                localNameBytes.elementsEqual(nameBytes), local.crc == central.crc || (hasDescriptor && local.crc == 0),
                agrees(local.compressedSize, csize), agrees(local.size, usize)
            else {
                throw FormatError.malformed("entry \(shown): its local header disagrees with the central directory")
            }
            let dataOffset = Int(localOffset) + 30 + local.nameLength + local.extraLength
            guard dataOffset <= bytes.count, Int(csize) <= bytes.count - dataOffset else {
                throw FormatError.truncated(
                    "entry \(shown) needs \(csize) bytes at offset \(dataOffset), the file has \(bytes.count)")
            }
            if hasDescriptor {
                // torch.save writes zeros in the local header and the CRC and sizes in a data
                // descriptor after the data: that copy must agree too.
                guard descriptorAgrees(bytes, at: dataOffset + Int(csize), crc: central.crc, compressed: csize, size: usize) else {
                    throw FormatError.malformed("entry \(shown): its data descriptor disagrees with the central directory")
                }
            }
            guard seen.insert(name).inserted else {
                throw FormatError.malformed("entry name \(shown) appears twice")
            }
            entries.append(
                ZipEntry(
                    name: name, method: method, compressedSize: Int(csize),
                    uncompressedSize: Int(usize), crc32: central.crc, localHeaderOffset: Int(localOffset),
                    dataOffset: dataOffset, isEncrypted: central.flags & 1 != 0))
        }
        return (entries, zip64)
    }

    /// Whether the data descriptor at `offset` (optional signature, CRC-32, then both sizes in 4
    /// or, for ZIP64, 8 bytes) holds `crc`, `compressed` and `size`.
    static func descriptorAgrees(_ bytes: UnsafeRawBufferPointer, at offset: Int, crc: UInt32, compressed: UInt64, size: UInt64) -> Bool {
        var r = ByteReader(bytes, offset: offset, context: "data descriptor")
        guard var first = try? r.le(UInt32.self) else { return false }
        if first == 0x0807_4B50 { guard let next = try? r.le(UInt32.self) else { return false }; first = next }
        guard first == crc else { return false }
        let start = r.offset
        if let c = try? r.le(UInt32.self), let u = try? r.le(UInt32.self), UInt64(c) == compressed, UInt64(u) == size {
            return true
        }
        var wide = ByteReader(bytes, offset: start, context: "data descriptor")
        guard let c = try? wide.le(UInt64.self), let u = try? wide.le(UInt64.self) else { return false }
        return c == compressed && u == size
    }

    /// Scans backwards for the end record; a trailing archive comment can be up to 65,535 bytes.
    static func findEndOfCentralDirectory(_ bytes: UnsafeRawBufferPointer) throws -> Int {
        guard bytes.count >= 22 else {
            throw FormatError.truncated("file of \(bytes.count) bytes is too short to be a zip archive")
        }
        let lowest = max(0, bytes.count - 22 - 65_535)
        var i = bytes.count - 22
        while i >= lowest {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x05, bytes[i + 3] == 0x06 {
                let commentLength = Int(bytes[i + 20]) | Int(bytes[i + 21]) << 8
                if i + 22 + commentLength == bytes.count { return i }
            }
            i -= 1
        }
        throw FormatError.malformed("no zip end-of-central-directory record (not a zip archive, or truncated)")
    }
}
