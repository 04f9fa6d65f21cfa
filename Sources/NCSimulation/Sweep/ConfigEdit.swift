import NCFormats
import NCHardware

/// Setting config keys by path in a hardware config's JSON document, then reading the edited
/// document exactly as a config file is read (`HardwareConfig.decode(json:)`: unknown keys with
/// a suggestion, types, ranges). The document is the file as written, not the effective config,
/// so defaults that follow other keys (bit widths follow `core.arithmetic`) still follow them.
public enum ConfigEdit {
    /// `document` with `value` at `path`: an existing member is replaced in place, a missing one
    /// appended (missing objects on the way are created). An array index must exist.
    public static func setting(_ value: PlainValue, at path: [SweepAxis.Component], in document: PlainValue,
                               pathText: String) throws -> PlainValue {
        guard let first = path.first else { return value }
        let rest = Array(path.dropFirst())
        switch (first, document) {
        case (.key(let k), .object(var members)):
            if let i = members.firstIndex(where: { $0.key == k }) {
                members[i] = PlainMember(k, try setting(value, at: rest, in: members[i].value, pathText: pathText))
            } else {
                members.append(PlainMember(k, try setting(value, at: rest, in: .object([]), pathText: pathText)))
            }
            return .object(members)
        case (.index(let i), .array(var items)):
            guard items.indices.contains(i) else {
                throw SweepError.vary("\(pathText): index \(i) is outside the array (\(items.count) elements)")
            }
            items[i] = try setting(value, at: rest, in: items[i], pathText: pathText)
            return .array(items)
        case (.key, _):
            throw SweepError.vary("\(pathText): the config has a value that is not a JSON object where the path needs one")
        case (.index, _):
            throw SweepError.vary("\(pathText): the config has no array where the path indexes one")
        }
    }

    /// The config `base` (JSON text of a config file) with every edit applied, decoded and
    /// validated as a config file. A problem is one line naming the edits and the key.
    public static func config(base: String, baseName: String, edits: [(path: String, value: SweepValue)]) throws -> HardwareConfig {
        var document: PlainValue
        do {
            document = try PlainValue.parseJSON(base, allowDuplicateKeys: true)
        } catch {
            // The base was loaded as a config before, so this is not expected; decode says why.
            return try HardwareConfig.decode(json: base)
        }
        for edit in edits {
            document = try setting(edit.value.plain, at: try SweepAxis.components(edit.path), in: document, pathText: edit.path)
        }
        do {
            return try HardwareConfig.decode(json: document.jsonText())
        } catch let error as HardwareConfigError {
            let values = edits.map { "\($0.path)=\($0.value)" }.joined(separator: " ")
            throw SweepError.config("--hw \(baseName) with \(values): \(error.problem)")
        }
    }
}
