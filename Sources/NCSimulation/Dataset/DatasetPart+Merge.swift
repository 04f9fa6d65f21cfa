extension DatasetPart {
    /// The parts of one sharded run combined into the part the unsharded run gives: the same
    /// identity and network, shape sums added, rows in list order. Every shard `1...n` must be
    /// present exactly once. `names[i]` names `parts[i]` in errors.
    public static func merged(_ parts: [DatasetPart], names: [String]) throws -> DatasetPart {
        guard let first = parts.first else { throw DatasetError.merge("no part files given") }
        let name = { (i: Int) in i < names.count ? names[i] : "part \(i + 1)" }
        for (i, p) in parts.enumerated().dropFirst() {
            if p.identity != first.identity {
                let field = differingField(first.identity, p.identity) ?? "identity"
                throw DatasetError.merge("\(name(i)) is not from the same run as \(name(0)): its \(field) differs")
            }
            if p.network != first.network {
                throw DatasetError.merge("\(name(i)) is not from the same run as \(name(0)): its network differs")
            }
            if p.shard.count != first.shard.count {
                throw DatasetError.merge("\(name(i)) is shard \(p.shard) and \(name(0)) is shard \(first.shard): the shard counts differ")
            }
        }
        let n = first.shard.count
        var byIndex = [Int: Int]()
        for (i, p) in parts.enumerated() {
            if let other = byIndex[p.shard.index] {
                throw DatasetError.merge("\(name(other)) and \(name(i)) are both shard \(p.shard)")
            }
            byIndex[p.shard.index] = i
        }
        let missing = (1...n).filter { byIndex[$0] == nil }
        guard missing.isEmpty else {
            let list = missing.prefix(10).map { "\($0)/\(n)" }.joined(separator: ", ") + (missing.count > 10 ? ", …" : "")
            throw DatasetError.merge("\(missing.count) of \(n) shards missing: \(list)")
        }
        var sums = [ShapeKey: ShapeSums]()
        var rows = [ImageRow]()
        for k in 1...n {
            guard let i = byIndex[k] else { continue }
            for s in parts[i].shapes {
                let key = ShapeKey(height: s.height, width: s.width)
                sums[key] = try sums[key].map { try $0.adding(s) } ?? s
            }
            rows += parts[i].images
        }
        let shapes = sums.sorted { ($0.key.height, $0.key.width) < ($1.key.height, $1.key.width) }.map(\.value)
        let merged = DatasetPart(identity: first.identity, shard: .whole, network: first.network, shapes: shapes, images: rows)
        do { try merged.validate() } catch let e as PartProblem { throw DatasetError.merge(e.message) }
        return merged
    }

    /// The first field in which two identities differ, by its JSON key.
    static func differingField(_ a: DatasetIdentity, _ b: DatasetIdentity) -> String? {
        let left = Mirror(reflecting: a).children, right = Array(Mirror(reflecting: b).children)
        for (k, child) in left.enumerated() where k < right.count && "\(child.value)" != "\(right[k].value)" {
            guard let label = child.label else { continue }
            return DatasetIdentity.CodingKeys.allCases.first { "\($0)" == label }?.stringValue ?? label
        }
        return nil
    }
}
