/// Finds the known key a misspelt one was probably meant to be.
enum KeySuggestion {
    /// The known key closest to `key`: one that starts with it or that it starts with (an
    /// abbreviation such as `neuron_mem`), else the nearest within a small edit distance; ties go
    /// to the key listed first. Nil when nothing is similar.
    static func closest(to key: String, among known: [String]) -> String? {
        let lowered = key.lowercased()
        if lowered.count >= 3 {
            let prefixed = known.filter { $0.hasPrefix(lowered) || lowered.hasPrefix($0) }
            if let best = prefixed.min(by: { distance($0, lowered) < distance($1, lowered) }) { return best }
        }
        let limit = max(2, lowered.count / 3)
        var best: (key: String, distance: Int)?
        for candidate in known {
            let d = distance(candidate, lowered)
            if d <= limit, d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        return best?.key
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
