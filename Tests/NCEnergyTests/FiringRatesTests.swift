import XCTest

@testable import NCEnergy

final class FiringRatesTests: XCTestCase {
    func testReadsTheAuthorsPrintedDictionary() throws {
        // As test.py prints it: module paths under the wrapper, tensors, a device argument.
        let text = "{'model.model.2.Conv.lif1': tensor(1.1872), 'model.model.2.Conv.lif2': tensor(0.5, device='cuda:0'),\n 'model.3.encode_lif': 0.25}"
        let r = try FiringRates(parsing: text)
        XCTAssertEqual(r.rates.map(\.name), ["model.2.Conv.lif1", "model.2.Conv.lif2", "model.3.encode_lif"])
        XCTAssertEqual(r.rates.map(\.rate), [1.1872, 0.5, 0.25])
    }

    func testReadsJSONWithStringValues() throws {
        let r = try FiringRates(parsing: #"{"model.2.Conv.lif1": "tensor(0.75)", "model.2.Conv.lif2": "1.5"}"#)
        XCTAssertEqual(r.rates.map(\.rate), [0.75, 1.5])
    }

    func testNonNumericValuesAreListed() {
        XCTAssertThrowsError(try FiringRates(parsing: "{'a': 'fast', 'b': 1, 'c': tensor(x)}")) { error in
            XCTAssertEqual("\(error)", "non-numeric rates for a, c")
        }
        XCTAssertThrowsError(try FiringRates(parsing: "[1, 2]")) { error in
            XCTAssertTrue("\(error)".hasPrefix("not a firing-rate dictionary"))
        }
    }
}

/// Holes a mutation campaign found in the rates reader (issue #16).
final class HostileFiringRatesTests: XCTestCase {
    /// `Double("3\u{0}9.9")` stops at the NUL and gives 3: the value was read as 3.
    func testNULInsideANumberIsNotANumber() {
        XCTAssertThrowsError(try FiringRates(parsing: "{'model.2.Conv.lif1': tensor(3\u{0}9.9)}")) { error in
            XCTAssertEqual("\(error)", "non-numeric rates for model.2.Conv.lif1")
        }
        XCTAssertThrowsError(try FiringRates(parsing: "{'a': 1\u{0}}")) { error in
            XCTAssertEqual("\(error)", "non-numeric rates for a")
        }
    }

    /// Only decimal numbers: hexadecimal floats and stray characters are not rates; `nan` and
    /// `inf` are read so the range check can name them.
    func testOnlyDecimalNumbers() throws {
        XCTAssertThrowsError(try FiringRates(parsing: "{'a': 0x1p-3}"))
        XCTAssertThrowsError(try FiringRates(parsing: "{'a': 1.5.5}"))
        XCTAssertThrowsError(try FiringRates(parsing: "{'a': 1e}"))
        XCTAssertThrowsError(try FiringRates(parsing: "{'a': --1}"))
        let r = try FiringRates(parsing: "{'a': -1.5e-1, 'b': '.25', 'c': tensor(+2.), 'd': nan}")
        XCTAssertEqual(r.rates[0].rate, -0.15)
        XCTAssertEqual(r.rates[1].rate, 0.25)
        XCTAssertEqual(r.rates[2].rate, 2)
        XCTAssertTrue(r.rates[3].rate.isNaN)
    }
}
