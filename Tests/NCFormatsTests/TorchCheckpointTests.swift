import Foundation
import XCTest

@testable import NCFormats

/// The SpikeYOLO-t fixtures: the ultralytics checkpoint and the same weights as a plain state dict.
final class TorchCheckpointTests: XCTestCase {
    // Loaded once: every test here reads the same two files.
    nonisolated(unsafe) static var cached: (pt: TorchCheckpoint, stateDict: TorchCheckpoint)?

    func fixtures() throws -> (pt: TorchCheckpoint, stateDict: TorchCheckpoint) {
        if let c = Self.cached { return c }
        let c = (
            try loadCheckpoint(Fixtures.path("spikeyolo-t.pt")),
            try loadCheckpoint(Fixtures.path("spikeyolo-t.state_dict.pt"))
        )
        Self.cached = c
        return c
    }

    func testUltralyticsCheckpointCounts() throws {
        let pt = try fixtures().pt
        XCTAssertEqual(pt.kind, .moduleTree)
        // fixtures/README.md: 2,011,184 parameters; pickle_facts.json: 755 state-dict tensors.
        XCTAssertEqual(pt.parameterCount, 2_011_184)
        XCTAssertEqual(pt.tensors.count, 755)
        XCTAssertEqual(pt.tensors.first?.name, "model.1.encode_conv.weight")
        XCTAssertEqual(pt.tensor(named: "model.1.encode_conv.weight")?.shape, [16, 3, 7, 7])
        XCTAssertEqual(pt.tensor(named: "model.1.encode_conv.weight")?.dtype, .float16)
        XCTAssertNotNil(pt.tensor(named: "model.2.Conv.pwconv1.weight"))
        XCTAssertNotNil(pt.tensor(named: "model.2.Conv.pwconv3.body.0.bn.running_mean"))
        let nbt = try XCTUnwrap(pt.tensor(named: "model.1.encode_bn.num_batches_tracked"))
        XCTAssertEqual(nbt.dtype, .int64)
        XCTAssertEqual(nbt.shape, [])
        XCTAssertTrue(pt.parameterNames.contains("model.1.encode_bn.weight"))
        XCTAssertFalse(pt.parameterNames.contains("model.1.encode_bn.running_var"))
        XCTAssertFalse(pt.parameterNames.contains("model.1.encode_bn.num_batches_tracked"))
        // The count is the sum over the parameters named.
        let summed = pt.tensors.filter { pt.parameterNames.contains($0.name) }.reduce(0) { $0 + $1.tensor.count }
        XCTAssertEqual(summed, 2_011_184)
    }

    func testHalfTensorsWidenToTheStateDictBitForBit() throws {
        let (pt, sd) = try fixtures()
        XCTAssertEqual(sd.kind, .stateDict)
        XCTAssertEqual(sd.tensors.map(\.name), pt.tensors.map(\.name))
        XCTAssertEqual(sd.parameterCount, 2_011_184)
        XCTAssertEqual(sd.parameterNames, pt.parameterNames)
        for (a, b) in zip(pt.tensors, sd.tensors) {
            XCTAssertEqual(a.tensor.shape, b.tensor.shape, a.name)
            if a.tensor.dtype == .int64 {
                XCTAssertEqual(b.tensor.dtype, .int64, a.name)
                XCTAssertEqual(a.tensor.int64s(), b.tensor.int64s(), a.name)
            } else {
                XCTAssertEqual(a.tensor.dtype, .float16, a.name)
                XCTAssertEqual(b.tensor.dtype, .float32, a.name)
                let wide = a.tensor.floats().map(\.bitPattern)
                XCTAssertEqual(wide, b.tensor.floats().map(\.bitPattern), a.name)
            }
        }
    }

