/// What SANA-FE charges per event, and how it places tiles: the accounting of
/// `../shared/fixtures/sanafe/README.md` ("How each energy term is counted", "How sim_time is
/// computed"). Energies in picojoules, latencies in nanoseconds.
public struct LayerEventCosts: Sendable, Equatable, Codable {
    /// Synapse energy per synaptic event (every synapse of every received message, zero weights included).
    public var synapsePicojoules: Double
    /// Soma energy per output neuron per timestep, whether it updates or not (`energy_access_neuron`).
    public var neuronAccessPicojoules: Double
    /// Soma energy per updated output neuron (input last timestep or a non-zero membrane).
    public var neuronUpdatePicojoules: Double
    /// Soma energy per output spike.
    public var spikeOutPicojoules: Double
    /// Network energy per message sent (`energy_message_out`).
    public var messageOutPicojoules: Double
    /// Network energy per message received (`energy_message_in`).
    public var messageInPicojoules: Double
    /// Network energy per east-west (x) hop between tiles.
    public var hopXPicojoules: Double
    /// Network energy per north-south (y) hop between tiles.
    public var hopYPicojoules: Double
    /// Soma latency per processed output neuron, per update, per spike.
    public var neuronAccessNanoseconds: Double, neuronUpdateNanoseconds: Double, spikeOutNanoseconds: Double
    /// Latency per message sent, per message received, per synaptic event.
    public var messageOutNanoseconds: Double, messageInNanoseconds: Double, synapseNanoseconds: Double
    /// Per-timestep synchronisation, by number of tiles holding neurons: the entry with the
    /// largest key not above that number applies (SANA-FE's `latency_sync` table).
    public var syncNanoseconds: [Int: Double]
    /// Mesh rows, in tiles: tile `t` sits at `x = t / meshHeightTiles`, `y = t % meshHeightTiles`.
    public var meshHeightTiles: Int
    /// Cores per tile and neurons per core when a workload gives no placement.
    public var coresPerTile: Int, neuronsPerCore: Int

    /// SANA-FE 2.2.9's Loihi (`loihi.yaml`, sha256 3599881…ddd69, = `arch/loihi.yaml` of
    /// SLAM-Lab/SANA-FE @8951ab0; Davies et al. 2018): `loihi_conv_synapse` 24.0 pJ / 3.1 ns,
    /// `loihi_lif` 51.2 / 21.6 / 69.3 pJ and 6.0 / 3.7 / 30.0 ns, `loihi_out` 111 pJ / 5.1 ns,
    /// `loihi_in` 0 pJ / 16 ns, hops 3.0 pJ (east-west) and 4.2 pJ (north-south), sync
    /// {1: 0.6, 2: 1.0, 4: 1.4, 29: 1.8} µs, 8 × 4 tiles of 4 cores, 1,024 neurons per core.
    public static let sanafeLoihi = LayerEventCosts(
        synapsePicojoules: 24.0, neuronAccessPicojoules: 51.2, neuronUpdatePicojoules: 21.6, spikeOutPicojoules: 69.3,
        messageOutPicojoules: 111.0, messageInPicojoules: 0, hopXPicojoules: 3.0, hopYPicojoules: 4.2,
        neuronAccessNanoseconds: 6.0, neuronUpdateNanoseconds: 3.7, spikeOutNanoseconds: 30.0,
        messageOutNanoseconds: 5.1, messageInNanoseconds: 16.0, synapseNanoseconds: 3.1,
        syncNanoseconds: [1: 600, 2: 1000, 4: 1400, 29: 1800], meshHeightTiles: 4, coresPerTile: 4, neuronsPerCore: 1024)

    /// The synchronisation time for `tiles` tiles holding neurons.
    public func sync(tiles: Int) -> Double {
        syncNanoseconds.filter { $0.key <= tiles }.max { $0.key < $1.key }?.value ?? 0
    }
}
