/// Fixed-width hexadecimal text for error messages (`0x1f`, `0x0000abcd`).
enum Hex {
    /// Two hex digits, no prefix.
    static func byte(_ v: UInt8) -> String { padded(UInt64(v), 2) }

    /// `0x` and eight hex digits.
    static func word(_ v: UInt32) -> String { "0x" + padded(UInt64(v), 8) }

    private static func padded(_ v: UInt64, _ digits: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }
}
