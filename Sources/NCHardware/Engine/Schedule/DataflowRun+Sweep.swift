extension DataflowRun {
    /// Every row of sweep `s`'s run is released: the sweep starts at `now`.
    mutating func startSweep(_ s: Int, at now: Int) {
        sweeps[s].ready = max(sweeps[s].ready, now)
        advanceSweep(s, at: now)
    }

    /// Sends sweep `s`'s burst at `now`, then moves it on.
    mutating func sweepBurst(_ s: Int, at now: Int, _ model: inout TimingModel<NoC>) {
        let i = sweepRun[s]
        let b = sweeps[s].burst
        let departed = deliver(b, of: i, from: sweeps[s].source.node, at: now, &model)
        sweeps[s].ready = departed + b.count * model.config.flitsPerPacket
        advanceSweep(s, at: now)
    }

    /// Finds sweep `s`'s next burst and schedules it; rows it has left behind in its last virtual
    /// step (or all rows, once it is done) have sent every event.
    private mutating func advanceSweep(_ s: Int, at now: Int) {
        let i = sweepRun[s]
        let spikes = runSpikes[i], groupEnd = sims[i].routing.groupEnd, width = runs[i].width, channels = runs[i].channels
        spikes.withUnsafeBufferPointer { sp in
            guard let base = sp.baseAddress else { return }
            sweeps[s].advance(spikes: base, channels: channels, width: width, groupEnd: groupEnd)
        }
        let rows = runs[i].released.count
        var sent = rows
        if sweeps[s].hasBurst {
            sent = sweeps[s].burst.j == sweeps[s].levels - 1 ? sweeps[s].burst.y : runs[i].completedRows
            queue.push(max(sweeps[s].ready, now), task: -(2 * s + 1) - 1)
        }
        while runs[i].completedRows < sent {
            rowSent(i, runs[i].completedRows, at: now)
            runs[i].completedRows += 1
        }
    }
}
