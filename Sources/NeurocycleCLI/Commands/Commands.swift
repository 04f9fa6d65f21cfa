/// Every command of the tool, by the name a user types.
enum Commands {
    static let all: [String: Command] = {
        var c = [String: Command]()
        for command in [InspectCommand.command, RunCommand.command, SimulateCommand.command, MapCommand.command,
                        HardwareShowCommand.command, HardwareListCommand.command, ReplayCommand.command, TraceInfoCommand.command,
                        TraceExportCommand.command, EstimateCommand.command, BenchCommand.command,
                        InputCommand.command, MetricsCommand.command, MergeCommand.command, LayerCommand.command,
                        SweepCommand.command] {
            c[command.spec.name] = command
        }
        return c
    }()

    /// First words of the two-word commands (`trace`, `hw`).
    static var groups: Set<String> {
        Set(all.keys.compactMap { $0.split(separator: " ").count == 2 ? String($0.split(separator: " ")[0]) : nil })
    }

    /// Command names in the order the overview lists them.
    static var names: [String] {
        let order = ["inspect", "input", "run", "simulate", "layer", "map", "estimate", "metrics", "merge", "replay", "sweep",
                     "trace info", "trace export",
                     "hw show", "hw list", "bench"]
        return order.filter { all[$0] != nil } + all.keys.filter { !order.contains($0) }.sorted()
    }
}
