/// The network-on-chip component: how packets travel between cores and the I/O port. Each
/// implementation declares its parameters (config keys) and its statistics beside its code, and
/// is chosen by name (`NetworkOnChipKind`); the timing model is generic over it.
protocol NetworkOnChip: Sendable {
    /// The implementation's name in configs and reports.
    static var name: String { get }
    /// The network of the chip `config` describes.
    init(config: HardwareConfig)
    /// Sends `flits` flits from `source` (a core or `NoCPort.id`) at `time` to `destinations`;
    /// returns the cycle the head left the source and writes, per destination, the head's
    /// arrival into `arrivals` (at least as many entries). Buffers rather than arrays: the
    /// engine's scratch space is reused for every burst without resizing.
    mutating func send(from source: Int, at time: Int, flits: Int, to destinations: UnsafeBufferPointer<Int>,
                       arrivals: UnsafeMutableBufferPointer<Int>) -> Int
    /// Back-pressure: the link into `core` from the direction of `source` is busy until `cycle`.
    mutating func hold(into core: Int, from source: Int, until cycle: Int)
    /// Links a packet crosses from `source` to `core`.
    func hops(from source: Int, to core: Int) -> Int
    /// A barrier at `cycle`: no link is reserved before it.
    mutating func drain(to cycle: Int)
    /// Whether no link is reserved past `cycle` (true right after `drain(to: cycle)` unless a
    /// link was held beyond it).
    func isDrained(at cycle: Int) -> Bool
    /// The network of `config` with every link free since before any cycle (`Cycles.never`):
    /// what a step timed on a chip of its own starts from.
    static func idle(_ config: HardwareConfig) -> Self
    /// Takes on `step`, an `idle` network after a step timed on it from cycle 0, as if the step
    /// had run here from cycle `cycle` (`isDrained(at: cycle)`): reservations move by `cycle`,
    /// counts add; links the step never reserved keep theirs.
    mutating func absorb(_ step: Self, at cycle: Int)
    /// Adds flit-hops of transfers timed in closed form.
    mutating func charge(flitHops: Int)
    /// What the network counted.
    var statistics: NoCStatistics { get }
    /// Flits times links crossed so far (cheap: no scan of the links).
    var flitHops: Int { get }
}

extension NetworkOnChip {
    /// `send` with arrays: `arrivals` becomes the heads' arrivals, one per destination.
    mutating func send(from source: Int, at time: Int, flits: Int, to destinations: [Int], arrivals: inout [Int]) -> Int {
        arrivals = [Int](repeating: 0, count: destinations.count)
        return destinations.withUnsafeBufferPointer { d in
            arrivals.withUnsafeMutableBufferPointer { send(from: source, at: time, flits: flits, to: d, arrivals: $0) }
        }
    }
}

/// The I/O port (host, DRAM controller, encoder): a network endpoint that is not a core.
enum NoCPort {
    /// Its node id.
    static let id = -1
}

/// What a network-on-chip counts.
struct NoCStatistics: Sendable, Equatable {
    /// Flits times links crossed.
    var flitHops: Int
    /// Most flits one link carried.
    var busiestLinkFlits: Int
}
