import Dispatch

extension Parallel {
    /// Runs `first` and `second` at the same time when `threads` ≥ 2 (one after the other
    /// otherwise) and returns both results; each must touch only its own outputs. If both throw,
    /// `first`'s error is the one thrown.
    public static func pair<A, B>(threads: Int, _ first: () throws -> A, _ second: () throws -> B) throws -> (A, B) {
        guard threads >= 2 else { return (try first(), try second()) }
        let a = Outcome<A>(), b = Outcome<B>()
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let work = UncheckedSendable((first, second))
                DispatchQueue.concurrentPerform(iterations: 2) { k in
                    if k == 0 { a.result = Result { try work.value.0() } } else { b.result = Result { try work.value.1() } }
                }
            }
        }
        return (try a.get(), try b.get())
    }

    /// One side's result, written by its own thread and read after both have finished.
    private final class Outcome<T>: @unchecked Sendable {
        var result: Result<T, any Error>?

        func get() throws -> T {
            switch result {
            case .success(let value): return value
            case .failure(let error): throw error
            // concurrentPerform returns only after every iteration ran.
            case nil: throw CancellationError()
            }
        }
    }
}
