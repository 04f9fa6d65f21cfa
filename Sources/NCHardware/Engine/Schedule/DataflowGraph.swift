import NCModel

/// The row-level tasks of the steps a pipelined segment runs, over its timesteps, and what each
/// waits for. A task's row is a row of the buffer or population it works on.
///
/// - `fire(t, p, y)`: population `p` updates row `y`. Waits for row `y` of every buffer it reads
///   (each convolution and derive written into it so far this timestep) and, for T > 1, for its
///   own row at `t - 1` (the neuron's state).
/// - `derive(t, b, y)`: upsample or max-pool row `y`. Waits for the source rows it reads.
/// - `encode(t, c, y)`: the encoder computes and sends output row `y`.
/// - `emit(t, c, r)`: the sources of convolution `c` may send input row `r`. Waits for the row's
///   firing and for the readers of the rows it adds into to have read them (a residual adds into
///   currents another population reads; timestep `t` overwrites what `t - 1` read).
/// - `integrate(t, c, y)`: every input row whose kernel reaches output row `y` was sent, and
///   their accumulations into `y` completed (a join).
/// - `readout(t)`: the head outputs leave for the host once every row of them is integrated.
/// - `sent(t)`: every emit of timestep `t` is done (a join); timestep `t + 2` waits for it, so
///   at most two timesteps' spikes are held at once.
///
/// Edges always point from an earlier-built task to a later one, so the graph is acyclic.
struct DataflowGraph {
    enum Kind {
        case fire(t: Int, p: Int, row: Int)
        case derive(t: Int, b: Int, row: Int)
        case encode(t: Int, c: Int, row: Int)
        case emit(t: Int, c: Int, row: Int)
        case integrate(t: Int, c: Int, row: Int)
        case readout(t: Int)
        case sent(t: Int)

        /// Joins finish when their last predecessor does; the others need a resource or an event.
        var isJoin: Bool {
            switch self {
            case .integrate, .sent: return true
            default: return false
            }
        }
    }

    var kinds = [Kind]()
    /// Predecessors not yet finished.
    var pending = [Int32]()
    /// Latest finish among finished predecessors.
    var ready = [Int]()
    /// Successors of task `i`: `successors[successorStart[i] ..< successorStart[i + 1]]`.
    var successorStart = [Int32]()
    var successors = [Int32]()
    /// First task of each `(t, conv)`'s emits and integrations, of each `(t, population)`'s fires.
    var emitBase = [Pair: Int](), integrateBase = [Pair: Int](), fireBase = [Pair: Int]()

    /// A timestep and a layer or population index.
    struct Pair: Hashable {
        var t: Int, index: Int
    }

    var count: Int { kinds.count }

    /// Successors of task `i`.
    func successors(of i: Int) -> ArraySlice<Int32> {
        successors[Int(successorStart[i])..<Int(successorStart[i + 1])]
    }
}

/// Builds a `DataflowGraph` by walking the steps in order, timestep after timestep, keeping per
/// buffer who wrote it this timestep and who read it since (the hazards a row must respect).
struct DataflowBuilder {
    /// A task family reading a buffer's rows.
    enum Reader {
        /// Row `y` is read by task `base + y`.
        case rows(Int)
        /// Upsampled by `factor`: row `y` is read by tasks `base + y·factor ..< base + (y+1)·factor`.
        case upsample(Int, factor: Int)
        /// Max-pooled with a `k x k` window over `height` rows: read by the rows within `k / 2`.
        case pool(Int, k: Int, height: Int)
        /// One task reads every row.
        case all(Int)
    }

    let topology: NetworkTopology
    var graph = DataflowGraph()
    private var edges = [(Int32, Int32)]()
    /// Row tasks (bases) that wrote each buffer this timestep.
    private var writers: [[Int]]
    /// Readers of each buffer's current contents, and the readers the next write must wait for.
    private var currentReaders: [[Reader]], lastReaders: [[Reader]]
    /// The `sent(t)` join of each timestep that has one.
    private var sentTask = [Int: Int]()

