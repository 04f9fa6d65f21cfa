import Foundation

/// Why a JSON text is not a report: where (a key path like `layers[2].macs`) and what.
public struct ReportDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Key path of the offending value (`layers[2].macs`), empty for the whole document.
    public var path: String
    /// What is wrong there.
    public var message: String

    /// The message shown to a user.
    public var description: String {
        path.isEmpty ? "report JSON: \(message)" : "report JSON at \(path): \(message)"
    }
}

// In an extension, so the memberwise `init(path:message:)` stays.
extension ReportDecodingError {
    /// The error Foundation's `error` describes, with its key path.
    init(_ error: DecodingError) {
        switch error {
        case .typeMismatch(let type, let context):
            self.init(path: Self.path(context.codingPath), message: "expected \(type)")
        case .valueNotFound(let type, let context):
            self.init(path: Self.path(context.codingPath), message: "missing \(type) value")
        case .keyNotFound(let key, let context):
            self.init(path: Self.path(context.codingPath + [key]), message: "missing key")
        case .dataCorrupted(let context):
            self.init(path: Self.path(context.codingPath), message: context.debugDescription)
        @unknown default:
            self.init(path: "", message: String(describing: error))
        }
    }

    /// `[layers, Index 2, macs]` → `layers[2].macs`.
    private static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }
}
