extension FiringRates {
    /// The rates as a JSON object in their order (`{"model.2.Conv.lif1": 0.42, ...}`), every
    /// value in its shortest round-trip form: what `FiringRates(parsing:)` and so
    /// `estimate --firing-rates` read back exactly.
    public var jsonText: String {
        guard !rates.isEmpty else { return "{}\n" }
        let lines = rates.map { name, rate in
            let key = name.unicodeScalars.map { $0 == "\"" || $0 == "\\" ? "\\" + String($0) : String($0) }.joined()
            return "  \"\(key)\": \(rate.isFinite ? "\(rate)" : "0")"
        }
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }
}
