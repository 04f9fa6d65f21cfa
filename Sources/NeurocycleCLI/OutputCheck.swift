#if canImport(Glibc)
import Glibc
#endif
import Foundation
import NCFormats

/// Checks, before a command does any work, that every file it will write can be written: so a
/// 40-second simulation never ends in "cannot create a temporary file". Each output's directory
/// must exist and accept a new file (a temporary file is created there and removed, exactly as
/// the real write will do it); no output may be a directory, be named twice, or be one of the
/// command's own input files (`inspect --json=model.pt model.pt` would destroy the checkpoint).
enum OutputCheck {
    /// Checks `outputs` (option name and path; `-`, standard output, is always fine) against
    /// each other and against `inputs` (paths the command reads; nil entries are ignored).
    static func check(_ outputs: [(option: String, path: String?)], inputs: [String?]) throws {
        let named = outputs.compactMap { o in o.path.flatMap { $0 == "-" ? nil : (option: o.option, path: $0) } }
        var seen = [FileIdentity: String]()
        for (option, path) in named {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw CLIError.invalid("\(path): --\(option) names a directory; give a file name")
            }
            let identity = FileIdentity(path)
            if let other = seen[identity] {
                throw CLIError.invalid("\(path): --\(other) and --\(option) would write the same file")
            }
            seen[identity] = option
            for case let input? in inputs where FileIdentity(input) == identity {
                throw CLIError.invalid("\(path): --\(option) would overwrite an input of this command")
            }
            // Creates `<path>.partial-…` beside the output, as the write will, and removes it.
            AtomicFile.installInterruptHandler()
            try AtomicFile(path: path).discard()
        }
    }

    /// What makes two paths the same file: the device and inode of an existing file (so links
    /// and `./x` are recognised), else the absolute path with `.` and `..` resolved.
    struct FileIdentity: Hashable {
        var device: UInt64 = 0, inode: UInt64 = 0
        var path = ""

        init(_ path: String) {
            var info = stat()
            if stat(path, &info) == 0 {
                device = UInt64(info.st_dev)
                inode = UInt64(info.st_ino)
            } else {
                let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
                self.path = URL(fileURLWithPath: absolute).standardizedFileURL.path
            }
        }
    }
}
