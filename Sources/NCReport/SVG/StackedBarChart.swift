/// A vertical bar chart whose bars are split into coloured segments, one per series (energy
/// components), with a legend above the plot.
struct StackedBarChart {
    /// One stack of segments.
    struct Column {
        /// Category name.
        var label: String
        /// One value per series, in series order (missing series are 0).
        var values: [Double]
        /// Hover text of each segment, in series order.
        var tooltips: [String]
    }

    /// One series: its legend name and colour.
    struct Series {
        /// Name in the legend.
        var name: String
        /// Fill colour.
        var colour: String
    }

    /// What the chart shows, for screen readers.
    var title: String
    /// Value axis title with unit.
    var axisTitle: String
    /// Series in stacking order, bottom first.
    var series: [Series]
    /// Stacks in order.
    var columns: [Column]
    /// Width the whole picture may take.
    var maxWidth: Double = 1160
    /// Height of the plotting area.
    var plotHeight: Double = 260

    /// The picture.
    func document() -> SVGDocument {
        // Segments are stacked from zero upwards; negative or non-finite values are left out of
        // the stack rather than drawn overlapping.
        let totals = columns.map { $0.values.reduce(0) { $0 + Self.drawable($1) } }
        let axis = ValueAxis(scale: NiceScale(minimum: 0, maximum: totals.max() ?? 0), title: axisTitle)
        let (layout, left) = CategoryLayout.fitting(labels: columns.map(\.label), maxWidth: maxWidth,
                                                    axisWidth: axis.width)
        let legend = Legend(items: series.map { Legend.Item(name: $0.name, colour: $0.colour) })
        // A chart of a few layers is narrow: its legend goes to the right, one entry per line,
        // rather than wrapping into a tall block above a small plot.
        let chartWidth = left + layout.plotWidth + 16
        let legendBeside = chartWidth + legend.columnWidth <= maxWidth && chartWidth < 480
        let legendHeight = legendBeside ? 0 : legend.height(maxWidth: chartWidth - 8)
        let top = legendHeight + 16
        let bottom = top + plotHeight
        let width = legendBeside ? chartWidth + legend.columnWidth : chartWidth
        var document = SVGDocument(width: width, height: max(bottom + layout.labelHeight + 4, top + legend.columnHeight),
                                   title: title)
        if legendBeside {
            legend.drawColumn(into: &document, x: chartWidth, y: top)
        } else {
            legend.draw(into: &document, x: 4, y: 4, maxWidth: chartWidth - 8)
        }
        axis.draw(into: &document, left: left, right: left + layout.plotWidth, top: top, bottom: bottom)
        for (index, column) in columns.enumerated() {
            var base = 0.0
            let x = left + layout.centre(index) - layout.barWidth / 2
            for (seriesIndex, item) in series.enumerated() {
                let value = seriesIndex < column.values.count ? Self.drawable(column.values[seriesIndex]) : 0
                guard value > 0 else { continue }
                let y0 = axis.y(base, top: top, bottom: bottom)
                let y1 = axis.y(base + value, top: top, bottom: bottom)
                let tooltip = seriesIndex < column.tooltips.count ? column.tooltips[seriesIndex] : column.label
                document.rect(x: x, y: y1, width: layout.barWidth, height: y0 - y1, fill: item.colour,
                              tooltip: tooltip)
                base += value
            }
        }
        layout.drawLabels(into: &document, left: left, axisY: bottom, fullNames: columns.map(\.label))
        return document
    }

    private static func drawable(_ value: Double) -> Double {
        value.isFinite && value > 0 ? value : 0
    }
}
