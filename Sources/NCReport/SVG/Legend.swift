/// Colour swatches with names, wrapped into rows.
struct Legend {
    /// One entry.
    struct Item {
        /// Name shown.
        var name: String
        /// Swatch colour.
        var colour: String
    }

    /// Entries in order.
    let items: [Item]
    /// Font size.
    let fontSize: Double = 11

    private var rowHeight: Double { fontSize + 8 }

    private func placements(maxWidth: Double) -> [(x: Double, row: Int)] {
        var result: [(Double, Int)] = []
        var x = 0.0, row = 0
        for item in items {
            let width = 14 + SVGDocument.textWidth(item.name, size: fontSize) + 18
            if x > 0 && x + width > maxWidth {
                x = 0
                row += 1
            }
            result.append((x, row))
            x += width
        }
        return result
    }

    /// Height the legend needs in `maxWidth`.
    func height(maxWidth: Double) -> Double {
        guard let last = placements(maxWidth: maxWidth).last else { return 0 }
        return Double(last.row + 1) * rowHeight
    }

    /// Draws the legend with its top-left corner at (`x`, `y`).
    func draw(into document: inout SVGDocument, x: Double, y: Double, maxWidth: Double) {
        for (item, place) in zip(items, placements(maxWidth: maxWidth)) {
            let top = y + Double(place.row) * rowHeight
            document.rect(x: x + place.x, y: top + 2, width: 11, height: 11, fill: item.colour)
            document.text(item.name, x: x + place.x + 15, y: top + 2 + fontSize - 1, size: fontSize)
        }
    }

    /// Width of the legend drawn as one column (`drawColumn`).
    var columnWidth: Double {
        (items.map { SVGDocument.textWidth($0.name, size: fontSize) }.max() ?? 0) + 15 + 8
    }

    /// Height of the legend drawn as one column.
    var columnHeight: Double {
        Double(items.count) * rowHeight
    }

    /// Draws the legend as one column, one entry per line, top-left corner at (`x`, `y`).
    func drawColumn(into document: inout SVGDocument, x: Double, y: Double) {
        for (index, item) in items.enumerated() {
            let top = y + Double(index) * rowHeight
            document.rect(x: x, y: top + 2, width: 11, height: 11, fill: item.colour)
            document.text(item.name, x: x + 15, y: top + 2 + fontSize - 1, size: fontSize)
        }
    }
}
