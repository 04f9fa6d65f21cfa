import Foundation

@testable import NCFormats

/// A JPEG file split into its marker segments, for tests that damage one part of a valid file.
/// Written here (not with the decoder's parser) so the damage does not depend on the code under
/// test: segments up to and including the first SOS header are listed; `tail` holds the rest
/// (the first scan's data and everything after it).
struct JPEGParts {
    var segments: [(marker: UInt8, body: [UInt8])] = []
    var tail: [UInt8] = []

    init(_ bytes: [UInt8]) {
        var i = 2
        while i + 3 < bytes.count {
            let marker = bytes[i + 1]
            let length = Int(bytes[i + 2]) << 8 | Int(bytes[i + 3])
            segments.append((marker, Array(bytes[(i + 4)..<(i + 2 + length)])))
            i += 2 + length
            if marker == 0xDA { break }
        }
        tail = Array(bytes[i...])
    }

    var bytes: [UInt8] {
        var out: [UInt8] = [0xFF, 0xD8]
        for (marker, body) in segments {
            out += [0xFF, marker, UInt8((body.count + 2) >> 8), UInt8((body.count + 2) & 0xFF)] + body
        }
        return out + tail
    }

    /// Index of the first segment with `marker`.
    func index(_ marker: UInt8) -> Int { segments.firstIndex { $0.marker == marker }! }

    /// A copy with the body of the first `marker` segment changed by `edit`.
    func editing(_ marker: UInt8, _ edit: (inout [UInt8]) -> Void) -> [UInt8] {
        var copy = self
        edit(&copy.segments[index(marker)].body)
        return copy.bytes
    }
}

extension Array where Element == UInt8 {
    /// The bytes of fixture `name` under `Tests/Fixtures`.
    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(name))))
    }
}
