import NCFormats

/// One row of an ultralytics model description: `[from, repeats, module, args]`.
public struct ArchitectureRow: Sendable, Equatable {
    /// Indices of the rows whose outputs this row consumes (`-1` = the previous row).
    public var from: [Int]
    /// The repeat count as written (before the depth multiplier).
    public var repeats: Int
    /// The module class name (`MS_ConvBlock`, `nn.Upsample`, ...).
    public var module: String
    /// Constructor arguments as written.
    public var args: [PlainValue]
}

/// The SpikeYOLO architecture as the checkpoint's `yaml` dictionary describes it, with the
/// scale already chosen.
public struct ArchitectureSpec: Sendable, Equatable {
    /// Number of classes.
    public var classCount: Int
    /// Scale name (`t`, `n`, `s`, `m`, `l`).
    public var scale: String
    /// Depth multiplier of the scale.
    public var depth: Double
    /// Width multiplier of the scale.
    public var width: Double
    /// Channel cap of the scale.
    public var maxChannels: Int
    /// Input channels (3 for RGB).
    public var inputChannels: Int
    /// Backbone rows followed by head rows.
    public var rows: [ArchitectureRow]

    /// Reads a model `yaml` dictionary. `scale` overrides the dictionary's own `scale` key.
    public init(yaml: PlainValue, scale overrideScale: String? = nil, classCount overrideClasses: Int? = nil) throws {
        guard case .object = yaml else { throw ModelError.architecture("the model description is not a dictionary") }
        guard let nc = overrideClasses ?? yaml["nc"]?.int, nc > 0, nc <= 100_000 else {
            throw ModelError.architecture("'nc' (number of classes) is missing or not a positive integer")
        }
        classCount = nc
        guard case .object(let scales)? = yaml["scales"] else {
            throw ModelError.architecture("'scales' is missing")
        }
        let chosen = overrideScale ?? yaml["scale"]?.stringValue ?? scales.first?.key ?? ""
        guard let triple = scales.first(where: { $0.key == chosen })?.value.arrayValue, triple.count == 3,
            let d = triple[0].doubleValue, let w = triple[1].doubleValue, let mc = triple[2].int,
            d > 0, w > 0, mc > 0, d <= 16, w <= 16
        else {
            let known = scales.map(\.key).joined(separator: ", ")
            throw ModelError.architecture("scale '\(chosen)' is not one of the model's scales (\(known))")
        }
        scale = chosen
        depth = d
        width = w
        maxChannels = mc
        inputChannels = yaml["ch"]?.int ?? 3
        guard inputChannels > 0, inputChannels <= 64 else {
            throw ModelError.architecture("input channels 'ch' = \(inputChannels) is not supported")
        }
        var rows = [ArchitectureRow]()
        for section in ["backbone", "head"] {
            guard let list = yaml[section]?.arrayValue else {
                throw ModelError.architecture("'\(section)' is missing or not a list")
            }
            for (k, item) in list.enumerated() {
                let index = rows.count
                guard let parts = item.arrayValue, parts.count == 4 else {
                    throw ModelError.architecture("row \(index) (\(section) \(k)) is not [from, repeats, module, args]")
                }
                let from: [Int]
                if let f = parts[0].int {
                    from = [f]
                } else if let l = parts[0].arrayValue, !l.isEmpty, l.allSatisfy({ $0.int != nil }) {
                    from = l.compactMap(\.int)
                } else {
                    throw ModelError.architecture("row \(index): 'from' must be an integer or a list of integers")
                }
                guard let n = parts[1].int, n >= 1, n <= 1000 else {
                    throw ModelError.architecture("row \(index): repeat count must be a positive integer")
                }
                guard let module = parts[2].stringValue else {
                    throw ModelError.architecture("row \(index): module name must be a string")
                }
                guard let args = parts[3].arrayValue else {
                    throw ModelError.architecture("row \(index): args must be a list")
                }
                for f in from where f != -1 && (f < 0 || f >= index) {
                    throw ModelError.architecture("row \(index) (\(module)) takes input from row \(f), which does not come before it")
                }
                if index == 0 && from != [-1] {
                    throw ModelError.architecture("row 0 must take the input image (from -1)")
                }
                rows.append(ArchitectureRow(from: from, repeats: n, module: module, args: args))
            }
        }
        guard !rows.isEmpty else { throw ModelError.architecture("the model has no rows") }
        self.rows = rows
    }

    /// Repeats after the depth multiplier: `max(round(n * depth), 1)` for `n > 1` (Python's
    /// `round`, which rounds halves to even).
    public func effectiveRepeats(_ n: Int) -> Int {
        n > 1 ? max(Int((Double(n) * depth).rounded(.toNearestOrEven)), 1) : n
    }

    /// ultralytics' `make_divisible(x, 8)`.
    public static func makeDivisible(_ x: Double, _ divisor: Int = 8) -> Int {
        Int((x / Double(divisor)).rounded(.up)) * divisor
    }
}
