/// The pipelined schedule's agenda: events ordered by cycle, ties broken by the order they were
/// scheduled (a sequence number), so a run never depends on hashing or thread count (swift-nio's
/// rule for scheduled work).
struct EventQueue {
    /// What happens: a row task becomes ready (`task ≥ 0`) or a source cursor's next burst
    /// (`task < 0`: cursor `-task - 1`).
    struct Event: Comparable {
        var time: Int
        var sequence: Int
        var task: Int

        static func < (a: Event, b: Event) -> Bool { a.time != b.time ? a.time < b.time : a.sequence < b.sequence }
    }

    private var heap = BinaryHeap<Event>()
    private var next = 0

    var isEmpty: Bool { heap.isEmpty }

    /// Schedules `task` at `time`.
    mutating func push(_ time: Int, task: Int) {
        heap.push(Event(time: time, sequence: next, task: task))
        next += 1
    }

    /// The earliest event (first scheduled among equals).
    mutating func pop() -> Event? { heap.pop() }
}
