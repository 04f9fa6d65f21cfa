import NCModel

/// A test-only fixed-point chip, written from `docs/hardware-model.md` ("Arithmetic") and the
/// folded topology alone, to check the engine's fixed-point spikes bit for bit. It shares no
/// code with the engine's arithmetic: its own units (`FixedPointUnits`), its own integer
/// operations (`ExactFixedPoint`), its own encoding convolution and its own step loop.
///
/// Currents are `Int64` words, channels-last per buffer; spikes are channels-last per population.
struct FixedPointReference {
    let topology: NetworkTopology
    let weights: [ConvWeights]
    let weightBits: Int
    let membraneBits: Int
    /// Takes every convolution through rule 4's canonical event order, even where no
    /// saturation can happen (slow; tests that the shortcut changes nothing).
    var alwaysInEventOrder = false

    /// The reference for `topology` with folded `weights` on a `weightBits`/`membraneBits` chip.
    init(topology: NetworkTopology, weights: [ConvWeights], weightBits: Int, membraneBits: Int) {
        self.topology = topology
        self.weights = weights
        self.weightBits = weightBits
        self.membraneBits = membraneBits
    }

    /// Spikes `[t][population][neuron]` for `image` (repeated at every timestep).
    func run(_ image: InputImage) -> [[[UInt8]]] { run(frames: [image]) }

    /// Spikes `[t][population][neuron]` for `frames`: one image for every timestep, or one per timestep.
    func run(frames: [InputImage]) -> [[[UInt8]]] {
        let units = FixedPointUnits(topology: topology, weights: weights, weightBits: weightBits, membraneBits: membraneBits)
        let layers = topology.convs.indices.map { QuantisedConv(topology.convs[$0], weights[$0], units, membraneBits) }
        var membranes = topology.populations.map { [Int64](repeating: 0, count: $0.count) }
        var spikes = topology.populations.map { [UInt8](repeating: 0, count: $0.count) }
        var history = [[[UInt8]]]()
        for t in 0..<topology.timesteps {
            // Every buffer starts a timestep at zero; derived buffers are overwritten by their step.
            var currents = topology.buffers.map { [Int64](repeating: 0, count: $0.count) }
            for step in topology.steps {
                switch step {
                case .derive(let b):
                    derive(b, &currents)
                case .fire(let p):
                    fire(p, timestep: t, currents, units, &membranes[p], &spikes[p])
                case .conv(let c):
                    if case .population(let p) = topology.convs[c].source {
                        accumulate(layers[c], spikes: spikes[p], into: &currents)
                    } else {
                        encode(layers[c], frames.count == 1 ? frames[0] : frames[t], into: &currents)
                    }
                }
            }
            history.append(spikes)
        }
        return history
    }

    /// Rule 6: upsampling copies words (nearest neighbour); max-pooling (stride 1, same padding)
    /// keeps the largest word of each window's in-range positions, as PyTorch pads with -inf.
    private func derive(_ b: Int, _ currents: inout [[Int64]]) {
        let dst = topology.buffers[b]
        switch dst.initial {
        case .zero:
            return
        case let .upsample(of: slices, factorY: fy, factorX: fx):
            var c0 = 0
            for s in slices {
                let src = topology.buffers[s.buffer]
                for y in 0..<dst.height {
                    for x in 0..<dst.width {
                        for c in 0..<s.channelCount {
                            currents[b][(y * dst.width + x) * dst.channels + c0 + c] =
                                currents[s.buffer][((y / fy) * src.width + x / fx) * src.channels + s.channelStart + c]
                        }
                    }
                }
                c0 += s.channelCount
            }
        case let .maxPool(of: source, kernel: k):
            let r = k / 2
            for y in 0..<dst.height {
                for x in 0..<dst.width {
                    for c in 0..<dst.channels {
                        var m = Int64.min
                        for yy in max(0, y - r)...min(dst.height - 1, y + r) {
                            for xx in max(0, x - r)...min(dst.width - 1, x + r) {
                                m = max(m, currents[source][(yy * dst.width + xx) * dst.channels + c])
                            }
                        }
                        currents[b][(y * dst.width + x) * dst.channels + c] = m
                    }
                }
            }
        }
    }

