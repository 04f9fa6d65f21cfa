import Foundation
import NCFormats

/// The images of a dataset run, in the order every run and every shard agrees on, with where
/// each one's YOLO labels would be.
///
/// A dataset is given as one of:
/// - a folder of images (searched recursively, as ultralytics globs `**/*.*`);
/// - a YOLO dataset folder holding `images/` (and `labels/`): the images under `images/`;
/// - a `.txt` list of image paths, one per line (relative paths are relative to the list's own
///   folder; blank lines and lines starting with `#` are skipped).
///
/// Images are JPEG and PNG files (by extension: `.jpg`, `.jpeg`, `.png`, any case); other image
/// extensions ultralytics would read (`.bmp`, `.webp`, `.tif`, …) are refused with their count,
/// never skipped. The list is sorted by name (UTF-8 byte order), as ultralytics sorts its image
/// files, so the order — and with it every shard — does not depend on the file system.
///
/// Labels follow ultralytics' `img2label_paths`: the last `/images/` of an image's path becomes
/// `/labels/` and the extension `.txt`. The dataset has labels when at least one of these files
/// exists; an image without one then has no objects (a background image), as in the validator.
public struct Dataset: Sendable, Equatable {
    /// How the dataset was given.
    public enum Kind: String, Sendable, Codable {
        /// A folder of images.
        case folder
        /// A YOLO dataset folder with `images/` (and `labels/`).
        case yolo
        /// A text file listing image paths.
        case list
    }

    /// The path as given.
    public var source: String
    /// How it was given.
    public var kind: Kind
    /// Every image, sorted by `name`.
    public var images: [DatasetImage]

    /// Most images in one dataset: 10,000,000.
    public static let maxImages = 10_000_000
    /// Largest list file read: 256 MiB.
    public static let maxListBytes = 256 << 20
    /// The image extensions read.
    public static let extensions: Set<String> = ["jpg", "jpeg", "png"]
    /// Image extensions ultralytics reads that neurocycle does not (refused, not skipped).
    public static let unreadExtensions: Set<String> = ["bmp", "dng", "mpo", "tif", "tiff", "webp", "pfm", "heic"]

    /// A dataset from its parts (`images` are sorted here).
    public init(source: String, kind: Kind, images: [DatasetImage]) {
        self.source = source
        self.kind = kind
        self.images = images.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    /// Whether any image has a label file.
    public var hasLabels: Bool { images.contains { $0.labelPath != nil } }

    /// SHA-256 of the image names, one per line: equal lists give equal digests, whatever
    /// folder the dataset is mounted at (part files record it so merge can check it).
    public var listSHA256: String {
        var hash = SHA256()
        for image in images {
            hash.update(Array(image.name.utf8))
            hash.update([0x0A])
        }
        return hash.hexDigest
    }

    /// The label path ultralytics' `img2label_paths` gives for `imagePath`.
    public static func labelPath(forImage imagePath: String) -> String {
        var path = imagePath
        if let r = path.range(of: "/images/", options: .backwards) {
            path.replaceSubrange(r, with: "/labels/")
        }
        let slash = path.lastIndex(of: "/")
        if let dot = path.lastIndex(of: "."), slash.map({ dot > $0 }) ?? true {
            path = String(path[..<dot])
        }
        return path + ".txt"
    }

    /// The extension of `name`, lowercased ("" when none).
    static func fileExtension(_ name: String) -> String {
        let file = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return "" }
        return String(file[file.index(after: dot)...]).lowercased()
    }
}

/// One image of a dataset.
public struct DatasetImage: Sendable, Equatable, Codable {
    /// Where to read it.
    public var path: String
    /// Its name in reports: the path relative to the dataset folder, or as the list gives it.
    public var name: String
    /// The file name without its extension: the image's id in COCO results files.
    public var stem: String
    /// Its YOLO label file, when that file exists.
    public var labelPath: String?

    /// An image.
    public init(path: String, name: String, labelPath: String?) {
        self.path = path
        self.name = name
        let file = name.split(separator: "/").last.map(String.init) ?? name
        if let dot = file.lastIndex(of: "."), dot != file.startIndex {
            stem = String(file[..<dot])
        } else {
            stem = file
        }
        self.labelPath = labelPath
    }
}
