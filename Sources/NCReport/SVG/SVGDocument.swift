import Foundation

/// One SVG picture, built element by element. Every string is escaped on the way in, so a
/// chart cannot produce malformed markup whatever the layer names contain.
///
/// Coordinates are user units (CSS pixels at 100 %). The document carries no `id`s, because
/// several SVGs inline in one HTML page share a single id namespace.
struct SVGDocument {
    /// Horizontal text alignment relative to the anchor point.
    enum Anchor: String {
        case start, middle, end
    }

    /// Width and height in user units.
    let width: Double, height: Double
    /// What the picture shows, for screen readers and hover (`<title>` child of `<svg>`).
    let title: String
    private var body = MarkupWriter()

    /// An empty picture.
    init(width: Double, height: Double, title: String) {
        self.width = max(1, width)
        self.height = max(1, height)
        self.title = title
    }

    /// A filled rectangle; `tooltip` becomes a `<title>` child, which browsers show on hover.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       stroke: String? = nil, tooltip: String? = nil, opacity: Double? = nil) {
        var attributes: Attributes = [
            ("x", Self.number(x)), ("y", Self.number(y)),
            ("width", Self.number(max(0, width))), ("height", Self.number(max(0, height))),
            ("fill", fill),
        ]
        if let stroke { attributes.append(("stroke", stroke)) }
        if let opacity { attributes.append(("fill-opacity", Self.number(opacity))) }
        shape("rect", attributes, tooltip: tooltip)
    }

    /// A shape element; `tooltip` becomes a `<title>` child, which browsers show on hover.
    private mutating func shape(_ name: String, _ attributes: Attributes, tooltip: String?) {
        if let tooltip {
            body.open(name, attributes)
            body.element("title", text: tooltip)
            body.close(name)
        } else {
            body.empty(name, attributes)
        }
        body.newline()
    }

    /// A straight line.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
                       strokeWidth: Double = 1, dashed: Bool = false) {
        var attributes: Attributes = [
            ("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
            ("stroke", stroke), ("stroke-width", Self.number(strokeWidth)),
        ]
        if dashed { attributes.append(("stroke-dasharray", "3 3")) }
        body.empty("line", attributes)
        body.newline()
    }

    /// A dot of radius `r` centred at (`cx`, `cy`); `tooltip` becomes a `<title>` child.
    mutating func circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String? = nil, tooltip: String? = nil) {
        var attributes: Attributes = [("cx", Self.number(cx)), ("cy", Self.number(cy)), ("r", Self.number(max(0, r))), ("fill", fill)]
        if let stroke { attributes += [("stroke", stroke), ("stroke-width", "1.5")] }
        shape("circle", attributes, tooltip: tooltip)
    }

    /// Straight segments through `points`, unfilled.
    mutating func polyline(_ points: [(x: Double, y: Double)], stroke: String, strokeWidth: Double = 1.5, dashed: Bool = false) {
        guard points.count > 1 else { return }
        var attributes: Attributes = [
            ("points", points.map { Self.number($0.x) + "," + Self.number($0.y) }.joined(separator: " ")),
            ("fill", "none"), ("stroke", stroke), ("stroke-width", Self.number(strokeWidth)),
        ]
        if dashed { attributes.append(("stroke-dasharray", "4 3")) }
        body.empty("polyline", attributes)
        body.newline()
    }

    /// Text at (`x`, `y`) (the baseline), optionally rotated by `rotation` degrees about that
    /// point (negative is anticlockwise on screen).
    mutating func text(_ string: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = 11,
                       fill: String = Palette.ink, bold: Bool = false, rotation: Double? = nil,
                       tooltip: String? = nil) {
        var attributes: Attributes = [("x", Self.number(x)), ("y", Self.number(y))]
        if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
        attributes.append(("font-size", Self.number(size)))
        if fill != Palette.ink { attributes.append(("fill", fill)) }
        if bold { attributes.append(("font-weight", "bold")) }
        if let rotation {
            attributes.append(("transform", "rotate(\(Self.number(rotation)) \(Self.number(x)) \(Self.number(y)))"))
        }
        body.open("text", attributes)
        if let tooltip { body.element("title", text: tooltip) }
        body.text(string)
        body.close("text")
        body.newline()
    }

    /// Starts a group whose children share `tooltip` (shown when hovering any of them).
    mutating func beginGroup(tooltip: String? = nil) {
        body.open("g")
        if let tooltip { body.element("title", text: tooltip) }
    }

    /// Ends the group `beginGroup` started.
    mutating func endGroup() {
        body.close("g")
        body.newline()
    }

    /// The `<svg>` element. `standalone` adds the SVG namespace a separate `.svg` file needs;
    /// inline in HTML it is implied, and leaving it out keeps the page free of any URL.
    func markup(standalone: Bool = false) -> String {
        var out = MarkupWriter()
        var attributes: Attributes = []
        if standalone { attributes.append(("xmlns", "http://www.w3.org/2000/svg")) }
        attributes += [
            ("width", Self.number(width)), ("height", Self.number(height)),
            ("viewBox", "0 0 \(Self.number(width)) \(Self.number(height))"),
            ("role", "img"), ("font-family", Palette.fontFamily),
        ]
        out.open("svg", attributes)
        out.element("title", text: title)
        out.newline()
        out.raw(body.output)
        out.close("svg")
        return out.output
    }

    /// A coordinate with at most two decimals and no trailing zeros; non-finite values become 0
    /// so a bad number can misplace one mark but never break the document.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// Estimated width of `text` at `size`, from rough per-character advances of DejaVu Sans
    /// (the widest of the common sans-serif faces, so estimates err towards more room). Module
    /// paths are full of dots and `l`s; counting them as average letters would overstate a
    /// label by a third. Used only to decide spacing, so an estimate is enough.
    static func textWidth(_ text: String, size: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            switch scalar {
            case ".", ",", ":", ";", "'", "|", "!", "i", "j", "l", "I", " ", "(", ")", "[", "]": ems += 0.32
            case "f", "r", "t", "-", "/": ems += 0.4
            case "m", "w", "M", "W", "…", "%": ems += 0.95
            case "A"..."Z": ems += 0.7
            case "0"..."9": ems += 0.64
            default: ems += scalar.isASCII ? 0.6 : 0.8
            }
        }
        return ems * size
    }
}
