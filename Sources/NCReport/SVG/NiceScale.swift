import Foundation

/// A linear value axis whose ends and ticks are "nice" numbers (1, 2 or 5 times a power of
/// ten), so a reader can interpolate between gridlines.
///
/// The axis always includes zero: bar lengths are only comparable from a zero baseline.
///
/// ```swift
/// NiceScale(minimum: 0, maximum: 0.83).ticks   // [0, 0.2, 0.4, 0.6, 0.8, 1]
/// ```
struct NiceScale {
    /// Axis ends.
    let lower: Double, upper: Double
    /// Distance between ticks.
    let step: Double

    /// A scale covering `minimum...maximum` and zero with about `targetTicks` intervals.
    /// Non-finite or empty ranges give `0...1`.
    init(minimum: Double, maximum: Double, targetTicks: Int = 5) {
        var low = min(0, minimum.isFinite ? minimum : 0)
        var high = max(0, maximum.isFinite ? maximum : 0)
        if high - low <= 0 || !(high - low).isFinite {
            low = 0
            high = 1
        }
        let step = Self.niceStep((high - low) / Double(max(1, targetTicks)))
        let lower = (low / step).rounded(.down) * step
        let upper = (high / step).rounded(.up) * step
        // Near the largest Double, rounding the ends outwards can overflow; keep the raw ends.
        let finite = lower.isFinite && upper.isFinite
        self.step = step
        self.lower = finite ? lower : low
        self.upper = finite ? upper : high
    }

    /// Tick values from `lower` to `upper`, computed from the index so rounding errors do not
    /// accumulate.
    var ticks: [Double] {
        let intervals = ((upper - lower) / step).rounded()
        let count = intervals.isFinite ? Int(min(100, max(0, intervals))) : 0
        return (0...count).map { lower + Double($0) * step }
    }

    /// Where `value` falls between the ends, 0 at `lower` and 1 at `upper` (unclamped).
    func fraction(_ value: Double) -> Double {
        guard value.isFinite else { return fraction(0) }
        return (value - lower) / (upper - lower)
    }

    /// A tick label: with SI suffixes from 10,000 up, otherwise with as many decimals as the
    /// step needs (`0.2`, `15`).
    func label(_ tick: Double) -> String {
        if max(abs(lower), abs(upper)) >= 10_000 { return ReportFormat.engineering(tick) }
        let decimals = max(0, Int(-floor(log10(step))))
        let text = String(format: "%.\(decimals)f", tick)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// The nice number nearest above `rough`: 1, 2, 5 or 10 times a power of ten.
    static func niceStep(_ rough: Double) -> Double {
        guard rough.isFinite, rough > 0 else { return 1 }
        let magnitude = pow(10, floor(log10(rough)))
        let fraction = rough / magnitude
        let nice: Double = fraction <= 1 ? 1 : (fraction <= 2 ? 2 : (fraction <= 5 ? 5 : 10))
        return nice * magnitude
    }
}
