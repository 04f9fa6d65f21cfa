import Foundation
import NCHardware
import NCModel
import Synchronization

extension Simulation {
    /// Measures `points` of `plan` on `jobs` threads, one point per thread at a time.
    ///
    /// `replay(point)` runs the point's exact replay (`Simulation.replay`, fed by the caller's
    /// trace reader) and returns its outcome and its report text for the breakdown; a point
    /// whose network does not map (`MappingError`) is measured as unmapped with the reason. Any
    /// other error stops the sweep (the first in plan order among those found) and is thrown.
    /// `finished` is called for each measurement, serially, in completion order, with the number
    /// done; it may throw to stop the sweep (a checkpoint that cannot be written). Memory: one
    /// replay per job, i.e. one timestep of the trace and the timing model's state.
    public static func sweep(_ plan: SweepPlan, points: [Int], jobs: Int,
                             replay: @escaping @Sendable (SweepPlan.Point) throws -> (Outcome, String?),
                             finished: @escaping @Sendable (SweepMeasurement, Int) throws -> Void) throws {
        let queue = Mutex(SweepQueue())
        let total = points.count
        let work: @Sendable (Int) -> Void = { _ in
            while let k = queue.withLock({ $0.next(total) }) {
                let point = plan.points[points[k]]
                do {
                    let measurement: SweepMeasurement
                    do {
                        let (outcome, breakdown) = try replay(point)
                        measurement = SweepMeasurement(plan, point, outcome: outcome, breakdown: breakdown)
                    } catch let error as MappingError {
                        measurement = SweepMeasurement(plan, point, unmapped: error.description)
                    }
                    // Serialised so the caller's checkpoint sees one measurement at a time.
                    try queue.withLock { q in
                        guard !q.stopped else { return }
                        q.done += 1
                        try finished(measurement, q.done)
                    }
                } catch {
                    queue.withLock { $0.fail(k, error) }
                }
            }
        }
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, total))) { work($0) }
        if let failure = queue.withLock({ $0.failure }) { throw failure.error }
    }
}

/// Which point comes next, and the first failure.
struct SweepQueue {
    var taken = 0
    var done = 0
    var stopped = false
    var failure: (index: Int, error: any Error)?

    /// The next point to measure, or nil when all are taken or the sweep failed.
    mutating func next(_ total: Int) -> Int? {
        guard !stopped, taken < total else { return nil }
        taken += 1
        return taken - 1
    }

    /// Records a failure; the first in plan order wins.
    mutating func fail(_ index: Int, _ error: any Error) {
        stopped = true
        if failure.map({ index < $0.index }) ?? true { failure = (index, error) }
    }
}
