import Foundation
import XCTest

@testable import NCFormats

#if canImport(Glibc)
import Glibc
#endif

/// `AtomicFile`: outputs appear under their name complete or not at all.
final class AtomicFileTests: XCTestCase {
    func testStreamedFileAppearsOnlyWhenCommitted() throws {
        let dir = try scratchDirectory()
        let path = dir + "/out.csv"
        let file = try AtomicFile(path: path)
        let temporary = try XCTUnwrap(file.temporaryPath)
        XCTAssertTrue(temporary.hasPrefix(path + ".partial-"), temporary)
        XCTAssertEqual(try Paths.listing(dir), [(temporary as NSString).lastPathComponent])
        // Small text pieces, a piece larger than the buffer, then bytes: the file is their
        // concatenation, in order.
        var expected = [UInt8]()
        for i in 0..<1000 {
            let line = "row \(i)\n"
            file.write(line)
            expected += Array(line.utf8)
        }
        let big = [UInt8](repeating: UInt8(ascii: "x"), count: 3 << 20)
        try file.write(big)
        try file.write([0, 255])
        expected += big + [0, 255]
        XCTAssertEqual(file.count, expected.count)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
        try file.commit()
        XCTAssertNil(file.temporaryPath)
        XCTAssertEqual(try Paths.listing(dir), ["out.csv"])
        XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: path))), expected)
        try file.commit()  // committing twice is harmless
    }

    func testDiscardedOrReleasedOutputLeavesTheOldFile() throws {
        let dir = try scratchDirectory()
        let path = dir + "/keep.txt"
        try AtomicFile.write(Array("old\n".utf8), to: path)
        let discarded = try AtomicFile(path: path)
        discarded.write("new\n")
        try discarded.close()
        discarded.discard()
        XCTAssertThrowsError(try discarded.commit())
        do {
            let released = try AtomicFile(path: path)
            try released.write([UInt8](repeating: 1, count: 2 << 20))
            XCTAssertEqual(try Paths.listing(dir).count, 2)
        }
        XCTAssertEqual(try Paths.listing(dir), ["keep.txt"])
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old\n")
    }

    func testErrorsNameTheFileAndStick() throws {
        let dir = try scratchDirectory()
        let missing = dir + "/missing/x.json"
        assertFormatError(try AtomicFile(path: missing), .io, "missing/x.json: cannot create a temporary file in \(dir)/missing")
        assertFormatError(try AtomicFile(path: dir + "/"), .io, "the path names a directory")
        let file = try AtomicFile(path: dir + "/a.txt")
        try file.commit()
        assertFormatError(try file.write([1]), .io, "a.txt: the output is already committed")
        // The first failure discards the output and every later call throws it again.
        let closed = try AtomicFile(path: dir + "/b.txt")
        try closed.close()
        assertFormatError(try closed.write([1]), .io, "b.txt: the output is already closed")
        assertFormatError(try closed.commit(), .io, "b.txt: the output is already closed")
        XCTAssertEqual(try Paths.listing(dir), ["a.txt"])
    }

    /// With a standard output closure, `-` streams whole lines to it; without one it is a file.
    func testStandardOutputGetsWholeLines() throws {
        var pieces = [String]()
        let out = try AtomicFile(path: "-", standardOutput: { pieces.append($0) })
        XCTAssertNil(out.temporaryPath)
        var text = ""
        for i in 0..<200_000 { text += "line \(i)\n" }
        text += "no newline at the end"
        for chunk in stride(from: 0, to: text.utf8.count, by: 65_537) {
            let bytes = Array(text.utf8)[chunk..<min(chunk + 65_537, text.utf8.count)]
            try out.write(Array(bytes))
        }
        XCTAssertGreaterThan(pieces.count, 0, "more than 1 MiB is handed over before commit")
        XCTAssertTrue(pieces.allSatisfy { $0.hasSuffix("\n") })
        try out.commit()
        XCTAssertEqual(pieces.joined(), text)
        XCTAssertTrue(pieces.dropLast().allSatisfy { $0.hasSuffix("\n") })
        XCTAssertTrue(pieces.last?.hasSuffix("\nno newline at the end") ?? false)

        var dropped = [String]()
        let abandoned = try AtomicFile(path: "-", standardOutput: { dropped.append($0) })
        abandoned.write("held back\n")
        abandoned.discard()
        XCTAssertEqual(dropped, [])
    }

    func testOpenTemporaryFilesAreListedForInterruptCleanup() throws {
        let dir = try scratchDirectory()
        let a = try AtomicFile(path: dir + "/a"), b = try AtomicFile(path: dir + "/b")
        let (ta, tb) = (try XCTUnwrap(a.temporaryPath), try XCTUnwrap(b.temporaryPath))
        XCTAssertTrue(Set(InterruptCleanup.registered).isSuperset(of: [ta, tb]))
        try a.commit()
        b.discard()
        XCTAssertTrue(Set(InterruptCleanup.registered).isDisjoint(with: [ta, tb]))
    }

    /// A process killed by SIGTERM while writing leaves neither the file nor its temporary file,
    /// and exits with 128 + 15. The child only raises the signal; the handler does the rest.
    func testSignalDeletesTemporaryFiles() throws {
        let dir = try scratchDirectory()
        let file = try AtomicFile(path: dir + "/killed.nctrace")
        try file.write([UInt8](repeating: 7, count: 3 << 20))
        XCTAssertEqual(try Paths.listing(dir).count, 1)
        let child = fork()
        if child == 0 {
            AtomicFile.installInterruptHandler()
            raise(SIGTERM)
            _exit(0)  // not reached: the handler exits
        }
        XCTAssertGreaterThan(child, 0)
        var status: Int32 = 0
        XCTAssertEqual(waitpid(child, &status, 0), child)
        XCTAssertEqual(status & 0x7F, 0, "the child exited rather than being killed")
        XCTAssertEqual((status >> 8) & 0xFF, 128 + SIGTERM)
        XCTAssertEqual(try Paths.listing(dir), [])
        file.discard()
    }
}
