import Foundation
import NCEnergy
import NCReport
import NCSimulation

extension FuzzTarget {
    /// `estimate --firing-rates fr.txt`: read the text as the CLI does, parse the rates, build the
    /// estimate for the fuzz network and render it (every number must be finite).
    static let firingRates = FuzzTarget(name: "firing-rates", fileExtension: "txt", prepare: {
        _ = FuzzNetwork.topology
    }) { input in
        guard let text = try? String(contentsOfFile: input.path, encoding: .utf8) else { return }
        do {
            let rates = try FiringRates(parsing: text)
            let outcome = try Simulation.estimate(FuzzNetwork.topology, rates: rates, settings: RunSettings(threads: 1))
            let report = ReportBuilder.report(
                command: "estimate", info: .init(name: "fuzz", scale: "t", parameters: 0, input: "none (published firing rates)"),
                outcome: outcome, classNames: [])
            FuzzCheck.finite(report: report)
            _ = JSONReport.jsonText(report)
            _ = TableRenderer().render(report)
        } catch let problem as FiringRates.Problem {
            precondition(!problem.description.isEmpty, "empty error message")
        } catch {
            preconditionFailure("estimate threw something other than a FiringRates.Problem: \(error)")
        }
    }
}
