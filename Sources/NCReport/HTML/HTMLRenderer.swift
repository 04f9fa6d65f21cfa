/// A report as one self-contained HTML page: headline cards, inline SVG charts and tables.
///
/// The page has no scripts and references no URL — style sheet and charts are inline, fonts
/// are the reader's own — so it opens offline and can be mailed or archived as one file. It is
/// written as well-formed XHTML-compatible markup (`<!DOCTYPE html>`, every element closed,
/// void elements self-closed, all text escaped), so it parses with an XML parser as well as a
/// browser. Every number on the page is one of the report's numbers run through `ReportFormat`;
/// the charts draw the same numbers they label.
///
/// ```swift
/// try HTMLRenderer().render(report).write(toFile: "report.html", atomically: true, encoding: .utf8)
/// ```
public struct HTMLRenderer: Sendable {
    /// Choices that change the look, never the numbers.
    public struct Options: Sendable, Equatable {
        /// Widest a chart may be, in CSS pixels (it shrinks with a narrower window).
        public var maxChartWidth: Double
        /// List every core in a collapsed table under the busiest ones.
        public var listAllCores: Bool
        /// How many of the busiest cores the visible table lists.
        public var busiestCores: Int

        /// Options; the defaults suit a desktop browser.
        public init(maxChartWidth: Double = 1160, listAllCores: Bool = true, busiestCores: Int = 5) {
            self.maxChartWidth = maxChartWidth
            self.listAllCores = listAllCores
            self.busiestCores = busiestCores
        }
    }

    /// The options in use.
    public var options: Options

    /// A renderer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The page.
    public func render(_ report: Report) -> String {
        page(title: "neurocycle \(report.command) — \(report.model.name)") { html in
            writeHeader(report, into: &html)
            writeCards(report, into: &html)
            writeCharts(report, into: &html)
            writeTimesteps(report, into: &html)
            writeTables(report, into: &html)
        }
    }

