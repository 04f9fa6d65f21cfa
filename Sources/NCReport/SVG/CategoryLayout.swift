import Foundation

/// How categories (layers, populations) spread along a chart's horizontal axis: band and bar
/// widths, and which labels are drawn and how.
///
/// Many categories get thin bars and rotated, thinned labels (every `labelStep`-th); a few get
/// wide-but-capped bars and horizontal labels. Every bar keeps its full name in a tooltip, so a
/// thinned label loses nothing.
struct CategoryLayout {
    /// Labels rotated this many degrees from horizontal when they do not fit side by side.
    static let rotation = 60.0
    /// Labels longer than this are shortened in the middle (`model.2…pwconv1`).
    static let maxLabelCharacters = 24

    /// Number of categories.
    let count: Int
    /// Width of the plotting area.
    let plotWidth: Double
    /// Width given to each category.
    let band: Double
    /// Width of one bar.
    let barWidth: Double
    /// Draw the label of every `labelStep`-th category.
    let labelStep: Int
    /// Whether labels are rotated.
    let rotated: Bool
    /// Labels as drawn (shortened).
    let labels: [String]
    /// Font size of the labels.
    let fontSize: Double
    /// Height the labels need below the axis.
    let labelHeight: Double
    /// How far the first label reaches left of the plotting area.
    let leftOverhang: Double
    /// Horizontal extent of the first label left of its tick (0 when labels are horizontal).
    let firstLabelReach: Double

    /// Lays out `labels` in at most `maxPlotWidth`.
    init(labels: [String], maxPlotWidth: Double, fontSize: Double = 10, preferredBand: Double = 40,
         minPlotWidth: Double = 180, maxBarWidth: Double = 48) {
        count = max(1, labels.count)
        self.fontSize = fontSize
        plotWidth = max(40, min(maxPlotWidth, max(minPlotWidth, Double(count) * preferredBand)))
        band = plotWidth / Double(count)
        // Gaps between bars help when there are few; with many, gaps would eat the bars.
        barWidth = min(maxBarWidth, max(1, band * (band >= 12 ? 0.7 : 0.85)))
        let shortened = labels.map { TextFit.truncateMiddle($0, to: Self.maxLabelCharacters) }
        self.labels = shortened
        let widest = shortened.map { SVGDocument.textWidth($0, size: fontSize) }.max() ?? 0
        if widest <= band - 8 {
            rotated = false
            labelStep = 1
            labelHeight = fontSize + 8
            leftOverhang = 0
            firstLabelReach = 0
        } else {
            rotated = true
            let angle = Self.rotation * Double.pi / 180
            // Neighbouring rotated labels are parallel; their distance apart is band·sin(angle).
            // Keep at least 1.3 line heights between drawn ones.
            let needed = fontSize * 1.3 / (band * sin(angle))
            labelStep = max(1, Int(needed.rounded(.up)))
            labelHeight = widest * sin(angle) + fontSize * cos(angle) + 10
            let first = shortened.first.map { SVGDocument.textWidth($0, size: fontSize) } ?? 0
            firstLabelReach = first * cos(angle)
            leftOverhang = max(0, firstLabelReach - band / 2)
        }
    }

    /// A layout for a chart at most `maxWidth` wide whose value axis needs `axisWidth` on the
    /// left and 16 on the right, and the left edge of its plotting area. A first label that
    /// hangs further left than the axis pushes the plot right; the plot then narrows so the
    /// chart keeps to `maxWidth`.
    static func fitting(labels: [String], maxWidth: Double, axisWidth: Double,
                        preferredBand: Double = 40) -> (layout: CategoryLayout, left: Double) {
        var layout = CategoryLayout(labels: labels, maxPlotWidth: maxWidth - axisWidth - 16,
                                    preferredBand: preferredBand)
        var left = max(axisWidth, layout.leftOverhang + 4)
        if left + layout.plotWidth + 16 > maxWidth {
            // A narrower band lets the first label hang a little further left; reserve the most
            // it can (its whole horizontal reach) so one more pass is always enough.
            left = max(axisWidth, layout.firstLabelReach + 4)
            layout = CategoryLayout(labels: labels, maxPlotWidth: maxWidth - left - 16, preferredBand: preferredBand)
        }
        return (layout, left)
    }

    /// Centre of category `index`, measured from the left of the plotting area.
    func centre(_ index: Int) -> Double {
        (Double(index) + 0.5) * band
    }

    /// Whether the label of category `index` is drawn.
    func showsLabel(_ index: Int) -> Bool {
        index % labelStep == 0
    }

    /// Draws the labels below an axis at height `axisY`, the plotting area starting at `left`.
    /// Under every category, labelled or not, an invisible strip carries its full name as a
    /// hover title, so thinned-out labels can still be read.
    func drawLabels(into document: inout SVGDocument, left: Double, axisY: Double, fullNames: [String]) {
        for index in labels.indices {
            let name = index < fullNames.count ? fullNames[index] : labels[index]
            document.rect(x: left + Double(index) * band, y: axisY, width: band, height: labelHeight, fill: "#ffffff",
                          tooltip: name, opacity: 0)
        }
        for index in labels.indices where showsLabel(index) {
            let x = left + centre(index)
            let name = index < fullNames.count ? fullNames[index] : labels[index]
            if rotated {
                // Anchored at its end just below the tick, the label hangs down to the left;
                // the small shift puts its middle, not its baseline, under the tick.
                document.text(labels[index], x: x + fontSize * 0.35, y: axisY + 8, anchor: .end, size: fontSize,
                              rotation: -Self.rotation, tooltip: name)
            } else {
                document.text(labels[index], x: x, y: axisY + fontSize + 4, anchor: .middle, size: fontSize,
                              tooltip: name)
            }
        }
    }
}
