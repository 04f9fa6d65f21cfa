import XCTest

@testable import NCFormats

/// JSON text written and parsed by `PlainValue`.
final class PlainValueTests: XCTestCase {
    func testPlainValueJSON() throws {
        let v = PlainValue.object([
            PlainMember("b", .array([.int(1), .double(0.5), .null, .bool(true)])),
            PlainMember("a", .string("q\"\n\u{1}é")),
        ])
        XCTAssertEqual(v.jsonText(), #"{"b":[1,0.5,null,true],"a":"q\"\n\u0001é"}"#)
        XCTAssertEqual(v.jsonText(sortKeys: true), #"{"a":"q\"\n\u0001é","b":[1,0.5,null,true]}"#)
        let parsed = try Array(v.jsonText().utf8).withUnsafeBytes { try PlainValue.parseJSON($0) }
        XCTAssertEqual(parsed, v)
        XCTAssertEqual(
            try Array(#" {"x": [1e3, -2, "\ud83d\ude00"]} "#.utf8).withUnsafeBytes { try PlainValue.parseJSON($0) },
            .object([PlainMember("x", .array([.double(1000), .int(-2), .string("😀")]))]))
        for bad in ["{", "[1,]", "{\"a\" 1}", "01x", "\"\\q\"", "[" + String(repeating: "[", count: 100)] {
            XCTAssertThrowsError(try Array(bad.utf8).withUnsafeBytes { try PlainValue.parseJSON($0) }, bad)
        }
    }
}
