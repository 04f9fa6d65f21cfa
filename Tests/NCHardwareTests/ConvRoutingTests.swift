import XCTest

@testable import NCHardware
import NCModel

/// `ConvRouting.reaches` (flat, per input row) against the kernel's geometry counted by brute
/// force: input row `y` reaches output row `oy` when some kernel row `ky` has
/// `oy · stride − padding + ky == y`; each destination holding any such row appears once, in
/// destination order, with exactly those rows.
final class ConvRoutingTests: XCTestCase {
    func testReachesEqualKernelGeometry() {
        var rng = SplitMix64(seed: 1517)
        var entries = 0
        for trial in 0..<300 {
            let kernel = 1 + Int(rng.next() % 5), stride = 1 + Int(rng.next() % 2), padding = Int(rng.next() % UInt64(kernel))
            let inHeight = 1 + Int(rng.next() % 20)
            let outHeight = (inHeight + 2 * padding - kernel) / stride + 1
            guard outHeight > 0 else { continue }
            let layer = ConvLayer(name: "conv", source: .population(0), output: [], inChannels: 4, outChannels: 8, kernel: kernel,
                                  stride: stride, padding: padding, groups: 1, inHeight: inHeight, inWidth: 3,
                                  outHeight: outHeight, outWidth: (3 + 2 * padding - kernel) / stride + 1, origin: .conv)
            var destinations = [ConvRouting.Destination]()
            for _ in 0..<(1 + Int(rng.next() % 6)) {
                let lo = Int(rng.next() % UInt64(outHeight)), hi = lo + 1 + Int(rng.next() % UInt64(outHeight - lo))
                let c = Int(rng.next() % 8)
                destinations.append(.init(core: Int(rng.next() % 16), channelLo: c, channelHi: c + 1 + Int(rng.next() % UInt64(8 - c)),
                                          rowLo: lo, rowHi: hi))
            }
            let routing = ConvRouting(layer: layer, channels: 4, destinations: destinations)
            XCTAssertEqual(routing.reachStart.count, inHeight + 1)
            for y in 0..<inHeight {
                var expected = [(index: Int, rows: [Int])]()
                for (i, d) in destinations.enumerated() {
                    let rows = (d.rowLo..<d.rowHi).filter { oy in (0..<kernel).contains { oy * stride - padding + $0 == y } }
                    if !rows.isEmpty { expected.append((i, rows)) }
                }
                let got = Array(routing.reaches[routing.reachStart[y]..<routing.reachStart[y + 1]])
                let label = "trial \(trial) row \(y)"
                XCTAssertEqual(got.map(\.index), expected.map(\.index), label)
                for (r, e) in zip(got, expected) {
                    XCTAssertEqual(Array(r.rowLo...r.rowHi), e.rows, label)
                    XCTAssertEqual(r.rows, e.rows.count, label)
                    let d = destinations[e.index]
                    XCTAssertEqual([r.core, r.channelLo, r.channelHi], [d.core, d.channelLo, d.channelHi], label)
                }
                entries += got.count
            }
        }
        XCTAssertGreaterThan(entries, 1000)
    }

    /// A depthwise layer's `reachRange(row:channel:)`: for every input row and channel, the
    /// destinations holding that channel whose rows the kernel reaches, in destination order,
    /// with those rows (brute force as above); destinations overlap in channels, leave channels
    /// uncovered and share bounds, so bands split, merge and stay empty.
    func testDepthwiseReachesOfEveryChannelEqualBruteForce() {
        var rng = SplitMix64(seed: 1522)
        var entries = 0, bandsSeen = 0
        for trial in 0..<200 {
            let kernel = 1 + 2 * Int(rng.next() % 3), stride = 1 + Int(rng.next() % 2), padding = kernel / 2
            let inHeight = 1 + Int(rng.next() % 12), channels = 1 + Int(rng.next() % 24)
            let outHeight = (inHeight + 2 * padding - kernel) / stride + 1
            guard outHeight > 0 else { continue }
            let layer = ConvLayer(name: "dw", source: .population(0), output: [], inChannels: channels, outChannels: channels,
                                  kernel: kernel, stride: stride, padding: padding, groups: channels, inHeight: inHeight, inWidth: 3,
                                  outHeight: outHeight, outWidth: (3 + 2 * padding - kernel) / stride + 1, origin: .conv)
            var destinations = [ConvRouting.Destination]()
            for _ in 0..<(1 + Int(rng.next() % 8)) {
                let lo = Int(rng.next() % UInt64(outHeight)), hi = lo + 1 + Int(rng.next() % UInt64(outHeight - lo))
                let c = Int(rng.next() % UInt64(channels))
                destinations.append(.init(core: Int(rng.next() % 16), channelLo: c, channelHi: c + 1 + Int(rng.next() % UInt64(channels - c)),
                                          rowLo: lo, rowHi: hi))
            }
            let routing = ConvRouting(layer: layer, channels: channels, destinations: destinations)
            bandsSeen += routing.bands
            for y in 0..<inHeight {
                for channel in 0..<channels {
                    var expected = [(index: Int, rows: [Int])]()
                    for (i, d) in destinations.enumerated() where channel >= d.channelLo && channel < d.channelHi {
                        let rows = (d.rowLo..<d.rowHi).filter { oy in (0..<kernel).contains { oy * stride - padding + $0 == y } }
                        if !rows.isEmpty { expected.append((i, rows)) }
                    }
                    let got = Array(routing.reaches[routing.reachRange(row: y, channel: channel)])
                    let label = "trial \(trial) row \(y) channel \(channel)"
                    XCTAssertEqual(got.map(\.index), expected.map(\.index), label)
                    for (r, e) in zip(got, expected) {
                        XCTAssertEqual(Array(r.rowLo...r.rowHi), e.rows, label)
                        XCTAssertEqual(r.core, destinations[e.index].core, label)
                    }
                    entries += got.count
                }
            }
        }
        XCTAssertGreaterThan(entries, 5000)
        XCTAssertGreaterThan(bandsSeen, 600, "depthwise layers should split into several channel bands")
    }
}
