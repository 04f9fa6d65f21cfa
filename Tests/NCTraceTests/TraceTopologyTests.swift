import Foundation
import NCFormats
import XCTest

@testable import NCModel
@testable import NCTrace

/// Traces whose CRCs are all valid but whose topology is not a network (issue #16): a duplicated
/// step, removed detection heads, stride 0, negative padding, a 2^28-row buffer. `trace info`,
/// `trace export` and `replay` used to accept them; the reader now rejects them on opening.
final class TraceTopologyTests: XCTestCase {
    func testInconsistentTopologiesAreRejectedOnOpening() throws {
        let base = TestTopology.small()
        func conv(_ c: ConvLayer, stride: Int? = nil, padding: Int? = nil) -> ConvLayer {
            ConvLayer(name: c.name, source: c.source, output: c.output, inChannels: c.inChannels, outChannels: c.outChannels,
                      kernel: c.kernel, stride: stride ?? c.stride, padding: padding ?? c.padding, groups: c.groups,
                      inHeight: c.inHeight, inWidth: c.inWidth, outHeight: c.outHeight, outWidth: c.outWidth, origin: c.origin)
        }
        var cases: [(String, NetworkTopology, String)] = []
        var t = base
        t.steps.append(.conv(1))
        cases.append(("duplicated step", t, "convolution 1 (model.1.Conv.conv) runs twice in a timestep"))
        t = base
        t.steps.removeAll { $0 == .fire(1) }
        cases.append(("missing fire", t, "population 1 (model.1.Conv.lif) never fires"))
        t = base
        t.steps = [.conv(1), .conv(0), .fire(0), .fire(1), .fire(2)]
        cases.append(("conv before its input fires", t, "convolution 1 (model.1.Conv.conv) reads population 0 before it fires"))
        t = base
        t.heads = []
        t.headStrides = []
        cases.append(("removed heads", t, "there is no detection head"))
        t = base
        t.convs[1] = conv(base.convs[1], stride: 0)
        cases.append(("stride 0", t, "convolution 1 (model.1.Conv.conv) has kernel 3, stride 0"))
        t = base
        t.convs[0] = conv(base.convs[0], padding: -1)
        cases.append(("negative padding", t, "convolution 0 (model.0.Conv.conv) has kernel 3, stride 2, padding -1"))
        t = base
        t.buffers.append(CurrentBuffer(name: "huge", channels: 1, height: 1 << 28, width: 1, initial: .zero))
        cases.append(("2^28-row buffer", t, "buffer 2 (huge) has shape 1x268435456x1"))
        t = base
        t.headStrides = [3]
        cases.append(("wrong head stride", t, "head 0 has stride 3, but its 3-row map of a 12-row input implies 4"))

        let dir = try scratchDirectory()
        let valid = dir + "/valid.nctrace"
        try TraceWriter.write(path: valid, topology: base, identity: TraceFiles.identity, spikes: TestTopology.spikes(base, seed: 3))
        let bytes = try TraceFiles.read(valid)
        XCTAssertNoThrow(try TraceReader(path: valid))
        for (label, topology, message) in cases {
            // The writer refuses it...
            assertTraceError(dir + "/w.nctrace", message, label) {
                _ = try TraceWriter(path: dir + "/w.nctrace", topology: topology, identity: TraceFiles.identity)
            }
            // ...and a file that holds it anyway (all CRCs valid) is refused by the reader.
            let path = dir + "/\(label).nctrace"
            try TraceFiles.write(try Self.replacingTopology(of: bytes, with: topology), to: path)
            assertTraceError(path, "the header's topology is not a valid network: " + message, label) {
                _ = try TraceReader(path: path)
            }
        }
        XCTAssertFalse(try Paths.listing(dir).contains("w.nctrace"))
    }

    /// Built graphs pass the same checks a trace's topology gets, at every scale, and with T > 1.
    func testBuiltGraphsAreComplete() throws {
        for scale in BuiltinArchitecture.scales {
            let blueprint = try Blueprint(spec: BuiltinArchitecture.spec(scale: scale))
            let weights = SyntheticWeights.random(blueprint)
            for (h, w) in [(32, 32), (64, 96)] {
                let topology = try GraphBuilder.chains(blueprint: blueprint, weights: weights, inputHeight: h, inputWidth: w).topology
                XCTAssertNoThrow(try topology.validateComplete(), "\(scale) at \(h)x\(w)")
            }
        }
    }

    /// `bytes` (a valid trace) with its header's topology JSON replaced by `topology`'s, every
    /// offset after the header shifted and every CRC recomputed: a file only the topology
    /// checks can reject.
    static func replacingTopology(of bytes: [UInt8], with topology: NetworkTopology) throws -> [UInt8] {
        func u32(_ o: Int) -> Int { Int(bytes[o]) | Int(bytes[o + 1]) << 8 | Int(bytes[o + 2]) << 16 | Int(bytes[o + 3]) << 24 }
        func u64(_ b: [UInt8], _ o: Int) -> Int { (0..<8).reduce(0) { $0 | Int(b[o + $1]) << (8 * $1) } }
        func put32(_ b: inout [UInt8], _ o: Int, _ v: Int) { for k in 0..<4 { b[o + k] = UInt8(truncatingIfNeeded: v >> (8 * k)) } }
        func put64(_ b: inout [UInt8], _ o: Int, _ v: Int) { for k in 0..<8 { b[o + k] = UInt8(truncatingIfNeeded: v >> (8 * k)) } }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = Array(try encoder.encode(topology))
        let headerEnd = 16 + u32(12)
        // The topology is the body's last field: find it by skipping the fields before it
        // (T, D, P, S, then three strings, two of them followed by a digest).
        var o = 16 + 16
        o += 4 + u32(o) + 32  // model name, model digest
        o += 4 + u32(o) + 32  // input name, input digest
        o += 4 + u32(o)       // creator
        var header = Array(bytes[0..<o])
        header += [0, 0, 0, 0] + json
        put32(&header, o, json.count)
        put32(&header, 12, header.count - 16)
        header += [0, 0, 0, 0]
        put32(&header, header.count - 4, Int(CRC32.checksum(Array(header[0..<(header.count - 4)]))))
        let delta = header.count - (headerEnd + 4)
        var rest = Array(bytes[(headerEnd + 4)...])
        let footer = rest.count - 24
        let indexOffset = u64(rest, footer) - (headerEnd + 4)
        let indexLength = u64(rest, footer + 8)
        let chunks = u32(headerEnd + 4 + indexOffset)
        for k in 0..<chunks {
            let entry = indexOffset + 8 + 32 * k + 8
            put64(&rest, entry, u64(rest, entry) + delta)
        }
        put32(&rest, indexOffset + indexLength,
              Int(CRC32.checksum(Array(rest[indexOffset..<(indexOffset + indexLength)]))))
        put64(&rest, footer, u64(rest, footer) + delta)
        return header + rest
    }
}
