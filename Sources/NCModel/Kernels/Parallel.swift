import Dispatch

/// Runs independent pieces of work on several threads. Callers split work so that each piece
/// writes only its own outputs in a fixed order: results are bit-identical for any thread count.
public enum Parallel {
    /// Threads to use when the caller does not say: the machine's active processors.
    public static var defaultThreads: Int { max(1, ProcessInfoShim.activeProcessorCount) }

    /// Calls `body(start..<end)` for consecutive ranges covering `0..<count`, on up to `threads`
    /// threads. `grain` is the smallest range worth a thread; `chunks` (default four per thread)
    /// is how many ranges the threads take, each the next one in order when it is free.
    public static func forEachRange(
        _ count: Int, threads: Int, grain: Int = 1, chunks: Int? = nil, _ body: (Range<Int>) -> Void
    ) {
        guard count > 0 else { return }
        let t = max(1, min(threads, (count + max(grain, 1) - 1) / max(grain, 1)))
        if t == 1 {
            body(0..<count)
            return
        }
        // More chunks than threads balances uneven rows; chunk boundaries do not affect results.
        let chunks = max(1, min(count, chunks ?? t * 4))
        withoutActuallyEscaping(body) { body in
            let box = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: chunks) { k in
                let lo = count * k / chunks, hi = count * (k + 1) / chunks
                if lo < hi { box.value(lo..<hi) }
            }
        }
    }
}

/// Wraps a value the compiler cannot prove thread-safe; used only where each thread touches
/// disjoint memory.
public struct UncheckedSendable<T>: @unchecked Sendable {
    /// The wrapped value.
    public let value: T
    /// Wraps `value`.
    public init(_ value: T) { self.value = value }
}

#if canImport(Glibc)
import Glibc
#endif

/// Processor count without importing Foundation into hot code.
enum ProcessInfoShim {
    static var activeProcessorCount: Int {
        #if canImport(Glibc)
        return Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #else
        return 1
        #endif
    }
}

extension Parallel {
    /// `body` on consecutive ranges covering `0..<count` (split as `forEachRange` splits them),
    /// on up to `threads` threads; the results in range order. For reductions (a sum, a
    /// largest value) that do not depend on where the ranges split.
    public static func mapRanges<T>(_ count: Int, threads: Int, grain: Int = 1, _ body: (Range<Int>) -> T) -> [T] {
        guard count > 0 else { return [] }
        let t = max(1, min(threads, (count + max(grain, 1) - 1) / max(grain, 1)))
        if t == 1 { return [body(0..<count)] }
        let chunks = min(count, t * 4)
        var results = [T?](repeating: nil, count: chunks)
        results.withUnsafeMutableBufferPointer { slots in
            let box = UncheckedSendable(slots)
            forEachRange(chunks, threads: t, chunks: chunks) { ks in
                for k in ks { box.value[k] = body((count * k / chunks)..<(count * (k + 1) / chunks)) }
            }
        }
        return results.compactMap { $0 }
    }

    /// `(0..<count).map(body)` on up to `threads` threads: each index is computed once, on
    /// whichever thread, into its own slot. If any throw, the error of the lowest index is the
    /// one thrown (as the sequential map would).
    public static func map<T>(_ count: Int, threads: Int, _ body: (Int) throws -> T) throws -> [T] {
        guard threads > 1 && count > 1 else { return try (0..<count).map(body) }
        var results = [Result<T, any Error>?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { slots in
            let box = UncheckedSendable(slots)
            forEachRange(count, threads: threads) { range in
                for i in range { box.value[i] = Result { try body(i) } }
            }
        }
        return try results.map { result in
            // forEachRange covers every index before returning.
            guard let result else { throw CancellationError() }
            return try result.get()
        }
    }
}
