import Foundation
import NCEnergy
import NCReport
import NCSimulation

extension FuzzTarget {
    /// `merge a.ncpart`: read the part as the CLI does, merge it with itself (the shard checks),
    /// then build and render the dataset report (its JSON must parse back) and the CSVs.
    static let part = FuzzTarget(name: "ncpart", fileExtension: "ncpart") { input in
        guard let part = FuzzCheck.reading(input.path, { try DatasetPart.read(path: input.path) }) else { return }
        // A part merged with itself overlaps its own shard: that must be an error, never a trap.
        _ = try? DatasetPart.merged([part, part], names: [input.path, input.path])
        let outcome = DatasetOutcome(part)
        let report = ReportBuilder.report(outcome, classNames: part.network.classNames)
        // A non-finite number would make the JSON invalid: it must parse back.
        let json = JSONReport.jsonText(report)
        precondition((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "dataset report JSON does not parse")
        _ = TableRenderer().render(report)
        _ = CSVRenderer().populationsCSV(report)
        _ = CSVRenderer().perImageCSV(outcome)
        _ = FiringRates(rates: outcome.populations.map { ($0.name, $0.testPy) }).jsonText
        _ = try? part.encoded()
    }
}
