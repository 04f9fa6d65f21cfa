/// Owned scratch storage of one burst's delivery, reused for every burst: per destination the
/// core, the fan-out, the routing entry (`ConvRouting.reaches` index), the head's arrival and
/// the cycle its last accumulation completes. Raw storage with a count instead of arrays emptied
/// and refilled per burst (`removeAll(keepingCapacity:)` and `append` cost more than the work).
final class DeliveryBuffers: @unchecked Sendable {
    /// Entries each buffer holds.
    let capacity: Int
    let cores: UnsafeMutablePointer<Int>, fanouts: UnsafeMutablePointer<Int>, reaches: UnsafeMutablePointer<Int>
    let arrivals: UnsafeMutablePointer<Int>, completions: UnsafeMutablePointer<Int>
    private let storage: UnsafeMutablePointer<Int>

    init(capacity: Int) {
        self.capacity = capacity
        storage = .allocate(capacity: max(1, 5 * capacity))
        storage.initialize(repeating: 0, count: max(1, 5 * capacity))
        cores = storage
        fanouts = storage + capacity
        reaches = fanouts + capacity
        arrivals = reaches + capacity
        completions = arrivals + capacity
    }

    deinit { storage.deallocate() }
}
