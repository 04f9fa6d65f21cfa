import Foundation
import NCFormats
import NCModel
import NCTrace
import XCTest

@testable import NeurocycleCLI

/// Issue #16 at the command line: exit codes, errors that stay one short line whatever a file
/// echoes, a hostile trace name, the bounded energy table, a checkpoint with integer weights.
final class HostileInputCLITests: XCTestCase {
    /// 0 success, 1 a failure of the input or the run, 64 a usage error.
    func testExitCodes() throws {
        let dir = try Fixtures.temporaryDirectory()
        XCTAssertEqual(CLI.capture(["--help"]).status, 0)
        XCTAssertEqual(CLI.capture([]).status, 64)
        XCTAssertEqual(CLI.capture(["frobnicate"]).status, 64)
        XCTAssertEqual(CLI.capture(["inspect"]).status, 64)
        XCTAssertEqual(CLI.capture(["inspect", "a.pt", "b.pt"]).status, 64)
        XCTAssertEqual(CLI.capture(["inspect", "a.pt", "--imgsz"]).status, 64)
        XCTAssertEqual(CLI.capture(["inspect", "a.pt", "--imgsz", "abc"]).status, 64)
        XCTAssertEqual(CLI.capture(["run", "--precision", "fp16"]).status, 64)
        XCTAssertEqual(CLI.capture(["run", "--json", "-", "--csv", "-"]).status, 64)
        XCTAssertEqual(CLI.capture(["trace", "export", Paths.root + "/traces/spikeyolo-t_input128.nctrace"]).status, 64)
        XCTAssertEqual(CLI.capture(["inspect", dir + "/missing.pt"]).status, 1)
        XCTAssertEqual(CLI.capture(["hw", "show", dir + "/missing.json"]).status, 1)
        try "{'a': 1}".write(toFile: dir + "/fr.txt", atomically: true, encoding: .utf8)
        let rates = CLI.capture(["estimate", "--scale", "t", "--imgsz", "64", "--firing-rates", dir + "/fr.txt"])
        XCTAssertEqual(rates.status, 1, rates.err)
        XCTAssertTrue(rates.err.hasPrefix("neurocycle: \(dir)/fr.txt: unknown population names a"), rates.err)
    }

