// swift-tools-version:6.0
// neurocycle — SpikeYOLO on a cycle-level model of a spike-driven neuromorphic accelerator.
//
// Layers, lowest first; a target only imports the ones above it:
//   NCFormats  — byte formats (zip, inflate, pickle, torch tensors, npy/npz, safetensors, PNG); knows no models
//   NCModel    — SpikeYOLO architecture, folded spiking graph, integer reference engine; knows no hardware
//   NCHardware — hardware configs, mapping onto cores, the cycle-level event-driven engine
//   NCTrace    — the .nctrace spike-trace format (topology + integer spike counts)
//   NCEnergy   — pricing action counts, the paper-style estimate, the ANN baseline
//   NCSimulation — the jobs (reference, chip, replay, estimate): run, count, price; return outcomes
//   NCReport   — presents outcomes: terminal tables, JSON, CSV, HTML/SVG
//   NeurocycleCLI — the commands; only wires the libraries together (neurocycle is its thin executable)
import PackageDescription

// The numeric targets use AVX2 vector instructions (x86-64 CPUs since 2013): the reference
// convolutions and the folding products are several times faster with 256-bit vectors. Set
// NEUROCYCLE_PORTABLE=1 when building for an older or non-x86 CPU.
let numeric: [SwiftSetting] = {
    #if arch(x86_64)
    if Context.environment["NEUROCYCLE_PORTABLE"] == nil {
        return [.unsafeFlags(["-target-cpu", "haswell"])]
    }
    #endif
    return []
}()

let package = Package(
    name: "neurocycle",
    products: [
        .executable(name: "neurocycle", targets: ["neurocycle"]),
        .library(name: "NCFormats", targets: ["NCFormats"]),
        .library(name: "NCModel", targets: ["NCModel"]),
        .library(name: "NCHardware", targets: ["NCHardware"]),
        .library(name: "NCTrace", targets: ["NCTrace"]),
        .library(name: "NCEnergy", targets: ["NCEnergy"]),
        .library(name: "NCSimulation", targets: ["NCSimulation"]),
        .library(name: "NCReport", targets: ["NCReport"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "NCFormats"),
        .target(name: "NCModel", dependencies: ["NCFormats"], swiftSettings: numeric),
        .target(name: "NCHardware", dependencies: ["NCModel"], swiftSettings: numeric, plugins: ["EmbedPresets"]),
        .target(name: "NCTrace", dependencies: ["NCModel", "NCFormats"]),
        .target(name: "NCEnergy", dependencies: ["NCHardware", "NCModel"]),
        .target(name: "NCSimulation", dependencies: ["NCEnergy", "NCHardware", "NCModel"],
                exclude: ["Dataset/README.md"]),
        .target(name: "NCReport", dependencies: ["NCSimulation", "NCEnergy", "NCHardware", "NCModel", "NCFormats"]),
        .target(
            name: "NeurocycleCLI",
            dependencies: ["NCFormats", "NCModel", "NCHardware", "NCTrace", "NCEnergy", "NCSimulation", "NCReport"]),
        .executableTarget(name: "neurocycle", dependencies: ["NeurocycleCLI"]),

        // hwconfigs/*.json compiled into NCHardware at build time (the files are the only copy).
        .executableTarget(name: "PresetEmbedder"),
        .plugin(name: "EmbedPresets", capability: .buildTool(), dependencies: ["PresetEmbedder"], path: "Sources/EmbedPresets"),

        // Shared by the test targets (fixture paths, scratch directories, a seeded generator);
        // a plain library so they can all depend on it, and no product ships it.
        .target(name: "NCTestSupport", dependencies: ["NCFormats"], path: "Tests/NCTestSupport"),

        .testTarget(name: "NCFormatsTests", dependencies: ["NCFormats", "NCTestSupport"]),
        .testTarget(name: "NCModelTests", dependencies: ["NCModel", "NCFormats", "NCTestSupport"]),
        .testTarget(name: "NCHardwareTests", dependencies: ["NCHardware", "NCModel", "NCTestSupport"]),
        .testTarget(name: "NCTraceTests", dependencies: ["NCTrace", "NCHardware", "NCModel", "NCTestSupport"]),
        .testTarget(name: "NCEnergyTests", dependencies: ["NCEnergy", "NCHardware", "NCModel", "NCTestSupport"]),
        .testTarget(name: "NCSimulationTests", dependencies: ["NCSimulation", "NCModel", "NCTestSupport"]),
        .testTarget(name: "NCReportTests", dependencies: ["NCReport", "NCSimulation", "NCEnergy", "NCHardware", "NCModel", "NCTestSupport"]),
        .testTarget(name: "NeurocycleCLITests", dependencies: ["NeurocycleCLI", "NCFormats", "NCTestSupport"]),
    ]
)
