import NCModel

extension DatasetPart {
    /// Checks everything the outcome and merge rely on, so that a crafted file can neither trap
    /// (overflow, out-of-range index) nor produce numbers that are not sums of its rows. Throws
    /// `PartProblem` naming the first violation.
    func validate() throws {
        try identity.validate()
        guard shard.count >= 1, shard.count <= Shard.maxCount, shard.index >= 1, shard.index <= shard.count else {
            throw PartProblem("shard \(shard.index)/\(shard.count) is not a valid shard")
        }
        try network.validate()
        let range = shard.range(total: identity.imageCount)
        guard images.count == range.count else {
            throw PartProblem("shard \(shard) of \(identity.imageCount) images has \(range.count) images, the file holds \(images.count) rows")
        }
        for (k, row) in images.enumerated() where row.index != range.lowerBound + k {
            throw PartProblem("images[\(k)] has index \(row.index), expected \(range.lowerBound + k) (rows cover the shard in order)")
        }
        var seen = Set<ShapeKey>(), previous: ShapeKey?
        for s in shapes {
            let key = ShapeKey(height: s.height, width: s.width)
            guard seen.insert(key).inserted, previous.map({ ($0.height, $0.width) < (key.height, key.width) }) ?? true else {
                throw PartProblem("shapes are not sorted by size without repeats (\(s.height)x\(s.width))")
            }
            previous = key
            try s.validate(network)
        }
        var perShape = [ShapeKey: (images: Int, spikes: Int, neuronTimesteps: Int, sops: Int)]()
        for row in images {
            try row.validate(identity, network)
            let key = ShapeKey(height: row.inputHeight, width: row.inputWidth)
            var t = perShape[key] ?? (0, 0, 0, 0)
            t.images += 1
            t.spikes = try checkedAdd(t.spikes, row.spikes)
            t.neuronTimesteps = try checkedAdd(t.neuronTimesteps, row.neuronTimesteps)
            t.sops = try checkedAdd(t.sops, row.sops)
            perShape[key] = t
        }
        guard Set(perShape.keys) == seen else { throw PartProblem("the rows' input shapes are not the shapes summed") }
        for s in shapes {
            guard let t = perShape[ShapeKey(height: s.height, width: s.width)] else { continue }
            var neurons = 0
            for n in s.neurons { neurons = try checkedAdd(neurons, n) }
            let neuronTimesteps = try checkedProduct([neurons, network.timesteps, s.images])
            guard t.images == s.images, t.spikes == s.spikes.reduce(0, +), t.neuronTimesteps == neuronTimesteps,
                t.sops == s.sops.reduce(0, +)
            else {
                throw PartProblem("the rows of \(s.height)x\(s.width) inputs do not add up to that shape's sums")
            }
        }
    }
}

extension DatasetIdentity {
    func validate() throws {
        guard imageCount >= 1, imageCount <= Dataset.maxImages else { throw PartProblem("image_count \(imageCount) is outside 1...\(Dataset.maxImages)") }
        guard imgsz >= 32, imgsz <= Letterbox.maxSize, imgsz % 32 == 0 else { throw PartProblem("imgsz \(imgsz) is not a multiple of 32 in 32...\(Letterbox.maxSize)") }
        guard LetterboxMode(rawValue: letterbox) != nil else { throw PartProblem("letterbox '\(letterbox)' is not rect, square or val") }
        guard ["run", "simulate", "estimate"].contains(command) else { throw PartProblem("command '\(command)' is not run, simulate or estimate") }
        for (name, v) in [("confidence", confidence), ("iou", iou)] where !(v >= 0 && v <= 1) {
            throw PartProblem("\(name) \(v) is outside [0, 1]")
        }
        for (name, v) in [("e_mac_pJ", paperMACPicojoules), ("e_ac_pJ", paperACPicojoules), ("ann_mac_pJ", annMACPicojoules)]
        where !(v >= 0 && v <= 1e6) {
            throw PartProblem("\(name) \(v) is outside [0, 1e6]")
        }
        guard (hardware == nil) == (energyComponents == nil), (energyComponents?.count ?? 1) >= 1 else {
            throw PartProblem("a chip run names its hardware and its energy components; other runs neither")
        }
        if let names = energyComponents, Set(names).count != names.count {
            throw PartProblem("energy_components names a component twice")
        }
    }
}

extension DatasetNetwork {
    func validate() throws {
        guard timesteps >= 1, timesteps <= 1024 else { throw PartProblem("timesteps \(timesteps) is outside 1...1024") }
        guard spikeLevels >= 1, spikeLevels <= 255 else { throw PartProblem("spike_levels \(spikeLevels) is outside 1...255") }
        guard classes >= 1, classes <= 100_000 else { throw PartProblem("classes \(classes) is outside 1...100000") }
        guard classNames.count <= 100_000, classNames.allSatisfy({ $0.utf8.count <= 1024 }) else {
            throw PartProblem("class_names has more than 100000 names or a name longer than 1024 bytes")
        }
        guard !populations.isEmpty, populations.count <= 100_000, !layers.isEmpty, layers.count <= 100_000 else {
            throw PartProblem("the network has \(populations.count) populations and \(layers.count) layers")
        }
        // Reports key rates by population name, so a name given twice would be ambiguous.
        var seen = Set<String>()
        for name in populations where !seen.insert(name).inserted {
            throw PartProblem("population '\(name)' is listed twice")
        }
        var total = 0
        for l in layers {
            guard l.macs >= 0, l.macs <= 1 << 50 else { throw PartProblem("layer \(l.name) has \(l.macs) MACs") }
            total = try checkedAdd(total, l.macs)
            if let s = l.source {
                guard !l.encoding, s >= 0, s < populations.count else { throw PartProblem("layer \(l.name) reads population \(s), which does not exist") }
            } else if !l.encoding {
                throw PartProblem("layer \(l.name) reads no population and is not the encoding layer")
            }
        }
    }
}

