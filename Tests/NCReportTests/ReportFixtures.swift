@testable import NCReport

/// Reports built by hand for the renderer tests: a small chip run with every section, a
/// `run`-style report without hardware or detections, a 100-layer synthetic one, and one whose
/// names are hostile to HTML, SVG and CSV.
enum ReportFixtures {
    /// Three layers, two populations, a 2×2 mesh (4 cores), detections, hardware and energy.
    static func small() -> Report {
        let layers = [
            LayerRow(name: "model.0.Conv.conv", kind: "encoding", inChannels: 3, outChannels: 16, kernel: 3, stride: 2,
                     groups: 1, outHeight: 160, outWidth: 160, macs: 11_059_200, sops: 0, inputRate: nil, events: 0,
                     cycles: 40_000, cores: 1, energyMillijoules: ["encoder_mac": 0.05, "leakage": 0.01]),
            LayerRow(name: "model.1.Conv.lif_conv", kind: "spiking", inChannels: 16, outChannels: 32, kernel: 3,
                     stride: 2, groups: 1, outHeight: 80, outWidth: 80, macs: 29_491_200, sops: 5_898_240,
                     inputRate: 0.2, events: 409_600, cycles: 600_000, cores: 2,
                     energyMillijoules: ["accumulate": 0.0123, "synaptic_read": 0.0045, "noc": 0.002, "leakage": 0.01]),
            LayerRow(name: "model.2.C2f.cv1", kind: "spiking", inChannels: 32, outChannels: 32, kernel: 1, stride: 1,
                     groups: 1, outHeight: 80, outWidth: 80, macs: 6_553_600, sops: 983_040, inputRate: 0.15,
                     events: 1_024_000, cycles: 594_500, cores: 1,
                     energyMillijoules: ["accumulate": 0.0021, "synaptic_read": 0.0008, "noc": 0.0004, "leakage": 0.005]),
        ]
        let neurons = [
            NeuronRow(name: "model.0.Conv.lif", count: 409_600, spikes: 81_920,
                      histogram: [345_000, 48_000, 12_000, 3_000, 1_600], rate: 0.2),
            NeuronRow(name: "model.1.Conv.lif", count: 204_800, spikes: 30_720,
                      histogram: [180_000, 20_000, 3_800, 800, 200], rate: 0.15),
        ]
        let cores = [
            CoreRow(id: 0, x: 0, y: 0, busyCycles: 1_080_250, stallCycles: 1_200, idleCycles: 153_050, utilisation: 0.875,
                    queueHighWater: 96, sops: 3_000_000),
            CoreRow(id: 1, x: 1, y: 0, busyCycles: 617_250, stallCycles: 300, idleCycles: 616_950, utilisation: 0.5,
                    queueHighWater: 40, sops: 2_898_240),
            CoreRow(id: 2, x: 0, y: 1, busyCycles: 154_312, stallCycles: 0, idleCycles: 1_080_188, utilisation: 0.125,
                    queueHighWater: 12, sops: 983_040),
            CoreRow(id: 3, x: 1, y: 1, busyCycles: 0, stallCycles: 0, idleCycles: 1_234_500, utilisation: 0,
                    queueHighWater: 0, sops: 0),
        ]
        let hardware = HardwareSection(
            config: "default", clockHz: 500e6, meshWidth: 2, meshHeight: 2, mappingMode: "resident",
            arithmetic: "int8/int24", cycles: 1_234_500, latencySeconds: 0.002469, cores: cores,
            noc: NoCStats(packets: 52_345, flitHops: 187_654, flits: 104_690, busiestLinkFlits: 33_210),
            actions: ["accumulate": 6_881_280, "synaptic_read_bits": 55_050_240, "membrane_write": 614_400],
            differences: Differences(spikes: 17, detections: 0, saturations: 3))
        return Report(
            command: "simulate",
            model: ModelSection(name: "spikeyolo-t.pt", scale: "t", parameters: 1_234_567, classes: 80, timesteps: 1,
                                spikeLevels: 4, input: "input320.npy", inputHeight: 320, inputWidth: 320),
            neurons: neurons, layers: layers,
            totals: Totals(spikes: 112_640, neurons: 614_400, macs: 47_104_000, sops: 6_881_280, events: 1_433_600),
            detections: [
                DetectionRow(box: [12.5, 30.25, 200, 310.75], score: 0.8731, classIndex: 0, label: "person"),
                DetectionRow(box: [100, 50, 180, 140], score: 0.5123, classIndex: 16, label: "dog"),
            ],
            hardware: hardware,
            energy: energy(chip: true),
            notes: ["SOPs are event-exact (borders included).", "Paper energy follows the authors' power_cal.xlsx."])
    }

    /// The energy section of `small` (without the chip parts when `chip` is false).
    static func energy(chip: Bool) -> EnergySection {
        EnergySection(
            paper: PaperEnergy(annMillijoules: 465.57, snnMillijoules: 34.49, ratio: 13.4986, macPicojoules: 4.6,
                               acPicojoules: 0.9, sops: 7_000_000.4),
            conventions: [
                SOPConvention(name: "value_weighted", sops: 7_000_000.4, note: "Σ MACs × mean integer input (the paper's fr)"),
                SOPConvention(name: "event_exact", sops: 6_881_280,
                              note: "each binary event times its fan-out, borders included"),
                SOPConvention(name: "neurobench", sops: 3_000_000, note: "each non-zero input counts once, whatever its value"),
                SOPConvention(name: "syops", sops: 47_104_000, note: "non-binary inputs count as dense MACs"),
            ],
            hardware: chip ? HardwareEnergy(totalMillijoules: 12.5,
                                            breakdown: ["accumulate": 6.25, "synaptic_read": 3.75, "noc": 1.5, "leakage": 1.0])
                : nil,
            annBaseline: ANNBaseline(macMillijoules: 465.57, macPicojoules: 4.6, sameChipMillijoules: chip ? 610.25 : nil,
                                     paperRatio: 0.07408, chipRatio: chip ? 0.020483 : nil))
    }

