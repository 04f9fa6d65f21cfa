import Foundation
import NCFormats

extension Fixtures {
    /// A JSON fixture, read with the package's own parser (Foundation's JSONSerialization on
    /// Linux misreads the last digit of some doubles, e.g. 0.7095343680709535).
    static func json(_ name: String) throws -> PlainValue {
        let data = try Data(contentsOf: URL(fileURLWithPath: path(name)))
        return try PlainValue.parseJSON(String(decoding: data, as: UTF8.self))
    }
}
