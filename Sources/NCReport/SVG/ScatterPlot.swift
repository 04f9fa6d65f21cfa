import Foundation
import NCFormats

/// Points on two value axes, each with a tooltip, and an optional line through some of them
/// (a Pareto front, or the mean at each value of a swept parameter). The horizontal axis is a
/// zero-based value axis, or evenly spaced categories when `categories` is given (then a
/// mark's `x` is its category index).
struct ScatterPlot {
    /// One point.
    struct Mark {
        /// Position in data units (a category index when the plot has categories).
        var x: Double, y: Double
        /// Fill colour.
        var colour: String
        /// Hover text.
        var tooltip: String
        /// Drawn larger with an outline (a point on the Pareto front).
        var emphasised = false
    }

    /// What the chart shows, for screen readers.
    var title: String
    /// Axis titles with units.
    var xTitle: String, yTitle: String
    /// The points.
    var marks: [Mark]
    /// A line through these data points, in order (empty: none).
    var line: [(x: Double, y: Double)] = []
    /// Category names along the horizontal axis, or nil for a value axis.
    var categories: [String]? = nil
    /// Plotting area size.
    var plotWidth: Double = 460, plotHeight: Double = 260

    /// The picture.
    func document() -> SVGDocument {
        let ys = (marks.map(\.y) + line.map(\.y)).filter(\.isFinite)
        let yAxis = ValueAxis(scale: NiceScale(minimum: ys.min() ?? 0, maximum: ys.max() ?? 0), title: yTitle)
        let left = yAxis.width + 4, top = 12.0
        let right = left + plotWidth, bottom = top + plotHeight
        let fontSize = 10.0
        var document = SVGDocument(width: right + 24, height: bottom + 44, title: title)
        yAxis.draw(into: &document, left: left, right: right, top: top, bottom: bottom)
        let xPosition: (Double) -> Double
        if let categories {
            let band = plotWidth / Double(max(1, categories.count))
            xPosition = { left + band * ($0 + 0.5) }
            for (k, name) in categories.enumerated() {
                let x = xPosition(Double(k))
                document.line(x1: x, y1: bottom, x2: x, y2: bottom + 4, stroke: Palette.axis)
                let shown = TextElision.middle(name, limit: max(3, Int(band / (fontSize * 0.62))))
                document.text(shown, x: x, y: bottom + 16, anchor: .middle, size: fontSize, tooltip: name)
            }
        } else {
            let xs = (marks.map(\.x) + line.map(\.x)).filter(\.isFinite)
            let scale = NiceScale(minimum: xs.min() ?? 0, maximum: xs.max() ?? 0)
            xPosition = { left + scale.fraction($0) * plotWidth }
            for tick in scale.ticks {
                let x = xPosition(tick)
                document.line(x1: x, y1: top, x2: x, y2: bottom, stroke: tick == 0 ? Palette.axis : Palette.grid)
                document.text(scale.label(tick), x: x, y: bottom + 16, anchor: .middle, size: fontSize)
            }
        }
        document.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: Palette.axis)
        document.text(xTitle, x: (left + right) / 2, y: bottom + 34, anchor: .middle, size: fontSize + 1)
        let place = { (p: (x: Double, y: Double)) in
            (x: xPosition(p.x.isFinite ? p.x : 0), y: yAxis.y(p.y.isFinite ? p.y : 0, top: top, bottom: bottom))
        }
        document.polyline(line.map(place), stroke: Palette.ink, dashed: categories == nil)
        // Plain marks first, so emphasised ones stay visible on top.
        for mark in marks.filter({ !$0.emphasised }) + marks.filter(\.emphasised) {
            let p = place((mark.x, mark.y))
            document.circle(cx: p.x, cy: p.y, r: mark.emphasised ? 5 : 3.5, fill: mark.colour,
                            stroke: mark.emphasised ? Palette.ink : nil, tooltip: mark.tooltip)
        }
        return document
    }
}
