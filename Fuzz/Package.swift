// swift-tools-version:6.0
// Coverage-guided fuzzing of every neurocycle parser (libFuzzer + AddressSanitizer).
//
// A separate package so the main build and CI's `swift test` never see it. Build and run it with
// `bash Fuzz/run.sh` (README.md); a plain `swift build` here fails to link, because the entry
// point comes from libFuzzer (`-sanitize=fuzzer`).
import PackageDescription

let package = Package(
    name: "neurocycle-fuzz",
    dependencies: [.package(name: "neurocycle", path: "..")],
    targets: [
        .executableTarget(
            name: "Fuzz",
            dependencies: [
                .product(name: "NCFormats", package: "neurocycle"),
                .product(name: "NCModel", package: "neurocycle"),
                .product(name: "NCHardware", package: "neurocycle"),
                .product(name: "NCTrace", package: "neurocycle"),
                .product(name: "NCEnergy", package: "neurocycle"),
                .product(name: "NCSimulation", package: "neurocycle"),
                .product(name: "NCReport", package: "neurocycle"),
            ],
            // libFuzzer owns `main`; the Swift module must not emit one.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    ]
)
