import Foundation
import XCTest

@testable import NCSimulation

/// Which images a dataset holds, in which order, with which labels; and how shards cut the list.
final class DatasetListingTests: XCTestCase {
    /// Writes empty files (and the folders they need) under a fresh directory.
    func tree(_ files: [String]) throws -> String {
        let root = try scratchDirectory()
        for f in files {
            let path = root + "/" + f
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data()), path)
        }
        return root
    }

    func testYOLOFolderWithLabels() throws {
        let root = try tree(["images/b.jpg", "images/a.PNG", "images/sub/c.jpeg", "images/notes.txt", "labels/a.txt", "labels/sub/c.txt",
                             "data.yaml"])
        let d = try Dataset.open(root)
        XCTAssertEqual(d.kind, .yolo)
        XCTAssertEqual(d.images.map(\.name), ["images/a.PNG", "images/b.jpg", "images/sub/c.jpeg"])
        XCTAssertEqual(d.images.map(\.stem), ["a", "b", "c"])
        XCTAssertEqual(d.images.map { $0.labelPath != nil }, [true, false, true])
        XCTAssertEqual(d.images[2].labelPath, root + "/labels/sub/c.txt")
        XCTAssertTrue(d.hasLabels)
    }

    /// A folder under `images/` finds its labels under `labels/` (ultralytics' img2label_paths).
    func testImagesFolderFindsTheSiblingLabels() throws {
        let root = try tree(["coco/images/val/1.jpg", "coco/images/val/2.jpg", "coco/labels/val/2.txt"])
        let d = try Dataset.open(root + "/coco/images/val")
        XCTAssertEqual(d.kind, .folder)
        XCTAssertEqual(d.images.map(\.name), ["1.jpg", "2.jpg"])
        XCTAssertEqual(d.images.map(\.labelPath), [nil, root + "/coco/labels/val/2.txt"])
        XCTAssertEqual(Dataset.labelPath(forImage: "/d/images/x/images/y.v1.jpg"), "/d/images/x/labels/y.v1.txt")
        XCTAssertEqual(Dataset.labelPath(forImage: "photos/z.png"), "photos/z.txt")
    }

    func testListFileResolvesAgainstItsFolder() throws {
        let root = try tree(["imgs/x.jpg", "imgs/y.jpg", "other/z.png"])
        try "# a comment\n./imgs/y.jpg\n\nimgs/x.jpg\n\(root)/other/z.png\n".write(toFile: root + "/val.txt", atomically: true, encoding: .utf8)
        let d = try Dataset.open(root + "/val.txt")
        XCTAssertEqual(d.kind, .list)
        XCTAssertEqual(d.images.map(\.name), ["./imgs/y.jpg", "\(root)/other/z.png", "imgs/x.jpg"].sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        XCTAssertEqual(Set(d.images.map(\.path)), [root + "/imgs/y.jpg", root + "/imgs/x.jpg", root + "/other/z.png"])
    }

    func testProblemsAreOneLineErrorsNamingThePath() throws {
        let root = try tree(["a/x.bmp", "a/y.jpg", "b/readme.md", "c/x.jpg"])
        func message(_ path: String) -> String {
            do { _ = try Dataset.open(path) } catch { return "\(error)" }
            return "opened"
        }
        XCTAssertEqual(message(root + "/a"), "\(root)/a: 1 image in formats neurocycle does not decode (only JPEG and PNG), for example 'x.bmp': convert or remove them")
        XCTAssertEqual(message(root + "/b"), "\(root)/b: holds no .jpg, .jpeg or .png images")
        XCTAssertEqual(message(root + "/none"), "\(root)/none: no such file or folder")
        XCTAssertEqual(message(root + "/c/x.jpg"), "\(root)/c/x.jpg: is one image: run it with --input, or give a folder or a .txt list to --data")
        try "c/x.jpg\nc/missing.jpg\n".write(toFile: root + "/l.txt", atomically: true, encoding: .utf8)
        XCTAssertEqual(message(root + "/l.txt"), "\(root)/l.txt: line 2: image 'c/missing.jpg' does not exist (\(root)/c/missing.jpg)")
        try "c/x.jpg\nc/x.jpg\n".write(toFile: root + "/d.txt", atomically: true, encoding: .utf8)
        XCTAssertEqual(message(root + "/d.txt"), "\(root)/d.txt: line 2: 'c/x.jpg' is listed twice")
        try "c/x.gif\n".write(toFile: root + "/g.txt", atomically: true, encoding: .utf8)
        XCTAssertEqual(message(root + "/g.txt"), "\(root)/g.txt: line 1: 'c/x.gif' is not a .jpg, .jpeg or .png image")
    }

    /// Every image in exactly one shard, shards in list order, sizes differing by at most one.
    func testShardsPartitionTheList() throws {
        for total in 0...40 {
            for n in 1...12 {
                var covered = [Int]()
                for i in 1...n {
                    let r = try Shard(index: i, count: n).range(total: total)
                    XCTAssertLessThanOrEqual(r.count - total / n, 1)
                    covered += Array(r)
                }
                XCTAssertEqual(covered, Array(0..<total), "\(total) images in \(n) shards")
            }
        }
    }

    func testShardParsing() throws {
        XCTAssertEqual(try Shard(parsing: "2/3"), try Shard(index: 2, count: 3))
        for bad in ["0/3", "4/3", "1/0", "a/b", "1", "1/2/3", "-1/2", ""] {
            XCTAssertThrowsError(try Shard(parsing: bad), bad) { XCTAssertTrue("\($0)".hasPrefix("--shard: "), "\($0)") }
        }
    }
}
