extension HardwareSection {
    /// The components as (quantity, value, unit) rows, shared by the terminal and HTML tables;
    /// `count` writes a count in the renderer's style.
    func componentRows(count: (Int) -> String) -> [(String, String, String)] {
        guard let c = components else { return [] }
        var rows: [(String, String, String)] = [
            ("schedule", "", c.schedule),
            ("mapping", "", "\(c.mappingStrategy), \(mappingMode)"),
            ("segments", count(c.segments), "groups of layers on the chip together"),
            ("weights", "", c.weightStorage + (c.skipZeroWeights ? ", non-zero only" : "")),
            ("spike packets", "", c.spikePackets),
            ("cores holding tiles", count(c.occupiedCores), "of \(meshWidth * meshHeight)"),
            ("cores leaking", count(c.leakingCores), "cores"),
        ]
        if c.skipZeroWeights { rows.append(("SOPs skipped", count(c.skippedSOPs), "zero weights")) }
        if let wait = noc.meanQueueWaitCycles { rows.append(("mean queue wait", ReportFormat.decimal(wait), "cycles per packet")) }
        return rows
    }
}