    func testModuleTree() throws {
        let pt = try fixtures().pt
        let classes = Dictionary(pt.moduleClasses.map { ($0.path, $0.className) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(pt.moduleClasses.first?.path, "")
        XCTAssertEqual(classes[""], "ultralytics.nn.tasks.DetectionModel")
        XCTAssertEqual(classes["model"], "torch.nn.modules.container.Sequential")
        XCTAssertEqual(classes["model.2"], "ultralytics.nn.modules.yolo_spikformer.MS_AllConvBlock")
        XCTAssertEqual(classes["model.26"], "ultralytics.nn.modules.yolo_spikformer.SpikeDetect")
        XCTAssertEqual(pt.moduleClasses.count, classes.count, "module paths are unique")

        // Every BatchNorm carries the ultralytics eps.
        let bns = pt.moduleClasses.filter { $0.className == "torch.nn.modules.batchnorm.BatchNorm2d" }
        XCTAssertFalse(bns.isEmpty)
        for bn in bns {
            XCTAssertEqual(pt.moduleAttributes[bn.path]?["eps"], .float(0.001), bn.path)
        }
        XCTAssertEqual(pt.moduleAttributes["model.2.Conv.pwconv3.body.0"]?["pad_pixels"], .int(1))
        XCTAssertEqual(pt.moduleAttributes["model.1.encode_conv"]?["kernel_size"], .tuple([.int(7), .int(7)]))
        XCTAssertEqual(pt.moduleAttributes["model.26"]?["reg_max"], .int(16))
        XCTAssertNil(pt.moduleAttributes["model.26"]?["_parameters"])

        // Names the reference run uses: conv modules have weights, neurons are mem_update modules.
        let events = try XCTUnwrap(Paths.json(Fixtures.path("ref_t_128.json"))["events"] as? [[String: Any]])
        var convs = 0, neurons = 0
        for e in events {
            let name = try XCTUnwrap(e["name"] as? String)
            switch e["kind"] as? String {
            case "conv":
                convs += 1
                XCTAssertNotNil(pt.tensor(named: name + ".weight"), name)
            case "mem_update":
                neurons += 1
                XCTAssertEqual(classes[name], "ultralytics.nn.modules.yolo_spikformer.mem_update", name)
            default: XCTFail("unknown event kind in \(e)")
            }
        }
        XCTAssertGreaterThan(convs, 50)
        XCTAssertGreaterThan(neurons, 50)
    }

    func testCachedAnchorsAreANonContiguousViewMaterialised() throws {
        let pt = try fixtures().pt
        guard case .tensor(let ref)? = pt.moduleAttributes["model.26"]?["anchors"] else {
            return XCTFail("SpikeDetect has no cached anchors tensor")
        }
        // tensor_layouts.json: storage of 16,800 halves viewed as size [2, 8400], stride [1, 2].
        XCTAssertEqual(ref.shape, [2, 8400])
        XCTAssertEqual(ref.stride, [1, 2])
        XCTAssertEqual(ref.storage.count, 16_800)
        let anchors = try pt.tensor(ref)
        XCTAssertEqual(anchors.shape, [2, 8400])
        let v = anchors.floats()
        XCTAssertEqual(Array(v[0..<3]), [0.5, 1.5, 2.5])  // x of the first three stride-8 cells
        XCTAssertEqual(v[8400], 0.5)  // y of the first cell
        XCTAssertEqual(v[8400 + 80], 1.5)  // y of the first cell of the second row (80 cells wide)
    }

    // MARK: - Synthetic archives (every dtype, strided views, byte order, module trees)

    /// Storage bytes for `SyntheticTorch.stateDictPickle`: keys 0-9 hold six elements of the
    /// dtypes in `dtypeOrder`, key 10 holds the floats 0...23, key 11 the floats 10, 11, 12, 13.
    static let dtypeOrder: [(name: String, dtype: DType)] = [
        ("half", .float16), ("bfloat16", .bfloat16), ("float", .float32), ("double", .float64), ("long", .int64),
        ("int", .int32), ("short", .int16), ("char", .int8), ("byte", .uint8), ("bool", .bool),
    ]
    static let sixValues: [Double] = [0.5, -1.5, 2, 3.25, -4, 100]

    static func element(_ v: Double, _ dtype: DType, bigEndian: Bool) -> [UInt8] {
        func bytes<T: FixedWidthInteger>(_ x: T) -> [UInt8] {
            withUnsafeBytes(of: bigEndian ? x.bigEndian : x.littleEndian, Array.init)
        }
        switch dtype {
        case .float16: return bytes(Half.fromFloat(Float(v)))
        case .bfloat16: return bytes(UInt16(Float(v).bitPattern >> 16))
        case .float32: return bytes(Float(v).bitPattern)
        case .float64: return bytes(v.bitPattern)
        case .int64: return bytes(Int64(v))
        case .int32: return bytes(Int32(v))
        case .int16: return bytes(Int16(v))
        case .int8: return bytes(Int8(v))
        case .uint8, .bool: return bytes(UInt8(Int(abs(v)) % 2))
        }
    }

    static func expected(_ dtype: DType) -> [Double] {
        switch dtype {
        case .float16, .bfloat16, .float32, .float64: return sixValues
        case .uint8, .bool: return sixValues.map { Double(Int(abs($0)) % 2) }
        default: return sixValues.map { Double(Int64($0)) }
        }
    }

    static func syntheticStateDict(bigEndian: Bool) -> [UInt8] {
        var storages = [(key: String, bytes: [UInt8])]()
        for (i, d) in dtypeOrder.enumerated() {
            storages.append((String(i), sixValues.flatMap { element($0, d.dtype, bigEndian: bigEndian) }))
        }
        storages.append(("10", (0..<24).flatMap { element(Double($0), .float32, bigEndian: bigEndian) }))
        storages.append(("11", (10..<14).flatMap { element(Double($0), .float32, bigEndian: bigEndian) }))
        return TestZipWriter.torchArchive(
            pickle: SyntheticTorch.stateDictPickle, storages: storages, byteorder: bigEndian ? "big" : "little")
    }

    func testEveryDTypeAndStridedViewsInBothByteOrders() throws {
        for bigEndian in [false, true] {
            let path = try Fixtures.temporaryFile("synthetic.pt", bytes: Self.syntheticStateDict(bigEndian: bigEndian))
            let ckpt = try loadCheckpoint(path)
            XCTAssertEqual(ckpt.kind, .stateDict)
            XCTAssertEqual(
                ckpt.tensors.map(\.name),
                Self.dtypeOrder.map(\.name) + ["transposed", "offset_view", "scalar", "empty", "param", "untyped"])
            for d in Self.dtypeOrder {
                let t = try XCTUnwrap(ckpt.tensor(named: d.name))
                XCTAssertEqual(t.dtype, d.dtype, d.name)
                XCTAssertEqual(t.shape, [2, 3], d.name)
                XCTAssertEqual(t.doubles(), Self.expected(d.dtype), "\(d.name) big-endian: \(bigEndian)")
            }
            XCTAssertEqual(ckpt.tensor(named: "transposed")?.floats(), [0, 3, 1, 4, 2, 5])
            XCTAssertEqual(ckpt.tensor(named: "offset_view")?.shape, [2, 2, 2])
            XCTAssertEqual(ckpt.tensor(named: "offset_view")?.floats(), [5, 8, 6, 9, 13, 16, 14, 17])
            XCTAssertEqual(ckpt.tensor(named: "scalar")?.shape, [])
            XCTAssertEqual(ckpt.tensor(named: "scalar")?.floats(), [23])
            XCTAssertEqual(ckpt.tensor(named: "empty")?.shape, [0, 4])
            XCTAssertEqual(ckpt.tensor(named: "empty")?.count, 0)
            XCTAssertEqual(ckpt.tensor(named: "param")?.floats(), [0, 1, 2, 3])
            XCTAssertEqual(ckpt.tensor(named: "untyped")?.floats(), [11, 12, 13])
            // Floating-point tensors that are not running statistics count as parameters.
            XCTAssertEqual(
                ckpt.parameterNames,
                ["half", "bfloat16", "float", "double", "transposed", "offset_view", "scalar", "empty", "param", "untyped"])
            XCTAssertEqual(ckpt.parameterCount, 6 * 4 + 6 + 8 + 1 + 0 + 4 + 3)
        }
    }

    func testSyntheticModuleTree() throws {
        let weights = (0..<8).flatMap { Self.element(Double($0), .float32, bigEndian: false) }
        let count = Self.element(42, .int64, bigEndian: false)
        let path = try Fixtures.temporaryFile("model.pt", bytes: TestZipWriter.torchArchive(pickle: SyntheticTorch.modelPickle, storages: [("0", weights), ("1", count)]))
        let ckpt = try loadCheckpoint(path)
        XCTAssertEqual(ckpt.kind, .moduleTree)
        // Parameters, then persistent buffers (not `cache`), then children; None entries skipped.
        XCTAssertEqual(ckpt.tensors.map(\.name), ["scale", "count", "head.weight", "tied.weight"])
        XCTAssertEqual(ckpt.parameterNames, ["scale", "head.weight", "tied.weight"])
        XCTAssertEqual(ckpt.parameterCount, 3 + 4, "a parameter shared by two modules counts once")
        XCTAssertEqual(ckpt.tensor(named: "scale")?.floats(), [4, 5, 6])
        XCTAssertEqual(ckpt.tensor(named: "count")?.int64s(), [42])
        XCTAssertEqual(ckpt.tensor(named: "tied.weight")?.floats(), [0, 1, 2, 3])
        XCTAssertEqual(ckpt.moduleClasses.map(\.path), ["", "head", "tied"])
        XCTAssertEqual(
            ckpt.moduleClasses.map(\.className),
            ["ultralytics.nn.tasks.DetectionModel", "torch.nn.modules.linear.Linear", "torch.nn.modules.linear.Linear"])
        XCTAssertEqual(ckpt.moduleAttributes["head"]?["eps"], .float(0.5))
        XCTAssertEqual(ckpt.moduleAttributes["head"]?["training"], .bool(false))
        // The root module's plain attributes and the dict around it stay available as data.
        XCTAssertEqual(try PlainValue(XCTUnwrap(ckpt.moduleAttributes[""]?["yaml"]), maxNodes: 100).jsonText(),
                       #"{"nc":2,"scale":"x","ratios":[0.5,1]}"#)
        guard case .dict(let top)? = ckpt.root else { return XCTFail("the root is not a dict") }
        XCTAssertEqual(top["version"]?.stringValue, "8.0")
    }
}
