import Foundation
import XCTest

/// The built `neurocycle` executable, run as a user runs it: as its own process, from a
/// directory outside the repository, with nothing but its arguments.
enum BuiltBinary {
    /// Where `swift build` / `swift test` put the executable: beside the test bundle.
    static var path: String? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("neurocycle").path,
            Bundle.main.bundleURL.appendingPathComponent("neurocycle").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("neurocycle").path,
            Paths.root + "/.build/release/neurocycle",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The outcome of one run.
    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    /// Runs the executable with `arguments` in `directory` (with `environment` added) and waits.
    static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:],
                    file: StaticString = #filePath, line: UInt = #line) throws -> Result {
        guard let path else {
            XCTFail("no built neurocycle beside the tests: build it with swift build -c release", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        return try run(executable: path, arguments, in: directory, environment: environment)
    }

    /// Runs `executable` (a program or `/bin/sh`) with `arguments` in `directory`.
    static func run(executable: String, _ arguments: [String], in directory: String,
                    environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the process runs, so a full pipe never blocks it.
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                      err: String(decoding: errBox.data, as: UTF8.self))
    }
}
