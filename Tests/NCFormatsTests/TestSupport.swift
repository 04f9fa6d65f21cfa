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

/// A `.npy` image with a hand-written header dict (no padding, which readers must not need).
func npyImage(_ dict: String, _ data: [UInt8] = [], major: UInt8 = 1) -> [UInt8] {
    let text = Array(dict.utf8)
    var out: [UInt8] = [0x93] + Array("NUMPY".utf8) + [major, 0]
    let lengthBytes = major == 1 ? 2 : 4
    for k in 0..<lengthBytes { out.append(UInt8(truncatingIfNeeded: text.count >> (8 * k))) }
    return out + text + data
}

/// Opens a checkpoint as a model loader would: a dict's model under `ema` (when it is a module)
/// or `model` — the tests' own choice of entry, since NCFormats knows no training framework.
func loadCheckpoint(_ path: String) throws -> TorchCheckpoint {
    try TorchCheckpoint.load(path: path) { top in
        [top["ema"], top["model"]].compactMap { $0 }.first { if case .object = $0 { true } else { false } }
    }
}
