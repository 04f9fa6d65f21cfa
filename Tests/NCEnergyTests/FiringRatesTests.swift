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
