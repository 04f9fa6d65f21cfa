/// The spike-packet component (`noc.spike_packets`, `noc.graded_accumulate`): what one packet
/// carries and what the destination does with it.
///
/// - `binary` (the paper's unrolling): a neuron with integer spike `s` sends `s` packets, one per
///   virtual step; each packet reaches each of its synapses once: one accumulate, one weight read,
///   one membrane read-modify-write.
/// - `graded` (Loihi 2): one packet carries `s`; per synapse the destination reads the weight and
///   the membrane once and adds `s × w` in the accumulator: `s` passes with `repeat`,
///   `popcount(s)` shifted additions with `shift_add` (s = 3 = 0b11: two). Each pass occupies the
///   accumulate units as a binary event would.
///
/// SOPs are `s ×` synapses in every model: the packets change traffic, time and energy, never
/// the arithmetic.
struct SpikePackets: Sendable, Equatable {
    /// One packet per neuron carrying `s`, rather than `s` one-bit packets.
    let graded: Bool
    /// Graded packets are applied by shift-and-add rather than repeated addition.
    let shiftAdd: Bool

    init(_ noc: NoCConfig) {
        graded = noc.spikePackets == .graded
        shiftAdd = noc.gradedAccumulate == .shiftAdd
    }

    /// Virtual steps a source walks: `D` binary packets, or one graded packet, per neuron.
    func steps(levels: Int) -> Int { graded ? 1 : levels }

    /// Accumulator passes per synapse for a graded packet carrying `s`.
    @inline(__always)
    func passes(_ s: Int) -> Int { shiftAdd ? s.nonzeroBitCount : s }

    /// The component's name in reports: `binary`, `graded (repeat)`, `graded (shift_add)`.
    var label: String {
        graded ? "graded (\(shiftAdd ? NoCConfig.GradedAccumulate.shiftAdd.rawValue : NoCConfig.GradedAccumulate.repeated.rawValue))"
            : NoCConfig.SpikePacketKind.binary.rawValue
    }
}