    init(topology: NetworkTopology) {
        self.topology = topology
        writers = topology.buffers.map { _ in [] }
        currentReaders = writers.map { _ in [] }
        lastReaders = currentReaders
    }

    /// The graph of `steps` over `timesteps`; `inSegment(b)` tells which buffers live in the
    /// segment (the read-out waits only for those; the others come from DRAM).
    static func build(_ topology: NetworkTopology, steps: Range<Int>, timesteps: Range<Int>, inSegment: (Int) -> Bool) -> DataflowGraph {
        var b = DataflowBuilder(topology: topology)
        let lastConv = topology.lastConvStep
        for t in timesteps {
            b.startTimestep()
            var emits = [Int]()
            for k in steps {
                b.add(step: k, t: t, emits: &emits)
                if k == lastConv { b.addReadout(t: t, inSegment: inSegment) }
            }
            if t + 2 < timesteps.upperBound {
                let join = b.task(.sent(t: t))
                for e in emits { b.edge(e, join) }
                b.sentTask[t] = join
            }
        }
        return b.finish()
    }

    private mutating func startTimestep() {
        for i in writers.indices {
            writers[i].removeAll()
            writeBarrier(i)
        }
    }

    /// The next write into `b` waits for everyone who read its current contents.
    private mutating func writeBarrier(_ b: Int) {
        if !currentReaders[b].isEmpty {
            lastReaders[b] = currentReaders[b]
            currentReaders[b] = []
        }
    }

    private mutating func task(_ kind: DataflowGraph.Kind) -> Int {
        graph.kinds.append(kind)
        return graph.kinds.count - 1
    }

    private mutating func tasks(_ count: Int, _ kind: (Int) -> DataflowGraph.Kind) -> Int {
        let base = graph.kinds.count
        for y in 0..<count { graph.kinds.append(kind(y)) }
        return base
    }

    private mutating func edge(_ from: Int, _ to: Int) { edges.append((Int32(from), Int32(to))) }

    /// Edges from every writer of buffer `b` this timestep, at row `row`, to `task`.
    private mutating func afterWriters(of b: Int, row: Int, _ task: Int) {
        for w in writers[b] { edge(w + row, task) }
    }

    /// Edges from every task that must read row `row` of `b` before it is written, to `task`.
    private mutating func afterReaders(of b: Int, row: Int, _ task: Int) {
        for r in lastReaders[b] {
            switch r {
            case .rows(let base): edge(base + row, task)
            case let .upsample(base, factor): for y in (row * factor)..<((row + 1) * factor) { edge(base + y, task) }
            case let .pool(base, k, height): for y in max(0, row - k / 2)...min(height - 1, row + k / 2) { edge(base + y, task) }
            case .all(let t): edge(t, task)
            }
        }
    }

    private mutating func add(step k: Int, t: Int, emits: inout [Int]) {
        switch topology.steps[k] {
        case .derive(let b): addDerive(b, t: t)
        case .fire(let p): addFire(p, t: t)
        case .conv(let c): addConv(c, t: t, emits: &emits)
        }
    }

    private mutating func addDerive(_ b: Int, t: Int) {
        let buffer = topology.buffers[b]
        writeBarrier(b)
        let base = tasks(buffer.height) { .derive(t: t, b: b, row: $0) }
        for y in 0..<buffer.height {
            afterReaders(of: b, row: y, base + y)
            switch buffer.initial {
            case .zero: break
            case let .upsample(slices, fy, _):
                for s in Set(slices.map(\.buffer)).sorted() { afterWriters(of: s, row: y / fy, base + y) }
            case let .maxPool(source, k):
                let h = topology.buffers[source].height
                for r in max(0, y - k / 2)...min(h - 1, y + k / 2) { afterWriters(of: source, row: r, base + y) }
            }
        }
        switch buffer.initial {
        case .zero: break
        case let .upsample(slices, fy, _):
            for s in Set(slices.map(\.buffer)).sorted() { currentReaders[s].append(.upsample(base, factor: fy)) }
        case let .maxPool(source, k):
            currentReaders[source].append(.pool(base, k: k, height: buffer.height))
        }
        writers[b].append(base)
    }

