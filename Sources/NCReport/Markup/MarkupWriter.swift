/// Escaping for text and attribute values in XML, XHTML and SVG.
///
/// Layer and population names come from checkpoint files, so every string a renderer did not
/// write itself goes through here. The output is valid both as XML (the tests parse it with
/// `XMLParser`) and as HTML.
enum XMLEscape {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and replaces characters XML 1.0 forbids (control
    /// characters other than tab, newline and carriage return; U+FFFE and U+FFFF) with U+FFFD,
    /// because a single one would make the whole document unreadable to an XML parser.
    static func text(_ string: String) -> String {
        var result = ""
        result.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}

/// Ordered attributes: order is kept so the same report always gives the same bytes.
typealias Attributes = [(String, String)]

/// Writes well-formed markup: elements always close, void elements self-close (`<br/>`), text
/// and attribute values are always escaped. Names of elements and attributes are the caller's
/// constants, never data.
struct MarkupWriter {
    /// The markup written so far.
    private(set) var output = ""

    /// `<name a="v">`.
    mutating func open(_ name: String, _ attributes: Attributes = []) {
        output += "<" + name + Self.attributeText(attributes) + ">"
    }

    /// `</name>`.
    mutating func close(_ name: String) {
        output += "</" + name + ">"
    }

    /// `<name a="v"/>` — a void element, self-closed so the document stays well-formed XML.
    mutating func empty(_ name: String, _ attributes: Attributes = []) {
        output += "<" + name + Self.attributeText(attributes) + "/>"
    }

    /// `<name a="v">escaped text</name>`.
    mutating func element(_ name: String, _ attributes: Attributes = [], text: String) {
        open(name, attributes)
        output += XMLEscape.text(text)
        close(name)
    }

    /// Escaped text.
    mutating func text(_ string: String) {
        output += XMLEscape.text(string)
    }

    /// Markup that is already well-formed (another writer's output, a constant).
    mutating func raw(_ markup: String) {
        output += markup
    }

    /// A line break, only for people reading the source.
    mutating func newline() {
        output += "\n"
    }

    private static func attributeText(_ attributes: Attributes) -> String {
        var text = ""
        for (name, value) in attributes {
            text += " " + name + "=\"" + XMLEscape.text(value) + "\""
        }
        return text
    }
}
