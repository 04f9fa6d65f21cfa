import Dispatch

#if canImport(Glibc)
import Glibc
#endif

extension Parallel {
    /// Runs `first` and `second` at the same time when `threads` ≥ 2 (one after the other
    /// otherwise) and returns both results; each must touch only its own outputs. If both throw,
    /// `first`'s error is the one thrown.
    ///
    /// `second` runs on a thread of its own and `first` on the caller's, not as two iterations of
    /// one `concurrentPerform`: Dispatch runs a `concurrentPerform` nested in another on one
    /// thread, and each side may spread its own work over several threads.
    public static func pair<A, B>(threads: Int, _ first: () throws -> A, _ second: () throws -> B) throws -> (A, B) {
        guard threads >= 2 else { return (try first(), try second()) }
        let b = Outcome<B>()
        let a = withoutActuallyEscaping(second) { second -> Result<A, any Error> in
            let side = SideThread { b.result = Result { try second() } }
            let started = side.start()
            let a = Result { try first() }
            if started { side.join() } else { side.body() }
            return a
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
            // `pair` reads it only after its side has run.
            case nil: throw CancellationError()
            }
        }
    }

    /// A POSIX thread running `body` once, joined before the body's captures go out of scope.
    private final class SideThread: @unchecked Sendable {
        let body: () -> Void
        #if canImport(Glibc)
        private var thread = pthread_t()
        #endif

        init(_ body: @escaping () -> Void) { self.body = body }

        /// Starts the thread; false when none could be made (the caller then runs `body` itself).
        func start() -> Bool {
            #if canImport(Glibc)
            let context = Unmanaged.passRetained(self).toOpaque()
            let made = pthread_create(&thread, nil, { context in
                // The thread's reference is released when the body has run, before `join` returns.
                guard let context else { return nil }
                Unmanaged<SideThread>.fromOpaque(context).takeRetainedValue().body()
                return nil
            }, context)
            if made != 0 { Unmanaged<SideThread>.fromOpaque(context).release() }
            return made == 0
            #else
            return false
            #endif
        }

        /// Waits for the thread to finish.
        func join() {
            #if canImport(Glibc)
            pthread_join(thread, nil)
            #endif
        }
    }
}