    private mutating func addFire(_ p: Int, t: Int) {
        let pop = topology.populations[p]
        guard pop.aliasOf == nil else { return }  // fires with its original
        let inputs = Set(pop.input.map(\.buffer)).sorted()
        let base = tasks(pop.height) { .fire(t: t, p: p, row: $0) }
        let previous = graph.fireBase[.init(t: t - 1, index: p)]
        for y in 0..<pop.height {
            for b in inputs { afterWriters(of: b, row: y, base + y) }
            if let previous { edge(previous + y, base + y) }
        }
        for b in inputs { currentReaders[b].append(.rows(base)) }
        graph.fireBase[.init(t: t, index: p)] = base
    }

    private mutating func addConv(_ c: Int, t: Int, emits: inout [Int]) {
        let layer = topology.convs[c]
        let outputs = Set(layer.output.map(\.buffer)).sorted()
        for b in outputs { writeBarrier(b) }
        switch layer.source {
        case .image:
            let base = tasks(layer.outHeight) { .encode(t: t, c: c, row: $0) }
            for y in 0..<layer.outHeight {
                for b in outputs { afterReaders(of: b, row: y, base + y) }
            }
            graph.integrateBase[.init(t: t, index: c)] = base
            for b in outputs { writers[b].append(base) }
        case .population(let p):
            let origin = topology.populations[p].aliasOf ?? p
            let fired = graph.fireBase[.init(t: t, index: origin)]
            let sent = sentTask[t - 2]
            let emit = tasks(layer.inHeight) { .emit(t: t, c: c, row: $0) }
            for r in 0..<layer.inHeight {
                if let fired { edge(fired + r, emit + r) }
                if let sent { edge(sent, emit + r) }
                if let reach = ConvRouting.outputRange(r, layer, layer.outHeight) {
                    for y in reach { for b in outputs { afterReaders(of: b, row: y, emit + r) } }
                }
                emits.append(emit + r)
            }
            let integrate = tasks(layer.outHeight) { .integrate(t: t, c: c, row: $0) }
            for y in 0..<layer.outHeight {
                let lo = max(0, y * layer.stride - layer.padding), hi = min(layer.inHeight - 1, y * layer.stride - layer.padding + layer.kernel - 1)
                if lo <= hi { for r in lo...hi { edge(emit + r, integrate + y) } }
            }
            graph.emitBase[.init(t: t, index: c)] = emit
            graph.integrateBase[.init(t: t, index: c)] = integrate
            for b in outputs { writers[b].append(integrate) }
        }
    }

    private mutating func addReadout(t: Int, inSegment: (Int) -> Bool) {
        let task = task(.readout(t: t))
        let buffers = Set(topology.heads.flatMap { $0.map(\.buffer) }).sorted()
        for b in buffers where inSegment(b) {
            for y in 0..<topology.buffers[b].height { afterWriters(of: b, row: y, task) }
            currentReaders[b].append(.all(task))
        }
    }

    /// The graph with its edges in compressed form and every task's predecessor count.
    private mutating func finish() -> DataflowGraph {
        let n = graph.kinds.count
        var start = [Int32](repeating: 0, count: n + 1)
        var pending = [Int32](repeating: 0, count: n)
        for (from, to) in edges {
            start[Int(from) + 1] += 1
            pending[Int(to)] += 1
        }
        for i in 0..<n { start[i + 1] += start[i] }
        var fill = start
        var successors = [Int32](repeating: 0, count: edges.count)
        for (from, to) in edges {
            successors[Int(fill[Int(from)])] = to
            fill[Int(from)] += 1
        }
        graph.successorStart = start
        graph.successors = successors
        graph.pending = pending
        graph.ready = [Int](repeating: 0, count: n)
        edges = []
        return graph
    }
}
