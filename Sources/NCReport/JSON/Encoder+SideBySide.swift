extension Encoder {
    /// Writes each part into this encoder's one JSON object, their keys side by side, as if
    /// they were one value's: a report keeps a section's keys at its own level (`precision` reads
    /// the same in `neurocycle metrics` output and in a dataset report's `metrics.fp32`) while
    /// each part keeps its synthesized coding. A nil part writes nothing. The parts must not
    /// share a key; the report encoders sort keys, so the order the parts write in is free.
    /// Read them back by decoding each part from the same decoder.
    func encode(sideBySide parts: (any Encodable)?...) throws {
        for case let part? in parts { try part.encode(to: self) }
    }
}
