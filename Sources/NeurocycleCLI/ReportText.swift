import NCReport

/// The report in each output format.
enum ReportText {
    static func json(_ report: Report) throws -> String { JSONReport.jsonText(report) }
    static func csv(_ report: Report) -> String { CSVRenderer().layersCSV(report) }
    static func html(_ report: Report) -> String { HTMLRenderer().render(report) }
    static func terminal(_ report: Report) -> String { TableRenderer().render(report) }
}
