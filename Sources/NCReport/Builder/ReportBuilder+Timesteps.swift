import NCSimulation

extension ReportBuilder {
    /// Copies the outcome's per-timestep figures into `per_timestep[]` and every neuron row's
    /// `per_timestep[]` (left absent when the outcome has none, as for an estimate).
    static func addTimesteps(_ o: Outcome, to report: inout Report) {
        guard !o.timesteps.isEmpty else { return }
        report.perTimestep = o.timesteps.enumerated().map { t, f in
            TimestepRow(timestep: t, spikes: f.spikes, sops: f.sops, paperMillijoules: f.paperMillijoules,
                        hardwareMillijoules: f.chipMillijoules, cycles: f.cycles)
        }
        guard var neurons = report.neurons, neurons.count == o.populations.count else { return }
        for (p, population) in o.populations.enumerated() {
            let energy = p < o.populationTimestepMillijoules.count ? o.populationTimestepMillijoules[p] : []
            neurons[p].perTimestep = population.perTimestep.enumerated().map { t, s in
                NeuronTimestep(spikes: s.spikes, histogram: s.histogram, paperMillijoules: t < energy.count ? energy[t] : nil)
            }
        }
        report.neurons = neurons
    }
}
