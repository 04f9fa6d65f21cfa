import Foundation
import NCFormats

extension Dataset {
    /// The dataset at `path`: a folder of images, a YOLO dataset folder (`images/`, `labels/`) or
    /// a `.txt` list of images. Throws `DatasetError.source` naming the path and the problem (no
    /// images, unread formats, an image in the list that does not exist, …).
    public static func open(_ path: String) throws -> Dataset {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DatasetError.source(path: path, "no such file or folder")
        }
        let dataset: Dataset
        if isDirectory.boolValue {
            let root = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
            var imagesDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/images", isDirectory: &imagesDirectory), imagesDirectory.boolValue {
                dataset = Dataset(source: path, kind: .yolo, images: try walk(root + "/images", prefix: "images/", source: path))
            } else {
                dataset = Dataset(source: path, kind: .folder, images: try walk(root, prefix: "", source: path))
            }
        } else if fileExtension(path) == "txt" {
            dataset = Dataset(source: path, kind: .list, images: try list(path))
        } else if extensions.contains(fileExtension(path)) {
            throw DatasetError.source(path: path, "is one image: run it with --input, or give a folder or a .txt list to --data")
        } else {
            throw DatasetError.source(path: path, "not a folder of images, a YOLO dataset folder or a .txt list of images")
        }
        guard !dataset.images.isEmpty else {
            throw DatasetError.source(path: path, "holds no .jpg, .jpeg or .png images")
        }
        return dataset
    }

    /// Every image below `directory`, named `prefix` + its path relative to `directory`.
    static func walk(_ directory: String, prefix: String, source: String) throws -> [DatasetImage] {
        // A symbolic link to a folder is listed as the folder it names.
        let resolved = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: resolved) else {
            throw DatasetError.source(path: source, "cannot list the folder")
        }
        var images = [DatasetImage](), unread = [String]()
        while let next = enumerator.nextObject() as? String {
            let ext = fileExtension(next)
            if extensions.contains(ext) {
                let path = directory + "/" + next
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                images.append(image(path: path, name: prefix + next))
            } else if unreadExtensions.contains(ext) {
                unread.append(prefix + next)
            }
            guard images.count <= maxImages else {
                throw DatasetError.source(path: source, "holds more than \(maxImages) images")
            }
        }
        try refuse(unread, source: source)
        return images
    }

    /// The images a list file names.
    static func list(_ path: String) throws -> [DatasetImage] {
        let file: MappedFile
        do { file = try MappedFile(path: path) } catch { throw DatasetError.source(path: path, "cannot read the list (\(error))") }
        guard file.count <= maxListBytes else {
            throw DatasetError.source(path: path, "the list has \(file.count) bytes, more than \(maxListBytes)")
        }
        let text = file.withBytes { String(decoding: $0, as: UTF8.self) }
        let base = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) : "."
        var images = [DatasetImage](), unread = [String](), seen = Set<String>()
        for (number, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            guard !line.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\u{FFFD}" }) else {
                throw DatasetError.source(path: path, "line \(number + 1) holds control characters or bytes that are not UTF-8")
            }
            let ext = fileExtension(line)
            guard extensions.contains(ext) else {
                if unreadExtensions.contains(ext) { unread.append(line); continue }
                throw DatasetError.source(path: path, "line \(number + 1): '\(line)' is not a .jpg, .jpeg or .png image")
            }
            guard seen.insert(line).inserted else {
                throw DatasetError.source(path: path, "line \(number + 1): '\(line)' is listed twice")
            }
            let resolved = line.hasPrefix("/") ? line : base + "/" + (line.hasPrefix("./") ? String(line.dropFirst(2)) : line)
            guard FileManager.default.fileExists(atPath: resolved) else {
                throw DatasetError.source(path: path, "line \(number + 1): image '\(line)' does not exist (\(resolved))")
            }
            images.append(image(path: resolved, name: line))
            guard images.count <= maxImages else { throw DatasetError.source(path: path, "lists more than \(maxImages) images") }
        }
        try refuse(unread, source: path)
        return images
    }

    /// One image, with its label file when that exists.
    static func image(path: String, name: String) -> DatasetImage {
        let label = labelPath(forImage: path)
        return DatasetImage(path: path, name: name, labelPath: FileManager.default.fileExists(atPath: label) ? label : nil)
    }

    /// Throws when images in formats neurocycle does not decode were found.
    static func refuse(_ unread: [String], source: String) throws {
        guard let first = unread.min(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) else { return }
        throw DatasetError.source(path: source, "\(unread.count) image\(unread.count == 1 ? "" : "s") in formats neurocycle does not decode "
            + "(only JPEG and PNG), for example '\(first)': convert or remove them")
    }
}
