/// Reads Python pickles (protocols 0–5) as data, without executing anything.
///
/// ```swift
/// let value = try Pickle.load(bytes)          // e.g. .dict(["a": .list([.int(1)])])
/// ```
/// Class references and object constructions become `PickleValue.global` / `.object` records;
/// torch tensors and storages become references (see `PickleValue`). Errors name the opcode and
/// its offset; file-level callers add the path.
public enum Pickle {
    /// Decodes the pickle in `bytes`, enforcing `limits`.
    public static func load(_ bytes: UnsafeRawBufferPointer, limits: PickleLimits = .default) throws -> PickleValue {
        try PickleMachine(bytes, limits: limits).run()
    }

    /// Decodes the pickle in `bytes`, enforcing `limits`.
    public static func load(_ bytes: [UInt8], limits: PickleLimits = .default) throws -> PickleValue {
        try bytes.withUnsafeBytes { try load($0, limits: limits) }
    }
}
