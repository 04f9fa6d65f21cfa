// swift-tools-version:6.0
// neurocycle — SpikeYOLO on a cycle-level model of a spike-driven neuromorphic accelerator.
//
// Layers, lowest first; a target only imports the ones above it:
//   NCFormats  — byte formats (zip, inflate, pickle, torch tensors, npy/npz, safetensors, PNG); knows no models
//   NCModel    — SpikeYOLO architecture, folded spiking graph, integer reference engine; knows no hardware
//   NCHardware — hardware configs, mapping onto cores, the cycle-level event-driven engine
//   NCTrace    — the .nctrace spike-trace format (topology + integer spike counts)
//   NCEnergy   — pricing action counts, the paper-style estimate, the ANN baseline
//   NCReport   — terminal tables, JSON, CSV, HTML/SVG
//   NeurocycleCLI — the commands; only wires the libraries together (neurocycle is its thin executable)
import PackageDescription

let package = Package(
    name: "neurocycle",
    products: [
        .executable(name: "neurocycle", targets: ["neurocycle"]),
        .library(name: "NCFormats", targets: ["NCFormats"]),
        .library(name: "NCModel", targets: ["NCModel"]),
        .library(name: "NCHardware", targets: ["NCHardware"]),
        .library(name: "NCTrace", targets: ["NCTrace"]),
        .library(name: "NCEnergy", targets: ["NCEnergy"]),
        .library(name: "NCReport", targets: ["NCReport"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "NCFormats"),
        .target(name: "NCModel", dependencies: ["NCFormats"]),
        .target(name: "NCHardware", dependencies: ["NCModel"]),
        .target(name: "NCTrace", dependencies: ["NCModel", "NCFormats"]),
        .target(name: "NCEnergy", dependencies: ["NCHardware", "NCModel"]),
        .target(name: "NCReport", dependencies: ["NCEnergy", "NCHardware", "NCModel"]),
        .target(
            name: "NeurocycleCLI",
            dependencies: ["NCFormats", "NCModel", "NCHardware", "NCTrace", "NCEnergy", "NCReport"]),
        .executableTarget(name: "neurocycle", dependencies: ["NeurocycleCLI"]),

        .testTarget(name: "NCFormatsTests", dependencies: ["NCFormats"]),
        .testTarget(name: "NCModelTests", dependencies: ["NCModel", "NCFormats"]),
        .testTarget(name: "NCHardwareTests", dependencies: ["NCHardware", "NCModel"]),
        .testTarget(name: "NCTraceTests", dependencies: ["NCTrace", "NCHardware", "NCModel"]),
        .testTarget(name: "NCEnergyTests", dependencies: ["NCEnergy", "NCHardware", "NCModel"]),
        .testTarget(name: "NCReportTests", dependencies: ["NCReport", "NCEnergy", "NCHardware", "NCModel"]),
        .testTarget(name: "NeurocycleCLITests", dependencies: ["NeurocycleCLI", "NCFormats"]),
    ]
)