    /// A whole page: the document head with `title` and the style sheet, then `main` written by `body`.
    func page(title: String, _ body: (inout MarkupWriter) -> Void) -> String {
        var html = MarkupWriter()
        html.raw("<!DOCTYPE html>\n")
        html.open("html", [("lang", "en")])
        html.newline()
        html.open("head")
        html.empty("meta", [("charset", "utf-8")])
        html.empty("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
        html.element("title", text: title)
        html.open("style")
        // Raw, not escaped: HTML does not decode entities inside <style>. The CSS is a constant
        // without `<` or `&`, so it is also well-formed XML text.
        html.raw(HTMLStyle.css)
        html.close("style")
        html.close("head")
        html.newline()
        html.open("body")
        html.open("main")
        body(&html)
        html.close("main")
        html.close("body")
        html.close("html")
        html.newline()
        return html.output
    }

    // MARK: - Header and cards

    private func writeHeader(_ report: Report, into html: inout MarkupWriter) {
        let model = report.model
        html.open("header")
        html.element("h1", text: model.name)
        let input = model.originalHeight == nil ? "\(model.input) (\(model.inputWidth)×\(model.inputHeight) px)" : model.inputLine
        var line = "neurocycle \(report.command) · \(input) · "
            + "scale \(model.scaleText) · "
            + "T = \(model.timesteps), D = \(model.spikeLevels)"
        if let hardware = report.hardware {
            line += " · hardware \(hardware.config), \(hardware.meshWidth)×\(hardware.meshHeight) mesh, "
                + "\(ReportFormat.engineering(hardware.clockHz, unit: "Hz")), \(hardware.mappingMode), \(hardware.arithmetic)"
        }
        html.element("p", [("class", "meta")], text: line)
        if let source = report.source {
            html.element("p", [("class", "meta")], text: "spikes: " + source.summary)
            if let warning = source.warning { html.element("p", [("class", "warning")], text: "warning: " + warning) }
        }
        html.close("header")
        html.newline()
    }

    /// A headline number: label, value with unit, and a line of context.
    struct Card {
        var label: String
        var value: String
        var unit: String
        var detail: String
    }

    /// The headline numbers, in display order.
    func cards(_ report: Report) -> [Card] {
        let paper = report.energy.paper
        var cards = [
            Card(label: "SNN energy · paper", value: ReportFormat.decimal(paper.snnMillijoules), unit: "mJ",
                 detail: "E_AC \(ReportFormat.exact(paper.acPicojoules)) pJ × value-weighted SOPs"),
            Card(label: "ANN energy · paper", value: ReportFormat.decimal(paper.annMillijoules), unit: "mJ",
                 detail: "E_MAC \(ReportFormat.exact(paper.macPicojoules)) pJ × MACs"),
            Card(label: "ANN / SNN · paper", value: ReportFormat.decimal(paper.ratio), unit: "×",
                 detail: "SNN / ANN \(ReportFormat.decimal(report.energy.annBaseline.paperRatio))"),
        ]
        if let chip = report.energy.hardware {
            var detail = "sum of \(chip.breakdown.count) components"
            if let sameChip = report.energy.annBaseline.sameChipMillijoules {
                detail = "same-chip ANN \(ReportFormat.decimal(sameChip)) mJ"
            }
            if let ratio = report.energy.annBaseline.chipRatio {
                detail += " · SNN / ANN \(ReportFormat.decimal(ratio))"
            }
            cards.append(Card(label: "SNN energy · chip", value: ReportFormat.decimal(chip.totalMillijoules), unit: "mJ",
                              detail: detail))
        }
        if let hardware = report.hardware {
            let latency = ReportFormat.durationParts(seconds: hardware.latencySeconds)
            cards.append(Card(label: "Latency · chip", value: latency.number, unit: latency.unit,
                              detail: "\(ReportFormat.grouped(hardware.cycles)) cycles at "
                                  + ReportFormat.engineering(hardware.clockHz, unit: "Hz")))
        }
        let totals = report.totals
        cards.append(Card(label: "Synaptic operations", value: ReportFormat.engineering(totals.sops), unit: "SOPs",
                          detail: "\(ReportFormat.grouped(totals.sops)) event-exact"))
        cards.append(Card(label: "Spikes", value: ReportFormat.engineering(totals.spikes), unit: "spikes",
                          detail: "\(ReportFormat.grouped(totals.spikes)) from \(ReportFormat.grouped(totals.neurons)) neurons"))
        cards.append(Card(label: "Dense MACs", value: ReportFormat.engineering(totals.macs), unit: "MACs",
                          detail: "\(ReportFormat.grouped(totals.macs)) in \(report.layers.count) layers"))
        if let events = totals.events, report.hardware != nil {
            cards.append(Card(label: "Events to cores", value: ReportFormat.engineering(events), unit: "events",
                              detail: "\(ReportFormat.grouped(events)) binary events, each once per destination core"))
        }
        return cards
    }

    private func writeCards(_ report: Report, into html: inout MarkupWriter) {
        writeCards(cards(report), into: &html)
    }

    /// Headline cards in a row.
    func writeCards(_ cards: [Card], into html: inout MarkupWriter) {
        html.open("section", [("class", "cards")])
        for card in cards {
            html.open("div", [("class", "card")])
            html.element("div", [("class", "label")], text: card.label)
            html.open("div", [("class", "value")])
            html.text(card.value)
            html.element("span", [("class", "unit")], text: card.unit)
            html.close("div")
            html.element("div", [("class", "sub")], text: card.detail)
            html.close("div")
            html.newline()
        }
        html.close("section")
        html.newline()
    }

    /// A chart in a titled, captioned figure as wide as the chart (at least wide enough for a
    /// readable caption), so small charts sit side by side instead of in wide empty boxes.
    func writeFigure(_ chart: SVGDocument, title: String, caption: String, into html: inout MarkupWriter) {
        let width = SVGDocument.number(max(chart.width, 320) + 26)
        html.open("figure", [("style", "width: \(width)px")])
        html.element("h3", text: title)
        html.raw(chart.markup())
        html.element("figcaption", text: caption)
        html.close("figure")
        html.newline()
    }
}
