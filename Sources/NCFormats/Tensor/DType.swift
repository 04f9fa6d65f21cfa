/// Element types a tensor file can hold.
public enum DType: String, CaseIterable, Sendable, Codable {
    case float16 = "f16"
    case bfloat16 = "bf16"
    case float32 = "f32"
    case float64 = "f64"
    case int64 = "i64"
    case int32 = "i32"
    case int16 = "i16"
    case int8 = "i8"
    case uint8 = "u8"
    case bool = "bool"

    /// Bytes per element.
    public var size: Int {
        switch self {
        case .float64, .int64: return 8
        case .float32, .int32: return 4
        case .float16, .bfloat16, .int16: return 2
        case .int8, .uint8, .bool: return 1
        }
    }

    /// Whether the type holds floating-point values.
    public var isFloatingPoint: Bool {
        switch self {
        case .float16, .bfloat16, .float32, .float64: return true
        default: return false
        }
    }
}
