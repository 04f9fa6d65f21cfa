/// Assembles pickle opcodes by hand, for inputs CPython never writes (hostile files, sizes
/// no real tensor has). Opcode bytes are those of `pickletools`.
struct PickleAssembler {
    private(set) var bytes: [UInt8] = [0x80, 0x02]  // PROTO 2

    mutating func raw(_ b: [UInt8]) { bytes += b }
    mutating func mark() { bytes.append(0x28) }
    mutating func emptyTuple() { bytes.append(0x29) }
    mutating func emptyDict() { bytes.append(0x7D) }
    mutating func emptyList() { bytes.append(0x5D) }
    mutating func tuple() { bytes.append(0x74) }
    mutating func setItem() { bytes.append(0x73) }
    mutating func setItems() { bytes.append(0x75) }
    mutating func reduce() { bytes.append(0x52) }
    mutating func newObj() { bytes.append(0x81) }
    mutating func build() { bytes.append(0x62) }
    mutating func binPersID() { bytes.append(0x51) }
    mutating func none() { bytes.append(0x4E) }
    mutating func bool(_ v: Bool) { bytes.append(v ? 0x88 : 0x89) }
    mutating func stop() { bytes.append(0x2E) }

    /// BININT1 / BININT2 / BININT / LONG1, whichever is shortest.
    mutating func int(_ v: Int64) {
        if v >= 0 && v < 256 {
            bytes += [0x4B, UInt8(v)]
        } else if v >= 0 && v < 65536 {
            bytes += [0x4D, UInt8(v & 0xFF), UInt8(v >> 8)]
        } else if v >= Int64(Int32.min) && v <= Int64(Int32.max) {
            bytes.append(0x4A)
            for k in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * k))) }
        } else {
            bytes += [0x8A, 8]
            for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * k))) }
        }
    }

    /// BINUNICODE.
    mutating func string(_ s: String) {
        let u = Array(s.utf8)
        bytes.append(0x58)
        for k in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: u.count >> (8 * k))) }
        bytes += u
    }

    /// GLOBAL `module name`.
    mutating func global(_ module: String, _ name: String) {
        bytes.append(0x63)
        bytes += Array((module + "\n" + name + "\n").utf8)
    }

    /// A tuple of integers (MARK ... TUPLE).
    mutating func ints(_ values: [Int64]) {
        mark()
        for v in values { int(v) }
        tuple()
    }

    /// `torch._utils._rebuild_tensor_v2(storage, offset, size, stride, False, OrderedDict())`
    /// with the storage given by persistent id, as `torch.save` writes it.
    mutating func tensor(
        storageClass: String, key: String, numel: Int64, offset: Int64, size: [Int64], stride: [Int64]
    ) {
        global("torch._utils", "_rebuild_tensor_v2")
        mark()
        mark()
        string("storage")
        global("torch", storageClass)
        string(key)
        string("cpu")
        int(numel)
        tuple()
        binPersID()
        int(offset)
        ints(size)
        ints(stride)
        bool(false)
        global("collections", "OrderedDict")
        emptyTuple()
        reduce()
        tuple()
        reduce()
    }

    /// A whole state-dict pickle: an OrderedDict of `name: tensor`, each tensor written by `body`.
    static func stateDict(_ entries: [(name: String, body: (inout PickleAssembler) -> Void)]) -> [UInt8] {
        var p = PickleAssembler()
        p.global("collections", "OrderedDict")
        p.emptyTuple()
        p.reduce()
        p.mark()
        for e in entries {
            p.string(e.name)
            e.body(&p)
        }
        p.setItems()
        p.stop()
        return p.bytes
    }
}
