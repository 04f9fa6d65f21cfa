/// One folded convolution: shape, operation counts and, on the chip, events, cycles and energy.
public struct LayerRow: Codable, Sendable, Equatable {
    /// Module path (`model.2.Conv.pwconv1`).
    public var name: String
    /// `encoding` (real-valued input on the MAC array) or `spiking`.
    public var kind: String
    /// Input channels, output channels, kernel, stride, groups.
    public var inChannels: Int, outChannels: Int, kernel: Int, stride: Int, groups: Int
    /// Output rows and columns.
    public var outHeight: Int, outWidth: Int
    /// Dense multiply-accumulates (all timesteps).
    public var macs: Int
    /// Event-exact synaptic operations (0 for the encoding layer).
    public var sops: Int
    /// Mean integer output of the input population (nil for the encoding layer).
    public var inputRate: Double?
    /// Binary events: on the chip, delivered to cores (each event once per destination core);
    /// in `run`, sent by the input neurons (Σ spike values). Absent for `estimate`.
    public var events: Int?
    /// Cycles the layer took on the chip, all timesteps (chip runs).
    public var cycles: Int?
    /// Cores the layer used (chip runs).
    public var cores: Int?
    /// First cycle the layer worked and cycle its last output row was integrated (chip runs).
    public var startCycle: Int?, endCycle: Int?
    /// Energy of this layer by component, in millijoules (chip runs).
    public var energyMillijoules: [String: Double]?

    enum CodingKeys: String, CodingKey {
        case name, kind, inChannels = "in_channels", outChannels = "out_channels", kernel, stride, groups
        case outHeight = "out_height", outWidth = "out_width", macs, sops, inputRate = "input_rate", events, cycles, cores
        case energyMillijoules = "energy_mJ", startCycle = "start_cycle", endCycle = "end_cycle"
    }
}
