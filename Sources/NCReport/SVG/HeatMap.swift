/// A grid of coloured cells (cores on the mesh), with column and row indices and a colour
/// legend below. Values are fractions in 0...1 mapped onto the sequential palette.
struct HeatMap {
    /// One cell.
    struct Cell {
        /// Column and row, from the top-left corner.
        var x: Int, y: Int
        /// Fraction in 0...1 that picks the colour (clamped).
        var value: Double
        /// Short text written inside the cell when it is large enough.
        var text: String
        /// Hover text.
        var tooltip: String
        /// A colour off the scale (a core that did no work), nil for the scale's colour of `value`.
        var fill: String? = nil
    }

    /// What the chart shows, for screen readers.
    var title: String
    /// Grid size, at most `maxSide` each way (every position is drawn).
    var columns: Int, rows: Int
    /// Largest grid side drawn; callers show bigger meshes another way.
    static let maxSide = 128
    /// Cells with data; positions without one are drawn grey.
    var cells: [Cell]
    /// Legend title with unit.
    var legendTitle: String
    /// Legend tick positions (fractions) and their labels.
    var legendTicks: [(Double, String)]
    /// Width the whole picture may take.
    var maxWidth: Double = 1160
    /// Whether the legend explains the `Palette.noWork` colour.
    var showsNoWork = false

    /// The picture.
    func document() -> SVGDocument {
        let columns = min(Self.maxSide, max(1, self.columns)), rows = min(Self.maxSide, max(1, self.rows))
        let margin = 30.0
        // Cells stay square, between 10 px (a 100-wide mesh still fits) and 44 px (a 2×2 mesh
        // does not become a poster).
        let cell = min(44, max(10, ((maxWidth - margin - 10) / Double(columns)).rounded(.down)))
        let gridWidth = cell * Double(columns), gridHeight = cell * Double(rows)
        let indexFont = min(10, cell * 0.8)
        let indexStep = Self.step(cell: cell, font: indexFont)
        let legendTop = margin + gridHeight + 18
        let width = max(margin + gridWidth + 10, margin + 320)
        var document = SVGDocument(width: width, height: legendTop + 64, title: title)

        for column in stride(from: 0, to: columns, by: indexStep) {
            document.text(String(column), x: margin + (Double(column) + 0.5) * cell, y: margin - 6,
                          anchor: .middle, size: indexFont)
        }
        for row in stride(from: 0, to: rows, by: indexStep) {
            document.text(String(row), x: margin - 5, y: margin + (Double(row) + 0.5) * cell + indexFont * 0.35,
                          anchor: .end, size: indexFont)
        }
        let filled = Set(cells.map { Position(x: $0.x, y: $0.y) })
        for row in 0..<rows {
            for column in 0..<columns where !filled.contains(Position(x: column, y: row)) {
                document.rect(x: margin + Double(column) * cell, y: margin + Double(row) * cell, width: cell,
                              height: cell, fill: Palette.missing, stroke: "#ffffff",
                              tooltip: "(\(column), \(row)): no data")
            }
        }
        let textFont = cell * 0.32
        for item in cells where item.x >= 0 && item.x < columns && item.y >= 0 && item.y < rows {
            let x = margin + Double(item.x) * cell, y = margin + Double(item.y) * cell
            document.beginGroup(tooltip: item.tooltip)
            if let fill = item.fill {
                document.rect(x: x + 0.5, y: y + 0.5, width: cell - 1, height: cell - 1, fill: fill, stroke: Palette.grid)
            } else {
                document.rect(x: x, y: y, width: cell, height: cell, fill: Palette.sequential(item.value), stroke: "#ffffff")
            }
            if cell >= 26 && SVGDocument.textWidth(item.text, size: textFont) <= cell - 4 {
                document.text(item.text, x: x + cell / 2, y: y + cell / 2 + textFont * 0.35, anchor: .middle,
                              size: textFont, fill: item.fill == nil ? Palette.textOnSequential(item.value) : Palette.ink)
            }
            document.endGroup()
        }
        drawLegend(into: &document, x: margin, y: legendTop)
        return document
    }

    private struct Position: Hashable {
        var x: Int, y: Int
    }

    /// Index labels on every `step`-th row and column, so they never collide.
    private static func step(cell: Double, font: Double) -> Int {
        let needed = font * 2.2 / cell
        return max(1, Int(needed.rounded(.up)))
    }

    private func drawLegend(into document: inout SVGDocument, x: Double, y: Double) {
        // Discrete steps rather than a gradient: a gradient needs an `id`, and ids collide when
        // several SVGs share a page.
        let steps = 40, width = 240.0, height = 12.0
        document.text(legendTitle, x: x, y: y + 10, size: 11)
        let barTop = y + 16
        for index in 0..<steps {
            let fraction = (Double(index) + 0.5) / Double(steps)
            document.rect(x: x + Double(index) * width / Double(steps), y: barTop, width: width / Double(steps) + 0.5,
                          height: height, fill: Palette.sequential(fraction))
        }
        for (position, label) in legendTicks {
            let tickX = x + min(1, max(0, position)) * width
            document.line(x1: tickX, y1: barTop + height, x2: tickX, y2: barTop + height + 4, stroke: Palette.axis)
            document.text(label, x: tickX, y: barTop + height + 15, anchor: .middle, size: 10)
        }
        document.rect(x: x + width + 24, y: barTop, width: height, height: height, fill: Palette.missing,
                      stroke: Palette.grid)
        document.text("no data", x: x + width + 24 + height + 5, y: barTop + height - 2, size: 10)
        if showsNoWork {
            document.rect(x: x + width + 24, y: barTop + height + 6, width: height, height: height, fill: Palette.noWork,
                          stroke: Palette.grid)
            document.text("no work", x: x + width + 24 + height + 5, y: barTop + 2 * height + 4, size: 10)
        }
    }
}
