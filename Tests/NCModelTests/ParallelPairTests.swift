import Dispatch
import XCTest

@testable import NCModel

/// `Parallel.pair`: both sides run, at the same time when two threads are allowed, and errors
/// reach the caller.
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