    /// A file that makes an error echo a megabyte value (here a rate key) gives one short line.
    func testErrorsEchoingHugeValuesStayShort() throws {
        let dir = try Fixtures.temporaryDirectory()
        let key = "model." + String(repeating: "x", count: 1 << 20)
        try "{'\(key)': 0.5}".write(toFile: dir + "/fr.txt", atomically: true, encoding: .utf8)
        let r = CLI.capture(["estimate", "--scale", "t", "--imgsz", "64", "--firing-rates", dir + "/fr.txt"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.err.filter { $0 == "\n" }.count, 1)
        XCTAssertLessThan(r.err.count, CLI.maxMessageCharacters + 100)
        XCTAssertTrue(r.err.contains("unknown population names model.xxx"), String(r.err.prefix(300)))
        XCTAssertTrue(r.err.contains("…"))
        // Control characters from a file cannot restyle the terminal.
        XCTAssertEqual(CLI.oneLine("a\u{1B}[2Jb\nc\td"), "a\u{FFFD}[2Jb c d")
    }

    /// A trace whose model and input names are 1 MB used to make `replay` take 13 s and print
    /// 9,541 lines. Names are shortened in text output (the JSON keeps them whole).
    func testReplayOfATraceWithMegabyteNames() throws {
        let dir = try Fixtures.temporaryDirectory()
        let reader = try TraceReader(path: Paths.root + "/traces/spikeyolo-t_input128.nctrace")
        let huge = String(repeating: "n", count: 1 << 20)
        var identity = reader.identity
        identity.modelName = huge
        identity.inputName = huge
        let path = dir + "/named.nctrace"
        let spikes = try (0..<reader.timesteps).map { t in
            try reader.topology.populations.indices.map { try reader.spikes(timestep: t, population: $0) }
        }
        try TraceWriter.write(path: path, topology: reader.topology, identity: identity, spikes: spikes)
        let r = CLI.capture(["replay", path, "--hw", Paths.hwconfig("edge-small")])
        XCTAssertEqual(r.status, 0, String(r.err.prefix(300)))
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertLessThan(lines.count, 400)
        XCTAssertLessThan(r.out.count, 100_000)
        XCTAssertTrue(r.out.contains("…"))
        let info = CLI.capture(["trace", "info", path])
        XCTAssertEqual(info.status, 0)
        XCTAssertLessThan(info.out.count, 20_000)
    }

    /// Energies at the table's bound still give finite totals, written as JSON numbers.
    func testEnergyAtTheBoundGivesNumbers() throws {
        let dir = try Fixtures.temporaryDirectory()
        let keys = ["accumulate_pj", "mac_pj", "synaptic_read_pj_per_bit", "membrane_read_pj_per_bit",
                    "membrane_write_pj_per_bit", "spike_pj", "noc_hop_pj_per_flit", "dram_pj_per_bit",
                    "leakage_mw_per_core", "pool_compare_pj"]
        let energy = keys.map { "\"\($0)\": 1000000" }.joined(separator: ", ")
        try #"{"version": 1, "energy": {\#(energy)}}"#.write(toFile: dir + "/max.json", atomically: true, encoding: .utf8)
        let r = CLI.capture(["replay", Paths.root + "/traces/spikeyolo-t_input128.nctrace", "--hw", dir + "/max.json",
                             "--json", dir + "/r.json"])
        XCTAssertEqual(r.status, 0, r.err)
        let json = try Paths.json(dir + "/r.json")
        let hardware = (json["energy"] as? [String: Any])?["hardware"] as? [String: Any]
        let total = try XCTUnwrap(hardware?["total_mJ"] as? Double, "\(String(describing: hardware?["total_mJ"]))")
        XCTAssertTrue(total.isFinite)
        XCTAssertGreaterThan(total, 0)
        // Free operations (`--e-mac 0 --e-ac 0`) used to give `"ratio": "inf"`.
        let free = CLI.capture(["replay", Paths.root + "/traces/spikeyolo-t_input128.nctrace", "--e-mac", "0", "--e-ac", "0",
                                "--json", dir + "/free.json"])
        XCTAssertEqual(free.status, 0, free.err)
        let paper = (try Paths.json(dir + "/free.json")["energy"] as? [String: Any])?["paper"] as? [String: Any]
        XCTAssertEqual(paper?["ratio"] as? Double, 0)
        // Above the bound: one line naming the key.
        try #"{"version": 1, "energy": {"spike_pj": 1e308}}"#.write(toFile: dir + "/huge.json", atomically: true, encoding: .utf8)
        let huge = CLI.capture(["hw", "show", dir + "/huge.json"])
        XCTAssertEqual(huge.status, 1)
        XCTAssertEqual(huge.err, "neurocycle: \(dir)/huge.json: energy.spike_pj must be at most 1000000 (found 1e+308)\n")
    }

    /// A state_dict whose FloatStorage was changed to IntStorage (same element size, so every
    /// size check passes) used to show "0 parameters" and a buildable model; `run` then failed
    /// without naming the file. Now the model is refused, naming the file and the tensor.
    func testIntegerWeightsAreRefused() throws {
        let path = try Self.stateDictWithIntStorage()
        let inspect = CLI.capture(["inspect", path])
        XCTAssertEqual(inspect.status, 0, inspect.err)
        XCTAssertTrue(inspect.out.contains(
            "not a SpikeYOLO model neurocycle can build: \(path): weights: tensor model.1.encode_conv.weight holds i32 integers; weights must be floating point"),
            inspect.out)
        let run = CLI.capture(["run", "--model", path, "--imgsz", "64"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.err.hasPrefix("neurocycle: \(path): "), run.err)
    }

    /// The fixture state_dict with `torch.FloatStorage` renamed `torch.IntStorage` in its pickle:
    /// two no-op opcodes (MARK, POP_MARK) after PROTO keep the pickle's length, and the CRC is
    /// rewritten in the local header, the data descriptor and the central directory, so the file
    /// is a valid archive.
    static func stateDictWithIntStorage() throws -> String {
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("spikeyolo-t.state_dict.pt"))))
        let zip = try ZipArchive(path: Fixtures.path("spikeyolo-t.state_dict.pt"))
        let entry = try XCTUnwrap(zip.entry(named: "spikeyolo-t.state_dict/data.pkl"))
        var pickle = Array(bytes[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)])
        let from = Array("torch\nFloatStorage\n".utf8), to = Array("torch\nIntStorage\n".utf8)
        let at = try XCTUnwrap((0...(pickle.count - from.count)).first { pickle[$0..<($0 + from.count)].elementsEqual(from) })
        pickle.replaceSubrange(at..<(at + from.count), with: to)
        pickle.insert(contentsOf: [0x28, 0x31], at: 2)  // MARK, POP_MARK after PROTO 2
        XCTAssertEqual(pickle.count, entry.compressedSize)
        bytes.replaceSubrange(entry.dataOffset..<(entry.dataOffset + pickle.count), with: pickle)
        let crc = CRC32.checksum(pickle)
        func put(_ offset: Int) { for k in 0..<4 { bytes[offset + k] = UInt8(truncatingIfNeeded: crc >> (8 * k)) } }
        put(entry.localHeaderOffset + 14)
        // torch.save's data descriptor after the data (signature, then the CRC) repeats it.
        let descriptor = entry.dataOffset + entry.compressedSize
        put(bytes[descriptor..<(descriptor + 4)].elementsEqual([0x50, 0x4B, 0x07, 0x08]) ? descriptor + 4 : descriptor)
        // The central record: the one naming the entry.
        let name = Array(entry.name.utf8)
        let record = try XCTUnwrap((0..<(bytes.count - 46 - name.count)).reversed().first { i in
            bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 1 && bytes[i + 3] == 2
                && bytes[(i + 46)..<(i + 46 + name.count)].elementsEqual(name)
        })
        put(record + 16)
        let path = try Fixtures.temporaryDirectory() + "/int-weights.pt"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}
