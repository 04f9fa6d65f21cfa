/// A fixed-width text table: a header (title line and unit line), rows, rules, all lines the
/// same width so the table reads as a block in a terminal or a log.
///
/// When the table is wider than allowed, the columns marked `truncate` or `wrap` give up width
/// (widest first) down to their minimum; the others always fit their contents.
///
/// The `listing` layout draws the plainer tables of `map` and `inspect`: headers left-aligned
/// over every column, no rule under them, no spaces at the ends of lines.
struct TextTable {
    /// Horizontal alignment of a column's cells; numbers are right-aligned so digits line up.
    enum Alignment {
        case left, right
    }

    /// What a column does with text wider than it.
    enum Overflow {
        /// Never narrowed.
        case fixed
        /// Shortened in the middle with `…`.
        case truncate
        /// Broken into several lines.
        case wrap
    }

    /// One column.
    struct Column {
        /// Header, first line.
        var title: String
        /// Header, second line: the unit (`µJ`, `count`), or empty.
        var unit: String = ""
        /// Cell alignment.
        var alignment: Alignment = .right
        /// How it narrows.
        var overflow: Overflow = .fixed
        /// Narrowest it may become (never narrower than its header).
        var minWidth: Int = 8
    }

    /// How the header and the line ends are drawn.
    enum Layout {
        /// Headers aligned like their columns and ruled off; every line as wide as the table.
        case block
        /// Headers left-aligned, no rule under them, trailing spaces removed.
        case listing
    }

    /// A row of cells, or a rule across the table.
    enum Row {
        case cells([String])
        case rule
    }

    /// The columns, left to right.
    var columns: [Column]
    /// Rows in order.
    private(set) var rows: [Row] = []
    /// Whether the header and the rule under it are drawn.
    var showsHeader = true
    /// How the header and the line ends are drawn.
    var layout = Layout.block

    /// A table with these columns.
    init(columns: [Column], showsHeader: Bool = true, layout: Layout = .block) {
        self.columns = columns
        self.showsHeader = showsHeader
        self.layout = layout
    }

    /// Appends a row; missing cells are empty, extra cells are dropped. Control characters
    /// in the cells (names come from files) are neutralised.
    mutating func add(_ cells: [String]) {
        rows.append(.cells(cells.map(TextFit.terminalSafe)))
    }

    /// Appends a rule (before a totals row).
    mutating func addRule() {
        rows.append(.rule)
    }

    private static let ruleCharacter: Character = "─"

    /// Columns are two spaces apart, or one when that is what it takes to fit.
    private func gap(for maxWidth: Int) -> Int {
        minimumWidth(gap: 2) <= maxWidth ? 2 : 1
    }

    /// The narrowest this table can be (flexible columns at their minimum), without indent.
    func minimumWidth(gap: Int = 1) -> Int {
        let natural = naturalWidths()
        let widths = columns.indices.map { index in
            columns[index].overflow == .fixed ? natural[index] : min(natural[index], floorWidth(index))
        }
        return widths.reduce(0, +) + gap * max(0, columns.count - 1)
    }

    /// The table as lines of equal length, each starting with `indent` spaces, at most `width`
    /// characters wide when the flexible columns can shrink enough.
    func lines(width: Int, indent: Int = 2) -> [String] {
        let gap = self.gap(for: width - indent)
        let widths = columnWidths(maxWidth: width - indent, gap: gap)
        let margin = String(repeating: " ", count: indent)
        let total = widths.reduce(0, +) + gap * max(0, widths.count - 1)
        let rule = margin + String(repeating: Self.ruleCharacter, count: total)
        var output: [String] = []
        if showsHeader {
            output += physicalLines(columns.map(\.title), widths: widths, gap: gap, header: true).map { margin + $0 }
            if columns.contains(where: { !$0.unit.isEmpty }) {
                output += physicalLines(columns.map(\.unit), widths: widths, gap: gap, header: true).map { margin + $0 }
            }
            if layout == .block { output.append(rule) }
        }
        for row in rows {
            switch row {
            case .rule: output.append(rule)
            case .cells(let cells):
                output += physicalLines(cells, widths: widths, gap: gap, header: false).map { margin + $0 }
            }
        }
        if layout == .listing {
            output = output.map { line in
                var line = line
                while line.hasSuffix(" ") { line.removeLast() }
                return line
            }
        }
        return output
    }

    /// Widest header or cell of each column.
    private func naturalWidths() -> [Int] {
        var widths = columns.map { column in
            showsHeader ? max(column.title.count, column.unit.count) : 0
        }
        for row in rows {
            guard case .cells(let cells) = row else { continue }
            for (index, cell) in cells.prefix(columns.count).enumerated() {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return widths
    }

    /// Narrowest a flexible column may become: its minimum, and never narrower than its header.
    private func floorWidth(_ index: Int) -> Int {
        let header = showsHeader ? max(columns[index].title.count, columns[index].unit.count) : 1
        return max(columns[index].minWidth, header)
    }

    /// Natural widths, then narrowed until the table fits `maxWidth` or cannot shrink further.
    private func columnWidths(maxWidth: Int, gap: Int) -> [Int] {
        var widths = naturalWidths()
        var excess = widths.reduce(0, +) + gap * max(0, columns.count - 1) - maxWidth
        // Widest first, ties left to right, so the result never depends on sort stability.
        let flexible = columns.indices.filter { columns[$0].overflow != .fixed }.sorted { a, b in
            widths[a] != widths[b] ? widths[a] > widths[b] : a < b
        }
        for index in flexible where excess > 0 {
            let give = min(excess, max(0, widths[index] - floorWidth(index)))
            widths[index] -= give
            excess -= give
        }
        return widths
    }

    /// One logical row as one or more lines (wrapped cells add lines).
    private func physicalLines(_ cells: [String], widths: [Int], gap: Int, header: Bool) -> [String] {
        var columnsLines: [[String]] = []
        for (index, column) in columns.enumerated() {
            let cell = index < cells.count ? cells[index] : ""
            let width = widths[index]
            if cell.count <= width {
                columnsLines.append([cell])
            } else if column.overflow == .wrap && !header {
                columnsLines.append(TextFit.wrap(cell, width: width))
            } else {
                columnsLines.append([TextFit.truncateMiddle(cell, to: width)])
            }
        }
        let height = columnsLines.map(\.count).max() ?? 1
        return (0..<height).map { line in
            columns.indices.map { index in
                let text = line < columnsLines[index].count ? columnsLines[index][line] : ""
                // Headers follow their column's alignment so a unit sits over its numbers (in a
                // block; a listing's headers all start at their column's left edge).
                let right = columns[index].alignment == .right && !(header && layout == .listing)
                return TextFit.pad(text, to: widths[index], alignRight: right)
            }.joined(separator: String(repeating: " ", count: gap))
        }
    }
}