    /// Rule 5: the topology's neuron (I-LIF or Gen1 LIF) in integers, each neuron in the unit of
    /// the buffer channel it reads. `membrane` holds the I-LIF's `u` or the Gen1 LIF's post-reset `v'`.
    private func fire(_ p: Int, timestep t: Int, _ currents: [[Int64]], _ units: FixedPointUnits,
                      _ membrane: inout [Int64], _ spike: inout [UInt8]) {
        let pop = topology.populations[p]
        var c0 = 0
        for s in pop.input {
            let src = topology.buffers[s.buffer]
            for px in 0..<(pop.height * pop.width) {
                for c in 0..<s.channelCount {
                    let ch = s.channelStart + c
                    let f = units.fractionBits[s.buffer][ch]
                    let x = currents[s.buffer][px * src.channels + ch]
                    let n = px * pop.channels + c0 + c
                    if topology.neuron == .gen1LIF {
                        let v = ExactFixedPoint.gen1Charge(potential: t == 0 ? 0 : membrane[n], input: x, membraneBits: membraneBits)
                        spike[n] = ExactFixedPoint.spike(membrane: v, fractionBits: f, levels: topology.spikeLevels)
                        membrane[n] = ExactFixedPoint.gen1Reset(potential: v, spike: Int64(spike[n]), fractionBits: f,
                                                                membraneBits: membraneBits)
                        continue
                    }
                    let u: Int64
                    if t == 0 {
                        u = x
                    } else {
                        let leaked = ExactFixedPoint.leak(membrane: membrane[n], spike: Int64(spike[n]), fractionBits: f)
                        u = ExactFixedPoint.saturate(leaked + x, membraneBits: membraneBits)
                    }
                    membrane[n] = u
                    spike[n] = ExactFixedPoint.spike(membrane: u, fractionBits: f, levels: topology.spikeLevels)
                }
            }
            c0 += s.channelCount
        }
    }

    /// Rule 4 for the encoding layer: the bias first (one saturating add), then the FP64 dense
    /// convolution of the image with FP32-rounded weights, quantised, in one saturating add.
    private func encode(_ layer: QuantisedConv, _ image: InputImage, into currents: inout [[Int64]]) {
        let conv = layer.conv
        let k = conv.kernel
        let perGroup = conv.inChannels / conv.groups
        for o in 0..<conv.outChannels {
            let g = o / conv.outChannelsPerGroup
            for oy in 0..<conv.outHeight {
                for ox in 0..<conv.outWidth {
                    var sum = 0.0
                    for ic in 0..<perGroup {
                        let channel = g * perGroup + ic
                        for ky in 0..<k {
                            let iy = oy * conv.stride - conv.padding + ky
                            guard iy >= 0, iy < image.height else { continue }
                            for kx in 0..<k {
                                let ix = ox * conv.stride - conv.padding + kx
                                guard ix >= 0, ix < image.width else { continue }
                                let w = Double(Float(layer.real[((o * perGroup + ic) * k + ky) * k + kx]))
                                sum += w * Double(image.values[(channel * image.height + iy) * image.width + ix])
                            }
                        }
                    }
                    let target = layer.targets[o]
                    let i = (oy * conv.outWidth + ox) * topology.buffers[target.buffer].channels + target.channel
                    let biased = ExactFixedPoint.saturate(currents[target.buffer][i] + layer.bias[o], membraneBits: membraneBits)
                    let value = ExactFixedPoint.quantise(sum, fractionBits: layer.fractionBits[o], membraneBits: membraneBits)
                    currents[target.buffer][i] = ExactFixedPoint.saturate(biased + value, membraneBits: membraneBits)
                }
            }
        }
    }
}
