/// A vertical bar chart: one bar per category on a zero-based value axis.
///
/// Each bar carries a tooltip (its full name and value), so names stay available when labels
/// are shortened or thinned. Value labels are written above the bars when they fit.
struct BarChart {
    /// One bar.
    struct Bar {
        /// Category name (shortened on the axis, full in the tooltip).
        var label: String
        /// Length of the bar.
        var value: Double
        /// The value as the report shows it, written above the bar when there is room.
        var valueText: String
        /// Hover text.
        var tooltip: String
        /// Fill colour.
        var colour: String = Palette.category(0)
    }

    /// What the chart shows, for screen readers.
    var title: String
    /// Value axis title with unit.
    var axisTitle: String
    /// Bars in order.
    var bars: [Bar]
    /// Width the whole picture may take.
    var maxWidth: Double = 1160
    /// Height of the plotting area.
    var plotHeight: Double = 240
    /// Width of each category when there is room (wide bars for a handful of categories).
    var preferredBand: Double = 40

    /// The picture.
    func document() -> SVGDocument {
        let values = bars.map(\.value).filter(\.isFinite)
        let axis = ValueAxis(scale: NiceScale(minimum: values.min() ?? 0, maximum: values.max() ?? 0),
                             title: axisTitle)
        let (layout, left) = CategoryLayout.fitting(labels: bars.map(\.label), maxWidth: maxWidth, axisWidth: axis.width,
                                                    preferredBand: preferredBand)
        let valueFont = 10.0
        let widestValue = bars.map { SVGDocument.textWidth($0.valueText, size: valueFont) }.max() ?? 0
        let showValues = widestValue <= layout.band - 2
        let top = showValues ? 22.0 : 10.0
        let bottom = top + plotHeight
        let width = left + layout.plotWidth + 16
        let height = bottom + layout.labelHeight + 4
        var document = SVGDocument(width: width, height: height, title: title)
        axis.draw(into: &document, left: left, right: left + layout.plotWidth, top: top, bottom: bottom)
        let zero = axis.y(0, top: top, bottom: bottom)
        for (index, bar) in bars.enumerated() {
            let value = bar.value.isFinite ? bar.value : 0
            let y = axis.y(value, top: top, bottom: bottom)
            let x = left + layout.centre(index) - layout.barWidth / 2
            document.rect(x: x, y: min(y, zero), width: layout.barWidth, height: abs(zero - y), fill: bar.colour,
                          tooltip: bar.tooltip)
            if showValues {
                document.text(bar.valueText, x: x + layout.barWidth / 2, y: min(y, zero) - 4, anchor: .middle,
                              size: valueFont)
            }
        }
        layout.drawLabels(into: &document, left: left, axisY: bottom, fullNames: bars.map(\.label))
        return document
    }
}
