/// Synaptic operations of a run under the conventions different tools use for integer
/// (non-binary) spikes, so a report can show all of them side by side with why they differ.
public struct SOPCounts: Sendable, Equatable {
    /// The authors' value-weighted count: `Σ MACs * fr * T` (assumes every input has the full
    /// fan-out, so it over-counts at borders).
    public var valueWeighted: Double
    /// Counted from the delivered events: each input's integer spike times its real fan-out,
    /// borders included. What an event-driven chip performs. Nil without a run (`estimate`).
    public var eventExact: Int?
    /// NeuroBench: each non-zero input counts once times its fan-out, whatever its value, because
    /// inputs are not binary. Nil without a run.
    public var neuroBench: Int?
    /// syops: non-binary inputs make a layer dense, so every MAC counts.
    public var syops: Int

    /// Counts.
    public init(valueWeighted: Double, eventExact: Int?, neuroBench: Int?, syops: Int) {
        self.valueWeighted = valueWeighted
        self.eventExact = eventExact
        self.neuroBench = neuroBench
        self.syops = syops
    }

    /// `(key, count, one line on why)` for each convention, in a fixed order.
    public var labelled: [(name: String, sops: Double, note: String)] {
        var all: [(String, Double?, String)] = [
            ("value_weighted", valueWeighted,
             "authors' convention: MACs x mean integer rate; ignores border effects, so it exceeds the events at map edges"),
            ("event_exact", eventExact.map(Double.init),
             "counted from delivered events: integer spike s is s binary events, each reaching its real fan-out (borders included)"),
            ("neurobench", neuroBench.map(Double.init),
             "NeuroBench: a non-zero input counts once per synapse whatever its value, so multi-level spikes are under-counted"),
            ("syops", Double(syops),
             "syops: non-binary inputs are treated as dense, so every MAC of a spiking layer counts"),
        ]
        all = all.filter { $0.1 != nil }
        return all.map { ($0.0, $0.1 ?? 0, $0.2) }
    }
}
