#if canImport(Glibc)
import Glibc
#endif

/// One fuzz input, both as bytes and as a file: the targets call the library through the same
/// path-taking entry points the CLI uses, so every input is written to a file first (in
/// `/dev/shm` when it exists, so no disk is touched).
struct FuzzInput {
    /// The input's bytes (valid only during the call).
    let bytes: UnsafeRawBufferPointer
    /// A file holding exactly those bytes.
    let path: String

    /// Directory of the scratch files, one per process.
    static let directory: String = {
        let base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        let dir = "\(base)/neurocycle-fuzz-\(getpid())"
        mkdir(dir, 0o700)
        return dir
    }()

    /// Writes `bytes` to the scratch file `input.<fileExtension>`.
    init(_ bytes: UnsafeRawBufferPointer, fileExtension: String) {
        self.bytes = bytes
        path = FuzzInput.write(bytes, name: "input." + fileExtension)
    }

    /// Writes `bytes` to scratch file `name` and returns its path; stops the process if it cannot
    /// (a broken harness must not look like a quiet target).
    static func write(_ bytes: UnsafeRawBufferPointer, name: String) -> String {
        let path = directory + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot create \(path)")
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            precondition(n > 0, "cannot write \(path)")
            done += n
        }
        return path
    }

    /// Writes `bytes` to scratch file `name` and returns its path.
    static func write(_ bytes: [UInt8], name: String) -> String {
        bytes.withUnsafeBytes { write($0, name: name) }
    }

    /// A scratch path for an output file (removed again by the caller).
    static func outputPath(_ name: String) -> String { directory + "/" + name }
}
