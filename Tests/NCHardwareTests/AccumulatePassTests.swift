import XCTest

@testable import NCHardware
@testable import NCModel

/// The accumulate units' cycles per event, `ceil(fan-out / units)`: by a shift for a power of two
/// of units, by a division otherwise; both against the ceiling of the real quotient.
final class AccumulatePassTests: XCTestCase {
    func testPassCyclesAreTheCeilingOfFanoutOverUnits() {
        let layer = ConvLayer(name: "l", source: .population(0), output: [], inChannels: 1, outChannels: 1, kernel: 1, stride: 1,
                              padding: 0, groups: 1, inHeight: 1, inWidth: 1, outHeight: 1, outWidth: 1, origin: .conv)
        var shifts = 0
        for units in 1...40 {
            let sim = ConvStepSimulator(config: TinyNetworks.machine(width: 1, units: units, latency: 1), layer: layer, levels: 4,
                                        channels: 1, destinations: [])
            if sim.unitShift >= 0 { shifts += 1 }
            for fanout in 0...300 {
                XCTAssertEqual(sim.passCycles(fanout), Int((Double(fanout) / Double(units)).rounded(.up)), "\(fanout) over \(units)")
            }
        }
        XCTAssertEqual(shifts, 6, "1, 2, 4, 8, 16 and 32 units go by a shift")
    }
}
