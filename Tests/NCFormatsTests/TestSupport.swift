import Foundation
import XCTest

@testable import NCFormats

/// The case of a `FormatError`, ignoring its message (and any file it was attached to).
enum FormatErrorKind: Equatable {
    case truncated, malformed, unsupported, limitExceeded, io

    init(_ error: FormatError) {
        switch error {
        case .truncated: self = .truncated
        case .malformed: self = .malformed
        case .unsupported: self = .unsupported
        case .limitExceeded: self = .limitExceeded
        case .io: self = .io
        case .inFile(_, let inner): self = FormatErrorKind(inner)
        }
    }
}

/// Asserts that `expression` throws a `FormatError` of `kind` whose description contains `fragment`.
func assertFormatError<T>(
    _ expression: @autoclosure () throws -> T, _ kind: FormatErrorKind, _ fragment: String,
    _ label: String = "", file: StaticString = #filePath, line: UInt = #line
) {
    do {
        _ = try expression()
        XCTFail("\(label): expected a \(kind) error containing \"\(fragment)\", got a result", file: file, line: line)
    } catch let error as FormatError {
        XCTAssertEqual(FormatErrorKind(error), kind, "\(label): \(error)", file: file, line: line)
        XCTAssertTrue(
            error.description.contains(fragment), "\(label): \"\(error)\" lacks \"\(fragment)\"", file: file,
            line: line)
    } catch {
        XCTFail("\(label): expected FormatError, got \(error)", file: file, line: line)
    }
}
