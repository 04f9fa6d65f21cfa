import Foundation
import NCHardware

extension FuzzTarget {
    /// `--hw file.json`: load and validate the config, print it as `hw show` does (and check
    /// that the printed config decodes to the same config), then map the fuzz network onto it
    /// and, on meshes of at most 64 cores, replay it and build the report (every number in it
    /// must be finite).
    static let hardwareConfig = FuzzTarget(name: "hwconfig", fileExtension: "json", prepare: {
        _ = FuzzNetwork.spikes
    }) { input in
        guard let config = FuzzCheck.reading(input.path, { try HardwareConfig.load(path: input.path) }) else { return }
        let shown = config.jsonText()
        guard let again = try? HardwareConfig.decode(json: shown) else {
            preconditionFailure("hw show prints a config that does not decode: \(shown.prefix(300))")
        }
        precondition(again == config, "hw show prints a config that decodes to another config")
        // Replaying on a large mesh costs milliseconds per input, mostly in per-core bookkeeping
        // that has nothing to do with the config reader; smaller meshes still reach every field.
        guard config.chip.meshWidthCores * config.chip.meshHeightCores <= 64 else {
            _ = try? Mapping.plan(FuzzNetwork.topology, on: config)
            return
        }
        do {
            try FuzzNetwork.replayReport(topology: FuzzNetwork.topology, config: config, name: "fuzz", input: "fuzz",
                                            everyFormat: false) {
                FuzzNetwork.spikes[$0]
            }
        } catch {
            // A valid config may still not fit the network (a mapping error): that is a message, not a crash.
            precondition(!String(describing: error).isEmpty, "empty error message")
        }
    }
}
