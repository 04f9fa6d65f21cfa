/// A Gantt chart: one row per item, a bar from its start to its end on a shared horizontal
/// axis (cycles). Rows keep the report's order, so a pipeline reads as a staircase.
struct Timeline {
    /// One row.
    struct Bar {
        var label: String
        var start: Double, end: Double
        var tooltip: String
        var colour: String
    }

    /// What the chart shows, for screen readers.
    var title: String
    /// Axis title with its unit.
    var axisTitle: String
    var bars: [Bar]
    /// Width the whole picture may take.
    var maxWidth: Double = 1160

    /// The picture.
    func document() -> SVGDocument {
        let font = 9.0, pitch = 11.0, barHeight = 7.0
        let labelWidth = min(230, (bars.map { SVGDocument.textWidth($0.label, size: font) }.max() ?? 0) + 8)
        let left = labelWidth + 6, top = 12.0
        let plotWidth = max(200, min(maxWidth, 1160) - left - 20)
        let scale = NiceScale(minimum: 0, maximum: bars.map(\.end).max() ?? 1, targetTicks: 8)
        let bottom = top + pitch * Double(bars.count)
        var document = SVGDocument(width: left + plotWidth + 20, height: bottom + 44, title: title)
        func x(_ value: Double) -> Double { left + min(1, max(0, scale.fraction(value))) * plotWidth }
        for tick in scale.ticks {
            document.line(x1: x(tick), y1: top, x2: x(tick), y2: bottom, stroke: tick == 0 ? Palette.axis : Palette.grid)
            document.text(scale.label(tick), x: x(tick), y: bottom + 13, anchor: .middle, size: 10)
        }
        document.text(axisTitle, x: left + plotWidth / 2, y: bottom + 30, anchor: .middle, size: 11)
        for (i, bar) in bars.enumerated() {
            let y = top + Double(i) * pitch
            document.text(TextFitting.shorten(bar.label, width: labelWidth - 4, size: font), x: left - 6,
                          y: y + barHeight, anchor: .end, size: font)
            document.rect(x: x(bar.start), y: y + (pitch - barHeight) / 2, width: max(1, x(bar.end) - x(bar.start)), height: barHeight,
                          fill: bar.colour, tooltip: bar.tooltip)
        }
        return document
    }
}

/// Shortening labels to a width, keeping their end (a module path's distinctive part).
enum TextFitting {
    /// `text`, with its start replaced by `…` until it fits `width` at `size`.
    static func shorten(_ text: String, width: Double, size: Double) -> String {
        guard SVGDocument.textWidth(text, size: size) > width else { return text }
        var kept = Substring(text)
        while !kept.isEmpty && SVGDocument.textWidth("…" + kept, size: size) > width { kept = kept.dropFirst() }
        return "…" + kept
    }
}
