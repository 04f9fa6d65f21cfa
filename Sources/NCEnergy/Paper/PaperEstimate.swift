/// The energy estimate of the SpikeYOLO paper (the authors' `power_cal.xlsx`, SPEC §7):
///
///     E_ANN = E_MAC * Σ MACs
///     E_SNN = E_MAC * MACs(encoding layer) * T + E_AC * Σ MACs * fr * T
///
/// where `fr` is the mean integer output of the population feeding each convolution (it already
/// includes D) and the sums run over the folded convolutions. 4.6 pJ and 0.9 pJ are the 45 nm
/// FP32 MAC and FP32 add of Horowitz (ISSCC 2014); both are overridable.
public struct PaperEstimate: Sendable, Equatable {
    /// One folded convolution as the estimate sees it: its MACs of one dense evaluation, whether
    /// it reads the real-valued image (priced as MACs), and the mean integer output of its input
    /// population (ignored for the encoding layer).
    public typealias Layer = (macs: Int, isEncoding: Bool, inputRate: Double)

    /// Energy per MAC, pJ (4.6 in the paper).
    public var macPicojoules: Double
    /// Energy per accumulate, pJ (0.9 in the paper).
    public var acPicojoules: Double
    /// ANN energy, mJ.
    public var annMillijoules: Double
    /// SNN energy, mJ.
    public var snnMillijoules: Double
    /// Value-weighted synaptic operations `Σ MACs * fr * T` over spiking layers.
    public var sops: Double
    /// MACs of the encoding layer (per timestep).
    public var encodingMACs: Int
    /// MACs of all layers (one dense evaluation).
    public var totalMACs: Int

    /// The paper's constants.
    public static let paperMACPicojoules = 4.6
    /// The paper's constants.
    public static let paperACPicojoules = 0.9

    /// The estimate for `layers` run for `timesteps`.
    public init(layers: [Layer], timesteps: Int, macPicojoules: Double = paperMACPicojoules,
                acPicojoules: Double = paperACPicojoules) {
        self.macPicojoules = macPicojoules
        self.acPicojoules = acPicojoules
        let t = Double(timesteps)
        var total = 0, encoding = 0
        var sops = 0.0
        for l in layers {
            total += l.macs
            if l.isEncoding {
                encoding += l.macs
            } else {
                sops += Double(l.macs) * l.inputRate * t
            }
        }
        totalMACs = total
        encodingMACs = encoding
        self.sops = sops
        // pJ -> mJ is a factor 1e-9.
        annMillijoules = macPicojoules * Double(total) * 1e-9
        snnMillijoules = (macPicojoules * Double(encoding) * t + acPicojoules * sops) * 1e-9
    }

    /// `annMillijoules / snnMillijoules`, or 0 when the SNN costs nothing (`--e-mac 0 --e-ac 0`):
    /// the report's JSON has no number for infinity, and a ratio is never written as a string.
    public var ratio: Double { snnMillijoules > 0 ? annMillijoules / snnMillijoules : 0 }
}
