#if canImport(Glibc)
import Glibc
#endif

// libFuzzer drives the process: SwiftPM links an executable target's entry point as
// `<Module>_main`, so that symbol hands control to libFuzzer's driver with the callback below.

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The target chosen by `NEUROCYCLE_FUZZ_TARGET`, set once before the driver starts.
nonisolated(unsafe) private var selected: FuzzTarget?

@_cdecl("Fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    let names = FuzzTarget.all.map(\.name).joined(separator: ", ")
    if let corpus = getenv("NEUROCYCLE_FUZZ_WRITE_SEEDS") {
        do {
            try SeedWriter.write(corpus: String(cString: corpus))
            return 0
        } catch {
            printError("cannot write the seeds: \(error)")
            return 1
        }
    }
    if getenv("NEUROCYCLE_FUZZ_LIST") != nil {  // run.sh asks for the targets this way
        for target in FuzzTarget.all { print(target.name) }
        return 0
    }
    guard let raw = getenv("NEUROCYCLE_FUZZ_TARGET") else {
        printError("set NEUROCYCLE_FUZZ_TARGET to one of: \(names)")
        return 64
    }
    let name = String(cString: raw)
    guard let target = FuzzTarget.all.first(where: { $0.name == name }) else {
        printError("unknown fuzz target '\(name)' (targets: \(names))")
        return 64
    }
    target.prepare()
    selected = target
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in
        let bytes = UnsafeRawBufferPointer(start: data, count: size)
        selected?.run(FuzzInput(bytes, fileExtension: selected?.fileExtension ?? "bin"))
        return 0
    }
}

/// Writes `text` and a newline to standard error.
private func printError(_ text: String) {
    let line = Array((text + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}
