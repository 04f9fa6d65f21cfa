import NCReport
import XCTest

/// A small RFC 4180 reader, independent of the writer: fields separated by commas, records by
/// CRLF (or LF), quoted fields may hold commas, quotes (doubled) and line breaks.
func readCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = String.UnicodeScalarView()
    var quoted = false
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? scalars.next() {
        pending = nil
        if quoted {
            if scalar == "\"" {
                let next = scalars.next()
                if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
            } else {
                field.append(scalar)
            }
            continue
        }
        switch scalar {
        case "\"": quoted = true
        case ",":
            record.append(String(field))
            field = String.UnicodeScalarView()
        case "\r": break
        case "\n":
            record.append(String(field))
            records.append(record)
            record = []
            field = String.UnicodeScalarView()
        default: field.append(scalar)
        }
    }
    if !field.isEmpty || !record.isEmpty {
        record.append(String(field))
        records.append(record)
    }
    return records
}

final class CSVRendererTests: XCTestCase {
    func testOneRowPerLayerWithSortedEnergyColumns() throws {
        let report = ReportFixtures.small()
        let text = CSVRenderer().layersCSV(report)
        let records = readCSV(text)
        XCTAssertEqual(records.count, report.layers.count + 1)
        XCTAssertEqual(records[0], [
            "index", "name", "kind", "in_channels", "out_channels", "kernel", "stride", "groups", "out_height",
            "out_width", "macs", "sops", "input_rate", "events", "cycles", "cores", "start_cycle", "end_cycle", "energy_accumulate_mJ",
            "energy_encoder_mac_mJ", "energy_leakage_mJ", "energy_noc_mJ", "energy_synaptic_read_mJ",
        ])
        XCTAssertTrue(records.allSatisfy { $0.count == records[0].count })
        XCTAssertTrue(text.hasSuffix("\r\n"))
        XCTAssertEqual(text.components(separatedBy: "\r\n").count, report.layers.count + 2, "CRLF line ends")
        let column = Dictionary(uniqueKeysWithValues: records[0].enumerated().map { ($1, $0) })
        for (layer, record) in zip(report.layers, records.dropFirst()) {
            XCTAssertEqual(record[try XCTUnwrap(column["name"])], layer.name)
            XCTAssertEqual(Int(record[try XCTUnwrap(column["macs"])]), layer.macs)
            XCTAssertEqual(Int(record[try XCTUnwrap(column["sops"])]), layer.sops)
            XCTAssertEqual(record[try XCTUnwrap(column["input_rate"])].isEmpty, layer.inputRate == nil)
            XCTAssertEqual(Double(record[try XCTUnwrap(column["input_rate"])]), layer.inputRate)
            XCTAssertEqual(Int(record[try XCTUnwrap(column["events"])]), layer.events)
            for (key, value) in layer.energyMillijoules ?? [:] {
                XCTAssertEqual(Double(record[try XCTUnwrap(column["energy_\(key)_mJ"])]), value, "exact, not rounded")
            }
        }
        // Layer 0 has no accumulate energy: the field is empty, not 0.
        XCTAssertEqual(records[1][try XCTUnwrap(column["energy_accumulate_mJ"])], "")
    }

    func testNoChipColumnsAreEmptyButPresent() {
        let records = readCSV(CSVRenderer().layersCSV(ReportFixtures.withoutHardware()))
        XCTAssertEqual(records[0].last, "end_cycle", "no energy columns without energy")
        XCTAssertEqual(records[1][13...17], ["", "", "", "", ""])
    }

    func testHundredLayers() {
        let report = ReportFixtures.large()
        let records = readCSV(CSVRenderer().layersCSV(report))
        XCTAssertEqual(records.count, 101)
        XCTAssertEqual(records.dropFirst().map { $0[1] }, report.layers.map(\.name))
    }

    func testHostileNamesAreQuotedAndReadBack() throws {
        let report = ReportFixtures.hostile()
        let text = CSVRenderer().layersCSV(report)
        XCTAssertTrue(text.contains("\"model.1.<script>&\"\"evil\"\",x\""))
        XCTAssertTrue(text.contains("\"energy_weird,key\"\"<_mJ\""))
        let records = readCSV(text)
        XCTAssertEqual(records.count, report.layers.count + 1)
        XCTAssertEqual(records.map { $0[1] }, ["name"] + report.layers.map(\.name))
        XCTAssertTrue(records[0].contains("energy_weird,key\"<_mJ"))
        let neurons = readCSV(CSVRenderer().neuronsCSV(report))
        XCTAssertEqual(neurons[1][1], "pop<&>\"'")
    }

    func testNeuronsCSV() {
        let report = ReportFixtures.small()
        let records = readCSV(CSVRenderer().neuronsCSV(report))
        XCTAssertEqual(records[0], ["index", "name", "neurons", "spikes", "rate", "hist_0", "hist_1", "hist_2", "hist_3",
                                    "hist_4"])
        XCTAssertEqual(records[1], ["0", "model.0.Conv.lif", "409600", "81920", "0.2", "345000", "48000", "12000", "3000",
                                    "1600"])
        XCTAssertEqual(records.count, 3)
        XCTAssertEqual(readCSV(CSVRenderer().neuronsCSV(ReportFixtures.small().withoutNeurons)).count, 1)
    }

    func testFieldQuoting() {
        XCTAssertEqual(CSVRenderer.field("plain name"), "plain name")
        XCTAssertEqual(CSVRenderer.field("a,b"), "\"a,b\"")
        XCTAssertEqual(CSVRenderer.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CSVRenderer.field("two\nlines"), "\"two\nlines\"")
        XCTAssertEqual(CSVRenderer.field(""), "")
    }
}

private extension Report {
    var withoutNeurons: Report {
        var copy = self
        copy.neurons = nil
        return copy
    }
}
