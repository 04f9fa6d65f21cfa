/// A value a sparse input entry can hold: a spike count converts exactly.
protocol SparseValue: SIMDScalar, Codable, Hashable, Sendable {
    /// The spike count `s`.
    init(spikeCount s: UInt8)
}

extension Float: SparseValue {
    @inline(__always) init(spikeCount s: UInt8) { self.init(s) }
}

extension Double: SparseValue {
    @inline(__always) init(spikeCount s: UInt8) { self.init(s) }
}

extension Int32: SparseValue {
    @inline(__always) init(spikeCount s: UInt8) { self.init(s) }
}

/// The non-zero inputs of a convolution, grouped by pixel (compressed sparse rows): most spike
/// counts are zero, so a convolution only visits the inputs that fired.
struct SparseInput<S: SparseValue> {
    /// `start[p] ..< start[p + 1]` indexes pixel `p`'s entries.
    var start: [Int32]
    /// Channel of each entry.
    var channel: [Int32]
    /// Value of each entry (the integer spike count, or a pixel intensity).
    var value: [S]

    /// Non-zero entries of an HWC spike map with `channels` channels (two parallel passes:
    /// count per pixel, then fill after a prefix sum).
    init(spikes: UnsafeBufferPointer<UInt8>, pixels: Int, channels: Int, threads: Int = 1) {
        var start = [Int32](repeating: 0, count: pixels + 1)
        start.withUnsafeMutableBufferPointer { st in
            let box = UncheckedSendable(st)
            Parallel.forEachRange(pixels, threads: threads, grain: 1024) { range in
                let st = box.value
                for p in range {
                    var n: Int32 = 0
                    let base = p * channels
                    for c in 0..<channels where spikes[base + c] != 0 { n += 1 }
                    st[p + 1] = n
                }
            }
        }
        for p in 0..<pixels { start[p + 1] += start[p] }
        let n = Int(start[pixels])
        var channel = [Int32](repeating: 0, count: n)
        var value = [S](repeating: S(spikeCount: 0), count: n)
        start.withUnsafeBufferPointer { st in
            channel.withUnsafeMutableBufferPointer { ch in
                value.withUnsafeMutableBufferPointer { va in
                    let box = UncheckedSendable((st, ch, va))
                    Parallel.forEachRange(pixels, threads: threads, grain: 1024) { range in
                        let (st, ch, va) = box.value
                        for p in range {
                            var k = Int(st[p])
                            let base = p * channels
                            for c in 0..<channels {
                                let s = spikes[base + c]
                                if s != 0 {
                                    ch[k] = Int32(c)
                                    va[k] = S(spikeCount: s)
                                    k += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        self.start = start
        self.channel = channel
        self.value = value
    }

    /// Every entry of an HWC real-valued map (the image), zeros included.
    init(dense values: [S], pixels: Int, channels: Int) {
        start = (0...pixels).map { Int32($0 * channels) }
        channel = (0..<(pixels * channels)).map { Int32($0 % channels) }
        value = values
    }

    /// Calls `body` with pointers to the entries; empty inputs get a valid pointer to nothing.
    func withPointers<R>(_ body: (UnsafePointer<Int32>, UnsafePointer<Int32>, UnsafePointer<S>) -> R) -> R {
        start.withUnsafeBufferPointer { st in
            channel.withUnsafeBufferPointer { ch in
                value.withUnsafeBufferPointer { va in
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: 1) { i in
                        withUnsafeTemporaryAllocation(of: S.self, capacity: 1) { v in
                            // `start` always has pixels + 1 entries; channel and value may be empty.
                            body(st.baseAddress!, ch.baseAddress ?? UnsafePointer(i.baseAddress!),
                                 va.baseAddress ?? UnsafePointer(v.baseAddress!))
                        }
                    }
                }
            }
        }
    }
}
