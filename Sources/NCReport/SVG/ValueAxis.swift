import Foundation

/// A vertical value axis: gridlines, tick labels and a rotated title.
struct ValueAxis {
    /// The scale.
    let scale: NiceScale
    /// Axis title with its unit (`energy (µJ)`).
    let title: String
    /// Font size of the tick labels.
    let fontSize: Double = 10

    /// Room the tick labels and the title need left of the plotting area.
    var width: Double {
        let widest = scale.ticks.map { SVGDocument.textWidth(scale.label($0), size: fontSize) }.max() ?? 0
        return widest + 8 + fontSize + 10
    }

    /// Vertical position of `value` in a plotting area from `top` to `bottom`.
    func y(_ value: Double, top: Double, bottom: Double) -> Double {
        bottom - scale.fraction(value) * (bottom - top)
    }

    /// Draws gridlines across `left...right`, tick labels and the title.
    func draw(into document: inout SVGDocument, left: Double, right: Double, top: Double, bottom: Double) {
        for tick in scale.ticks {
            let y = self.y(tick, top: top, bottom: bottom)
            document.line(x1: left, y1: y, x2: right, y2: y, stroke: tick == 0 ? Palette.axis : Palette.grid)
            document.text(scale.label(tick), x: left - 6, y: y + fontSize * 0.35, anchor: .end, size: fontSize)
        }
        let middle = (top + bottom) / 2
        let x = left - width + fontSize + 2
        document.text(title, x: x, y: middle, anchor: .middle, size: fontSize + 1, rotation: -90)
    }
}
