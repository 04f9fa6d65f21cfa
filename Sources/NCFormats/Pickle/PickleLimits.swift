/// Bounds the pickle reader enforces so that a hostile file fails with
/// `FormatError.limitExceeded` instead of exhausting memory or the call stack.
///
/// The defaults are far above what real checkpoints need (the SpikeYOLO-t checkpoint uses ~37,600
/// memo entries, nesting below 30 and ~200,000 items) and far below what would hurt the machine.
public struct PickleLimits: Sendable, Equatable {
    /// Most memo entries (`PUT`/`BINPUT`/`LONG_BINPUT`/`MEMOIZE`).
    public var maxMemoEntries: Int
    /// Most values on the machine's stack plus open `MARK`s at any time.
    public var maxStackDepth: Int
    /// Deepest nesting of containers and objects in the result; the decoded value is walked
    /// recursively, so this also bounds recursion depth.
    public var maxNesting: Int
    /// Most container elements, containers and objects created in total. The reader also caps
    /// this at 4 per input byte plus 65,536 (real pickles make fewer than one per byte), so that
    /// calls copying a sequence cannot be repeated to allocate far beyond the file's size.
    public var maxItems: Int
    /// Most string and bytes payload decoded in total, in bytes; also capped at 4 per input
    /// byte plus 1 MiB.
    public var maxBytes: Int
    /// Longest decimal integer in the text opcodes (`INT`, `LONG`); Python's own default limit.
    public var maxDecimalDigits: Int

    /// Limits with the given values; omitted ones take the defaults.
    public init(
        maxMemoEntries: Int = 1 << 22, maxStackDepth: Int = 1 << 20, maxNesting: Int = 500,
        maxItems: Int = 1 << 26, maxBytes: Int = 1 << 32, maxDecimalDigits: Int = 4300
    ) {
        self.maxMemoEntries = maxMemoEntries
        self.maxStackDepth = maxStackDepth
        self.maxNesting = maxNesting
        self.maxItems = maxItems
        self.maxBytes = maxBytes
        self.maxDecimalDigits = maxDecimalDigits
    }

    /// The default limits.
    public static let `default` = PickleLimits()
}
