import Dispatch
import XCTest

@testable import NCModel

/// `Parallel.pair`: both sides run, at the same time when two threads are allowed (each able to
/// spread its own work), and errors reach the caller; `Parallel.map` keeps order and the first error.
final class ParallelPairTests: XCTestCase {
    struct Failure: Error, Equatable { let side: Int }

    func testBothSidesRunAndReturnTheirResults() throws {
        for threads in [1, 2] {
            let (a, b) = try Parallel.pair(threads: threads, { (1...100).reduce(0, +) }, { "right" })
            XCTAssertEqual(a, 5050)
            XCTAssertEqual(b, "right")
        }
    }

    /// Each side waits for the other to have started: this finishes only if they overlap.
    func testTwoThreadsRunTheSidesConcurrently() throws {
        let started = (DispatchSemaphore(value: 0), DispatchSemaphore(value: 0))
        let (a, b) = try Parallel.pair(threads: 2, { () -> Bool in
            started.0.signal()
            return started.1.wait(timeout: .now() + 30) == .success
        }, { () -> Bool in
            started.1.signal()
            return started.0.wait(timeout: .now() + 30) == .success
        })
        XCTAssertTrue(a && b, "the two sides did not overlap")
    }

    /// A side's own `concurrentPerform` still runs on several threads (nested in a
    /// `concurrentPerform` of the pair's, Dispatch ran it on one): its two iterations wait for
    /// each other, so this finishes only if they overlap.
    func testEachSideSpreadsItsOwnWorkOverThreads() throws {
        guard Parallel.defaultThreads >= 2 else { throw XCTSkip("needs two processors") }
        func overlapping() -> Bool {
            let started = (DispatchSemaphore(value: 0), DispatchSemaphore(value: 0))
            let met = UncheckedSendable(Box())
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                (k == 0 ? started.0 : started.1).signal()
                met.value.set(k, (k == 0 ? started.1 : started.0).wait(timeout: .now() + 10) == .success)
            }
            return met.value.both
        }
        let (a, b) = try Parallel.pair(threads: 2, { overlapping() }, { overlapping() })
        XCTAssertTrue(a, "the first side's iterations did not overlap")
        XCTAssertTrue(b, "the second side's iterations did not overlap")
    }

    /// Two flags set from two threads.
    final class Box: @unchecked Sendable {
        private var flags = [false, false]
        private let lock = DispatchSemaphore(value: 1)
        func set(_ k: Int, _ value: Bool) {
            lock.wait()
            flags[k] = value
            lock.signal()
        }
        var both: Bool { flags[0] && flags[1] }
    }

    /// `Parallel.map`: every index once, in order, and the lowest failing index's error.
    func testMapKeepsOrderAndThrowsTheFirstErrorInOrder() throws {
        for threads in [1, 2, 3] {
            XCTAssertEqual(try Parallel.map(1000, threads: threads) { $0 * $0 }, (0..<1000).map { $0 * $0 })
            XCTAssertEqual(try Parallel.map(0, threads: threads) { $0 }, [])
            XCTAssertThrowsError(try Parallel.map(1000, threads: threads) { i -> Int in
                if i == 700 || i == 300 || i == 999 { throw Failure(side: i) }
                return i
            }) { XCTAssertEqual($0 as? Failure, Failure(side: 300)) }
        }
    }

    func testErrorsReachTheCallerFirstSideFirst() {
        for threads in [1, 2] {
            XCTAssertThrowsError(try Parallel.pair(threads: threads, { () throws -> Int in throw Failure(side: 1) },
                                                   { () throws -> Int in throw Failure(side: 2) })) {
                XCTAssertEqual($0 as? Failure, Failure(side: 1))
            }
            XCTAssertThrowsError(try Parallel.pair(threads: threads, { 1 }, { () throws -> Int in throw Failure(side: 2) })) {
                XCTAssertEqual($0 as? Failure, Failure(side: 2))
            }
        }
    }
}
