import Foundation
import FoundationXML

/// Parses `text` as XML; returns the parser's error, or nil when well-formed.
func xmlError(_ text: String) -> String? {
    let parser = XMLParser(data: Data(text.utf8))
    parser.shouldResolveExternalEntities = false
    if parser.parse() { return nil }
    let line = parser.lineNumber
    return "line \(line): \(parser.parserError.map { String(describing: $0) } ?? "unknown error")"
}

/// Every `<svg …>…</svg>` element in `html`.
func svgElements(_ html: String) -> [String] {
    var result: [String] = []
    var rest = html[...]
    while let start = rest.range(of: "<svg "), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
        result.append(String(rest[start.lowerBound..<end.upperBound]))
        rest = rest[end.upperBound...]
    }
    return result
}

/// `text` escaped as the renderer escapes it.
func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        .replacingOccurrences(of: "'", with: "&#39;")
}
