import NCModel

extension DataflowRun {
    /// A run simulated from cycle 0 moved to start at `cycle`: its end and its layers' spans
    /// (what `record` and the schedule read; counts do not move).
    mutating func move(by cycle: Int) {
        end += cycle
        for key in spans.keys {
            spans[key]?.end += cycle
            if let start = spans[key]?.start, start != Int.max { spans[key]?.start = start + cycle }
        }
    }

    /// Drops what only `simulate` needs (routing, cursors, spikes, the task graph), keeping
    /// what `record` and the schedule read.
    mutating func dropWorkingState() {
        graph = DataflowGraph()
        sims = []
        cursors = []
        sweeps = []
        runSpikes = []
        spikes = [:]
        for i in runs.indices {
            runs[i].rowDone = []
            runs[i].released = []
            runs[i].left = []
            runs[i].parked = []
        }
    }

    /// Adds what the run's convolutions did (counts, actions, first and last cycles) to
    /// `model`'s layers.
    mutating func record(into model: inout TimingModel<NoC>) {
        for r in runs {
            var timing = model.result.layers[r.c]
            var actions = ActionCounts()
            model.record(r.outcome, into: &timing, actions: &actions)
            actions[.flitHop] += r.flitHops
            timing.actions.add(actions)
            actionsByTimestep[r.t, default: ActionCounts()].add(actions)
            model.result.layers[r.c] = timing
        }
        for (key, span) in spans.sorted(by: { ($0.key.t, $0.key.index) < ($1.key.t, $1.key.index) }) {
            let c = key.index
            model.result.layers[c].endCycle = max(model.result.layers[c].endCycle, span.end)
            guard span.start != Int.max else { continue }
            model.result.layers[c].startCycle = model.started[c] ? min(model.result.layers[c].startCycle, span.start) : span.start
            model.started[c] = true
        }
    }
}