    /// `small()` twice, with 40 hardware actions (`action_0`...) and 40 chip-energy parts
    /// (`part_0`...) holding the same pairs but filled in opposite orders into dictionaries of
    /// different capacities, so they iterate in different orders: what a renderer writes must not
    /// depend on that. Nil when no capacity tried changes the order (a test should then fail).
    static func inTwoDictionaryOrders() -> (Report, Report)? {
        let actions = (0..<40).map { ("action_\($0)", $0 * 7 + 1) }
        let parts = (0..<40).map { ("part_\($0)", Double($0) / 8) }
        func filled<V>(_ pairs: [(String, V)], capacity: Int, reversed: Bool) -> [String: V] {
            var d = [String: V](minimumCapacity: capacity)
            for (k, v) in reversed ? pairs.reversed() : pairs { d[k] = v }
            return d
        }
        func differ<V>(_ pairs: [(String, V)], _ capacity: Int) -> Bool {
            !filled(pairs, capacity: 40, reversed: false).keys.elementsEqual(filled(pairs, capacity: capacity, reversed: true).keys)
        }
        guard let capacity = [64, 128, 256, 512, 1024].first(where: { differ(actions, $0) && differ(parts, $0) }) else { return nil }
        var one = small(), other = small()
        one.hardware?.actions = filled(actions, capacity: 40, reversed: false)
        other.hardware?.actions = filled(actions, capacity: capacity, reversed: true)
        one.energy.hardware?.breakdown = filled(parts, capacity: 40, reversed: false)
        other.energy.hardware?.breakdown = filled(parts, capacity: capacity, reversed: true)
        return (one, other)
    }

    /// A `run`: no hardware, no detections, no chip columns.
    static func withoutHardware(layerCount: Int = 3) -> Report {
        var report = small()
        report.command = "run"
        report.hardware = nil
        report.detections = nil
        report.totals.events = nil
        report.energy = energy(chip: false)
        report.layers = (0..<layerCount).map { index in
            var layer = report.layers[index % report.layers.count]
            layer.events = nil
            layer.cycles = nil
            layer.cores = nil
            layer.energyMillijoules = nil
            if index >= report.layers.count { layer.name += ".copy\(index)" }
            return layer
        }
        if layerCount == 1 { report.neurons = Array(report.neurons?.prefix(1) ?? []) }
        return report
    }

    /// 100 layers and populations on a 16×16 mesh, every chip field present.
    static func large(layerCount: Int = 100) -> Report {
        var report = small()
        report.model.name = "synthetic SpikeYOLO-s (seed 2024)"
        let components = ["accumulate", "dram", "leakage", "membrane_read", "membrane_write", "noc", "spike",
                          "synaptic_read"]
        report.layers = (0..<layerCount).map { index in
            let channels = 32 << (index % 4)
            let size = 160 >> (index % 3)
            let macs = channels * channels * 9 * size * size / 4
            var energy: [String: Double] = [:]
            for (offset, component) in components.enumerated() where (index + offset) % 5 != 0 {
                energy[component] = Double((index * 7 + offset * 13) % 50 + 1) * 1e-4
            }
            let name = "model.\(index / 4).C2f.m.\(index % 4).cv\(index % 3 + 1).conv"
            return LayerRow(name: name, kind: index == 0 ? "encoding" : "spiking",
                            inChannels: channels, outChannels: channels, kernel: 3, stride: 1, groups: 1,
                            outHeight: size, outWidth: size, macs: macs, sops: macs / (5 + index % 7),
                            inputRate: index == 0 ? nil : Double(index % 17) / 40, events: macs / 50,
                            cycles: 10_000 + index * 997, cores: 1 + index % 6, energyMillijoules: energy)
        }
        report.neurons = (0..<layerCount).map { index in
            let count = 20_000 + index * 1_000
            let rate = Double((index * 29) % 61) / 100
            return NeuronRow(name: "model.\(index / 4).C2f.m.\(index % 4).lif\(index % 3 + 1)", count: count,
                             spikes: Int(Double(count) * rate), histogram: [count / 2, count / 4, count / 8, count / 16,
                                                                             count / 16], rate: rate)
        }
        report.hardware?.meshWidth = 16
        report.hardware?.meshHeight = 16
        report.hardware?.cores = (0..<256).map { id in
            let utilisation = Double((id * 37) % 101) / 100
            let busy = Int(utilisation * 1_234_500)
            return CoreRow(id: id, x: id % 16, y: id / 16, busyCycles: busy, stallCycles: (id * 13) % 900,
                           idleCycles: 1_234_500 - busy, utilisation: utilisation, queueHighWater: id % 64,
                           sops: busy * 3)
        }
        return report
    }

    /// `small` with names that must be escaped: markup characters, quotes, commas, a newline.
    static func hostile() -> Report {
        var report = small()
        report.model.name = "evil <model> & \"co\""
        report.layers[1].name = "model.1.<script>&\"evil\",x"
        report.layers[2].name = "a,b \"quoted\"\nsecond line"
        report.layers[1].energyMillijoules?["weird,key\"<"] = 0.001
        report.neurons?[0].name = "pop<&>\"'"
        report.detections?[0].label = "a\"b,c<d>"
        report.notes.append("<b>not bold</b> & done")
        return report
    }
}
