/// An HTML table with unit lines in the headers, right-aligned numeric columns and an optional
/// totals footer. Cells are text; the writer escapes them.
struct HTMLTable {
    /// One column.
    struct Column {
        /// Header text.
        var title: String
        /// Unit under the title, or empty.
        var unit: String = ""
        /// Right-aligned, tabular digits.
        var numeric: Bool = true
        /// Set in a monospace face and allowed to break anywhere (module paths).
        var isName: Bool = false
    }

    /// Columns, left to right.
    var columns: [Column]
    /// Body rows.
    var rows: [[String]] = []
    /// Footer rows (totals).
    var footer: [[String]] = []

    /// Writes the table inside a horizontally scrolling box, so a wide table never widens the
    /// page.
    func write(into writer: inout MarkupWriter) {
        writer.open("div", [("class", "scroll")])
        writer.open("table")
        writer.open("thead")
        writer.open("tr")
        for column in columns {
            writer.open("th", column.numeric ? [("class", "n")] : [])
            writer.text(column.title)
            if !column.unit.isEmpty {
                writer.empty("br")
                writer.element("span", [("class", "unit")], text: column.unit)
            }
            writer.close("th")
        }
        writer.close("tr")
        writer.close("thead")
        writer.newline()
        writer.open("tbody")
        for row in rows { writeRow(row, into: &writer) }
        writer.close("tbody")
        if !footer.isEmpty {
            writer.open("tfoot")
            for row in footer { writeRow(row, into: &writer) }
            writer.close("tfoot")
        }
        writer.close("table")
        writer.close("div")
        writer.newline()
    }

    private func writeRow(_ row: [String], into writer: inout MarkupWriter) {
        writer.open("tr")
        for (index, column) in columns.enumerated() {
            let cell = index < row.count ? row[index] : ""
            let style = column.isName ? "name" : (column.numeric ? "n" : "")
            writer.element("td", style.isEmpty ? [] : [("class", style)], text: cell)
        }
        writer.close("tr")
        writer.newline()
    }

    /// A two- or three-column table of named values: name, number, unit.
    static func measurements(_ rows: [(String, String, String)]) -> HTMLTable {
        var table = HTMLTable(columns: [
            Column(title: "quantity", numeric: false), Column(title: "value"), Column(title: "unit", numeric: false),
        ])
        table.rows = rows.map { [$0.0, $0.1, $0.2] }
        return table
    }
}
