/// The pipelined schedule's agenda: a binary min-heap of events ordered by cycle, ties broken by
/// the order they were scheduled (a sequence number), so a run never depends on hashing or
/// thread count (swift-nio's rule for scheduled work).
struct EventQueue {
    /// What happens: a row task becomes ready (`task ≥ 0`) or a source cursor's next burst
    /// (`task < 0`: cursor `-task - 1`).
    struct Event {
        var time: Int
        var sequence: Int
        var task: Int
    }

    private var items = [Event]()
    private var next = 0

    var isEmpty: Bool { items.isEmpty }

    /// Schedules `task` at `time`.
    mutating func push(_ time: Int, task: Int) {
        items.append(Event(time: time, sequence: next, task: task))
        next += 1
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            if less(items[i], items[p]) { items.swapAt(i, p); i = p } else { break }
        }
    }

    /// The earliest event (first scheduled among equals).
    mutating func pop() -> Event? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count && less(items[l], items[m]) { m = l }
                if r < items.count && less(items[r], items[m]) { m = r }
                if m == i { break }
                items.swapAt(i, m)
                i = m
            }
        }
        return top
    }

    private func less(_ a: Event, _ b: Event) -> Bool { a.time != b.time ? a.time < b.time : a.sequence < b.sequence }
}
