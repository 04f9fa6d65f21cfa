import Foundation

// `PresetEmbedder OUTPUT.swift PRESET.json...`: writes the Swift source that holds each preset's
// text byte for byte (run by the EmbedPresets build plugin; not part of any product).

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: PresetEmbedder OUTPUT.swift PRESET.json...\n".utf8))
    exit(1)
}

var source = """
    // Generated at build time from hwconfigs/*.json by the EmbedPresets plugin: edit the JSON files.

    extension HardwareConfig {
        /// Every preset of `hwconfigs/`, by name (the file name without `.json`), in file-name
        /// order: the files' texts byte for byte, so an installed executable needs no `hwconfigs/`.
        static let builtinPresetTexts: [(name: String, text: String)] = [

    """
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    let name = url.deletingPathExtension().lastPathComponent
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        FileHandle.standardError.write(Data("\(path): not a readable UTF-8 file\n".utf8))
        exit(1)
    }
    // Enough `#`s that the text can neither close the raw literal nor start an escape in it.
    var hashes = "#"
    while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    source += "        (\"\(name)\", \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
source += "    ]\n}\n"
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("\(output): cannot write the presets source (\(error))\n".utf8))
    exit(1)
}
