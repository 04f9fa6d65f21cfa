// Explicit, documented JSON for the enums of the topology: traces store the topology as JSON
// (traces/README.md), so its form must not depend on how the compiler names enum payloads.
// The topology itself has synthesized coding (keys = property names); its `neuron` is
// `OmittedAtDefault`.

extension NeuronKind: CodingDefault {
    /// A topology without a `neuron` key is I-LIF: traces written before Gen1 models existed
    /// have none, and an I-LIF network still writes none.
    public static var codingDefault: NeuronKind { .ilif }
}

extension NetworkTopology.Step {
    private enum Keys: String, CodingKey { case derive, conv, fire }

    /// `{"derive": b}`, `{"conv": c}` or `{"fire": p}`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        switch self {
        case .derive(let b): try c.encode(b, forKey: .derive)
        case .conv(let i): try c.encode(i, forKey: .conv)
        case .fire(let p): try c.encode(p, forKey: .fire)
        }
    }

    /// Reads the form `encode(to:)` writes.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        if let b = try c.decodeIfPresent(Int.self, forKey: .derive) {
            self = .derive(buffer: b)
        } else if let i = try c.decodeIfPresent(Int.self, forKey: .conv) {
            self = .conv(i)
        } else if let p = try c.decodeIfPresent(Int.self, forKey: .fire) {
            self = .fire(p)
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "step must be derive, conv or fire"))
        }
    }
}

extension CurrentBuffer.Initial {
    private enum Keys: String, CodingKey { case kind, of, source, factorY = "factor_y", factorX = "factor_x", kernel }

    /// `{"kind": "zero"}`, `{"kind": "upsample", "of": [...], "factor_y": 2, "factor_x": 2}` or
    /// `{"kind": "max_pool", "source": b, "kernel": 5}`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        switch self {
        case .zero:
            try c.encode("zero", forKey: .kind)
        case let .upsample(of, fy, fx):
            try c.encode("upsample", forKey: .kind)
            try c.encode(of, forKey: .of)
            try c.encode(fy, forKey: .factorY)
            try c.encode(fx, forKey: .factorX)
        case let .maxPool(source, kernel):
            try c.encode("max_pool", forKey: .kind)
            try c.encode(source, forKey: .source)
            try c.encode(kernel, forKey: .kernel)
        }
    }

    /// Reads the form `encode(to:)` writes.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        switch try c.decode(String.self, forKey: .kind) {
        case "zero": self = .zero
        case "upsample":
            self = .upsample(of: try c.decode([BufferSlice].self, forKey: .of), factorY: try c.decode(Int.self, forKey: .factorY),
                             factorX: try c.decode(Int.self, forKey: .factorX))
        case "max_pool": self = .maxPool(of: try c.decode(Int.self, forKey: .source), kernel: try c.decode(Int.self, forKey: .kernel))
        case let other:
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown buffer kind \(other)"))
        }
    }
}

extension ConvLayer.Source {
    private enum Keys: String, CodingKey { case image, population }

    /// `{"image": true}` or `{"population": p}`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        switch self {
        case .image: try c.encode(true, forKey: .image)
        case .population(let p): try c.encode(p, forKey: .population)
        }
    }

    /// Reads the form `encode(to:)` writes.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        if let p = try c.decodeIfPresent(Int.self, forKey: .population) {
            self = .population(p)
        } else if try c.decodeIfPresent(Bool.self, forKey: .image) == true {
            self = .image
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "source must be image or population"))
        }
    }
}
