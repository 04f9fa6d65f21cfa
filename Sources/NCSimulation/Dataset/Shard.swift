/// One of `count` deterministic slices of a dataset's image list (`--shard index/count`,
/// 1-based): images `⌊(index − 1)·N / count⌋ ..< ⌊index·N / count⌋` of the sorted list. Every
/// image belongs to exactly one shard, and the slices depend only on N and `count`.
public struct Shard: Sendable, Equatable, Codable, CustomStringConvertible {
    /// Which slice, 1...count.
    public var index: Int
    /// How many slices.
    public var count: Int

    /// Most shards: 1,000,000.
    public static let maxCount = 1_000_000

    /// The whole dataset.
    public static let whole = Shard(uncheckedIndex: 1, count: 1)

    /// Shard `index` of `count`; both checked.
    public init(index: Int, count: Int) throws {
        guard count >= 1, count <= Shard.maxCount else { throw DatasetError.shard("the shard count must be in 1...\(Shard.maxCount), got \(count)") }
        guard index >= 1, index <= count else { throw DatasetError.shard("shard \(index) of \(count): the index must be in 1...\(count) (1-based)") }
        self.index = index
        self.count = count
    }

    init(uncheckedIndex index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `i/n` (1-based, as `--shard 2/3`).
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else {
            throw DatasetError.shard("expected i/n with 1 ≤ i ≤ n (for example 2/3), got '\(text)'")
        }
        try self.init(index: i, count: n)
    }

    /// The positions of this shard's images in a list of `total`.
    public func range(total: Int) -> Range<Int> {
        // 128-bit-free: total ≤ Dataset.maxImages and count ≤ maxCount keep the products small.
        ((index - 1) * total / count)..<(index * total / count)
    }

    /// `i/n`.
    public var description: String { "\(index)/\(count)" }
}