extension ShapeSums {
    func validate(_ network: DatasetNetwork) throws {
        let p = network.populations.count, c = network.layers.count
        guard height >= 32, width >= 32, height <= Letterbox.maxSize, width <= Letterbox.maxSize, height % 32 == 0, width % 32 == 0 else {
            throw PartProblem("input shape \(height)x\(width) is not a multiple of 32 within \(Letterbox.maxSize)")
        }
        guard images >= 1, neurons.count == p, spikes.count == p, histograms.count == p, sops.count == c, nonzeroSOPs.count == c else {
            throw PartProblem("the sums of \(height)x\(width) inputs do not have one entry per population and layer")
        }
        guard macs >= 0, (neurons + spikes + sops + nonzeroSOPs).allSatisfy({ $0 >= 0 }), (events ?? 0) >= 0 else {
            throw PartProblem("the sums of \(height)x\(width) inputs hold negative counts")
        }
        for q in 0..<p {
            let h = histograms[q]
            guard h.count == network.spikeLevels + 1, h.allSatisfy({ $0 >= 0 }) else {
                throw PartProblem("the histogram of \(network.populations[q]) at \(height)x\(width) does not have \(network.spikeLevels + 1) counts ≥ 0")
            }
            // Σ hist = neurons · T · images and Σ k · hist[k] = spikes: the histogram is the spikes'.
            var count = 0, weighted = 0
            for (k, n) in h.enumerated() {
                count = try checkedAdd(count, n)
                weighted = try checkedAdd(weighted, try checkedProduct([k, n]))
            }
            guard count == (try checkedProduct([neurons[q], network.timesteps, images])), weighted == spikes[q] else {
                throw PartProblem("the histogram of \(network.populations[q]) at \(height)x\(width) does not match its neurons and spikes")
            }
        }
        _ = try checkedProduct([macs, images])
        var total = 0
        for v in spikes + sops + nonzeroSOPs { total = try checkedAdd(total, v) }
    }
}

extension ImageRow {
    func validate(_ identity: DatasetIdentity, _ network: DatasetNetwork) throws {
        let limit = 1 << 20
        guard originalHeight >= 1, originalWidth >= 1, originalHeight <= limit, originalWidth <= limit,
            inputHeight >= 32, inputWidth >= 32, inputHeight <= Letterbox.maxSize, inputWidth <= Letterbox.maxSize
        else {
            throw PartProblem("image \(index) has sizes \(originalHeight)x\(originalWidth) → \(inputHeight)x\(inputWidth)")
        }
        guard spikes >= 0, neuronTimesteps >= 0, sops >= 0, paperMillijoules.isFinite, paperMillijoules >= 0 else {
            throw PartProblem("image \(index) holds negative or non-finite counts")
        }
        guard name.utf8.count <= 4096, stem.utf8.count <= 4096 else { throw PartProblem("image \(index) has a name longer than 4096 bytes") }
        if let chip {
            guard let components = identity.energyComponents, chip.breakdown.count == components.count else {
                throw PartProblem("image \(index) has chip numbers, but the part is not a chip run with that many energy components")
            }
            guard chip.millijoules.isFinite, chip.millijoules >= 0, chip.latencySeconds.isFinite, chip.latencySeconds >= 0,
                chip.breakdown.allSatisfy({ $0.isFinite && $0 >= 0 }), chip.cycles >= 0, chip.events >= 0,
                (chip.differingSpikes ?? 0) >= 0, (chip.unmatchedDetections ?? 0) >= 0
            else {
                throw PartProblem("image \(index) holds negative or non-finite chip numbers")
            }
        } else if identity.hardware != nil {
            throw PartProblem("image \(index) of a chip run has no chip numbers")
        }
        for d in (detections ?? []) + (referenceDetections ?? []) {
            guard d.detection.box.count == 4, d.detection.box.allSatisfy(\.isFinite), d.detection.score.isFinite,
                d.detection.classIndex >= 0, d.detection.classIndex < network.classes
            else {
                throw PartProblem("image \(index) has a detection with a non-finite box or score, or a class outside 0..<\(network.classes)")
            }
        }
        for l in labels ?? [] where !(l.label.box.count == 4 && l.label.box.allSatisfy(\.isFinite) && l.label.classIndex >= 0 && l.label.classIndex < 1_000_000) {
            throw PartProblem("image \(index) has a label with a non-finite box or a bad class")
        }
        guard (detections?.count ?? 0) <= 100_000, (referenceDetections?.count ?? 0) <= 100_000, (labels?.count ?? 0) <= 100_000 else {
            throw PartProblem("image \(index) has more than 100000 detections or labels")
        }
    }
}

/// `a + b`, or a `PartProblem` when it overflows.
func checkedAdd(_ a: Int, _ b: Int) throws -> Int {
    let (s, overflow) = a.addingReportingOverflow(b)
    guard !overflow else { throw PartProblem("a sum overflows 64-bit integers") }
    return s
}

/// The product of `factors`, or a `PartProblem` when it overflows.
func checkedProduct(_ factors: [Int]) throws -> Int {
    var p = 1
    for f in factors {
        let (q, overflow) = p.multipliedReportingOverflow(by: f)
        guard !overflow else { throw PartProblem("a product overflows 64-bit integers") }
        p = q
    }
    return p
}
