/// Reading opcode arguments: fixed-width integers, length-prefixed payloads and the
/// newline-terminated text arguments of protocol 0.
extension PickleMachine {
    @inline(__always) func u8() throws -> UInt8 {
        guard pos < bytes.count else { throw argumentTruncated(1) }
        defer { pos += 1 }
        return bytes[pos]
    }

    @inline(__always) func le16() throws -> UInt16 {
        guard bytes.count - pos >= 2 else { throw argumentTruncated(2) }
        defer { pos += 2 }
        return UInt16(bytes[pos]) | UInt16(bytes[pos + 1]) << 8
    }

    @inline(__always) func le32() throws -> UInt32 {
        guard bytes.count - pos >= 4 else { throw argumentTruncated(4) }
        defer { pos += 4 }
        return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: pos, as: UInt32.self))
    }

    func le64() throws -> UInt64 {
        guard bytes.count - pos >= 8 else { throw argumentTruncated(8) }
        defer { pos += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: pos, as: UInt64.self))
    }

    func be64() throws -> UInt64 {
        guard bytes.count - pos >= 8 else { throw argumentTruncated(8) }
        defer { pos += 8 }
        return UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: pos, as: UInt64.self))
    }

    private func argumentTruncated(_ n: Int) -> FormatError {
        fail(truncated: "needs \(n) argument bytes, only \(bytes.count - pos) remain")
    }

    /// The next `count` bytes of a length-prefixed argument, checked against the input left and
    /// the payload budget before anything is allocated.
    func payload(_ count: UInt64) throws -> UnsafeRawBufferPointer {
        let remaining = bytes.count - pos
        guard count <= UInt64(remaining) else {
            throw FormatError.limitExceeded(
                "pickle \(op.name) at offset \(opOffset) declares \(count) bytes but only \(remaining) remain")
        }
        let n = Int(count)
        payloadBytes += n
        guard payloadBytes <= maxBytes else { throw tooManyBytes() }
        defer { pos += n }
        return UnsafeRawBufferPointer(rebasing: bytes[pos..<(pos + n)])
    }

    /// UTF-8 text; invalid sequences (Python's lone surrogates) become U+FFFD.
    func utf8(_ raw: UnsafeRawBufferPointer) -> String {
        String(decoding: raw, as: UTF8.self)
    }

    /// A Python 2 `str`: text when it is valid UTF-8 (as `torch.load` decodes it), else bytes.
    func legacyString(_ raw: UnsafeRawBufferPointer) -> PickleValue {
        if let s = String(validating: raw, as: UTF8.self) { return .string(s) }
        return .bytes(Array(raw))
    }

    // MARK: - Protocol 0 text arguments

    /// The bytes up to the next newline (exclusive); the cursor moves past the newline.
    func lineBytes(_ what: String) throws -> UnsafeRawBufferPointer {
        var end = pos
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        guard end < bytes.count else { throw fail(truncated: "\(what) has no terminating newline") }
        let line = UnsafeRawBufferPointer(rebasing: bytes[pos..<end])
        payloadBytes += line.count
        guard payloadBytes <= maxBytes else { throw tooManyBytes() }
        pos = end + 1
        return line
    }

    /// A newline-terminated UTF-8 argument (module and class names, persistent ids).
    func textLine(_ what: String) throws -> String {
        utf8(try lineBytes(what))
    }

    /// A decimal argument, bounded like Python's `int()` so conversion cannot take quadratic time.
    private func decimal(_ what: String, stripL: Bool = false) throws -> Substring {
        let line = try lineBytes(what)
        guard line.count <= limits.maxDecimalDigits + 2 else {
            throw FormatError.limitExceeded(
                "pickle \(op.name) at offset \(opOffset) has a \(line.count)-digit integer (limit \(limits.maxDecimalDigits))")
        }
        var text = Substring(String(decoding: line, as: UTF8.self).trimmingWhitespace())
        if stripL, text.hasSuffix("L") { text = text.dropLast() }
        return text
    }

    /// `INT`: a decimal integer, or `00`/`01` for False/True.
    func textInt() throws -> PickleValue {
        let text = try decimal("integer")
        if text == "00" { return .bool(false) }
        if text == "01" { return .bool(true) }
        guard let v = PickleBigInt.parseDecimal(text) else { throw fail("has a malformed integer \"\(text.prefix(40))\"") }
        return v
    }

    /// `LONG`: a decimal integer with an optional trailing `L`.
    func textLong() throws -> PickleValue {
        let text = try decimal("integer", stripL: true)
        guard let v = PickleBigInt.parseDecimal(text) else { throw fail("has a malformed integer \"\(text.prefix(40))\"") }
        return v
    }

    /// A memo index of `GET`/`PUT`.
    func textIndex() throws -> Int {
        let text = try decimal("memo index")
        guard let v = Int(text), v >= 0 else { throw fail("has a malformed memo index \"\(text.prefix(40))\"") }
        return v
    }

    /// `LONG1`/`LONG4`: two's-complement little-endian bytes.
    func binaryLong(_ count: Int) throws -> PickleValue {
        let raw = try payload(UInt64(count))
        if count == 0 { return .int(0) }
        let big = PickleBigInt(twosComplement: Array(raw))
        if let v = big.int64Value { return .int(v) }
        return .bigInt(big)
    }

    /// `FLOAT`: Python's `repr` of a float.
    func textFloat() throws -> Double {
        let line = try lineBytes("float")
        let text = String(decoding: line, as: UTF8.self).trimmingWhitespace()
        guard line.count <= 400, let v = Double(text) else { throw fail("has a malformed float \"\(text.prefix(40))\"") }
        return v
    }

    /// `STRING`: a quoted Python 2 string literal with backslash escapes.
    func textString() throws -> PickleValue {
        let line = Array(try lineBytes("string"))
        guard line.count >= 2, let q = line.first, q == line.last, q == 0x27 || q == 0x22 else {
            throw fail("argument must be quoted")
        }
        var out = [UInt8]()
        out.reserveCapacity(line.count)
        var i = 1
        let end = line.count - 1
        func hexDigit(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: return c - 0x30
            case 0x61...0x66: return c - 0x61 + 10
            case 0x41...0x46: return c - 0x41 + 10
            default: return nil
            }
        }
        while i < end {
            let c = line[i]
            i += 1
            guard c == 0x5C, i < end else {
                out.append(c)
                continue
            }
            let e = line[i]
            i += 1
            switch e {
            case 0x6E: out.append(0x0A)  // \n
            case 0x72: out.append(0x0D)  // \r
            case 0x74: out.append(0x09)  // \t
            case 0x61: out.append(0x07)  // \a
            case 0x62: out.append(0x08)  // \b
            case 0x66: out.append(0x0C)  // \f
            case 0x76: out.append(0x0B)  // \v
            case 0x5C, 0x27, 0x22: out.append(e)
            case 0x78:  // \xhh
                guard i + 1 < end, let h = hexDigit(line[i]), let l = hexDigit(line[i + 1]) else {
                    throw fail("has an invalid \\x escape")
                }
                out.append(h << 4 | l)
                i += 2
            case 0x30...0x37:  // up to three octal digits
                var v = Int(e - 0x30)
                var k = 0
                while k < 2, i < end, (0x30...0x37).contains(line[i]) {
                    v = v * 8 + Int(line[i] - 0x30)
                    i += 1
                    k += 1
                }
                out.append(UInt8(truncatingIfNeeded: v))
            default:
                out.append(0x5C)  // unknown escapes keep their backslash, as Python does
                out.append(e)
            }
        }
        return out.withUnsafeBytes { legacyString($0) }
    }

    /// `UNICODE`: raw-unicode-escape text: Latin-1 bytes plus `\uXXXX` and `\UXXXXXXXX` escapes.
    func textUnicode() throws -> String {
        let line = try lineBytes("unicode string")
        var scalars = String.UnicodeScalarView()
        var i = 0
        while i < line.count {
            let c = line[i]
            if c == 0x5C, i + 1 < line.count, line[i + 1] == 0x75 || line[i + 1] == 0x55 {
                let width = line[i + 1] == 0x75 ? 4 : 8
                guard i + 2 + width <= line.count,
                    let code = UInt32(String(decoding: UnsafeRawBufferPointer(rebasing: line[(i + 2)..<(i + 2 + width)]), as: UTF8.self), radix: 16)
                else { throw fail("has a truncated \\u escape") }
                scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                i += 2 + width
            } else {
                scalars.append(Unicode.Scalar(c))
                i += 1
            }
        }
        return String(scalars)
    }
}

extension String {
    /// The string without leading and trailing ASCII whitespace (Foundation-free).
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
