/// NumPy text scalars: a 0-d (or one-element) array of dtype `<U n` (UTF-32 code points, what
/// `numpy.savez(..., key=json.dumps(x))` stores for a Python `str`) or `|S n` (bytes, read as
/// UTF-8). `Tensor` holds numbers only, so text has its own small reader.
public enum NpyText {
    /// The most characters a text scalar may hold (a guard against absurd headers).
    public static let maximumCharacters = 1 << 20

    /// Reads the single string of a `.npy` image held in memory; trailing NULs (NumPy's padding
    /// of fixed-width strings) are dropped.
    public static func read(bytes: UnsafeRawBufferPointer) throws -> String {
        let dict = try NpyHeader.Dict(parsing: bytes)
        guard case .string(let descr) = dict.descr else {
            throw FormatError.malformed("npy dtype is not a string type (expected <U n or |S n)")
        }
        guard dict.shape.allSatisfy({ $0 == 1 }) else {
            throw FormatError.malformed("npy text array has shape \(NpyHeader.pythonTuple(dict.shape)), expected one string")
        }
        let (unitBytes, bigEndian, count) = try layout(descr: descr)
        let size = unitBytes * count
        let available = bytes.count - dict.dataOffset
        guard available >= size else {
            throw FormatError.truncated("npy data holds \(available) bytes but '\(descr)' needs \(size)")
        }
        guard available == size else {
            throw FormatError.malformed("npy file has \(available - size) bytes after the \(size) bytes of '\(descr)'")
        }
        let data = UnsafeRawBufferPointer(rebasing: bytes[dict.dataOffset...])
        if unitBytes == 1 {
            let text = Array(data.prefix { $0 != 0 })
            guard let s = String(validating: text, as: UTF8.self) else {
                throw FormatError.malformed("npy byte string '\(descr)' is not valid UTF-8")
            }
            return s
        }
        var scalars = String.UnicodeScalarView()
        for k in 0..<count {
            var v: UInt32 = 0
            for j in 0..<4 {
                let byte = UInt32(data[k * 4 + (bigEndian ? 3 - j : j)])
                v |= byte << (8 * UInt32(j))
            }
            if v == 0 { break }
            guard let scalar = Unicode.Scalar(v) else {
                throw FormatError.malformed("npy unicode string holds the invalid code point \(v) at character \(k)")
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Bytes per character, byte order and characters of a `<U n`, `>U n` or `|S n` descr.
    static func layout(descr: String) throws -> (unitBytes: Int, bigEndian: Bool, count: Int) {
        let chars = Array(descr)
        guard chars.count >= 3, let n = Int(String(chars[2...])), n >= 0 else {
            throw FormatError.unsupported("npy dtype '\(descr)' is not a text type (expected <U n or |S n)")
        }
        guard n <= maximumCharacters else {
            throw FormatError.limitExceeded("npy text of \(n) characters (limit \(maximumCharacters))")
        }
        switch (chars[0], chars[1]) {
        case ("<", "U"): return (4, false, n)
        case (">", "U"): return (4, true, n)
        case ("|", "S"): return (1, false, n)
        default:
            throw FormatError.unsupported("npy dtype '\(descr)' is not a text type (expected <U n or |S n)")
        }
    }
}

extension NpzArchive {
    /// Decodes the text scalar called `name` (`NpyText`). Errors name the file and the member.
    public func text(named name: String) throws -> String {
        // A header (at most 1 MiB) and at most `maximumCharacters` UTF-32 code points.
        let limit = NpyHeader.maxHeaderLength + 16 + 4 * NpyText.maximumCharacters
        return try withMember(named: name, maxBytes: limit) { try NpyText.read(bytes: $0) }
    }
}
