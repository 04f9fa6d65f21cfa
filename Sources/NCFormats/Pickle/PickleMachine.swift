/// The pickle virtual machine: runs the opcodes of protocols 0–5 over a byte buffer and builds a
/// `PickleValue`. It interprets data only; class references and calls become plain records.
///
/// Errors say which opcode at which offset went wrong; callers add the file name.
final class PickleMachine {
    // Properties are `@exclusivity(unchecked)`: the machine runs on one thread and never
    // overlaps two accesses, and the dynamic checks otherwise cost a fifth of the load time.
    let bytes: UnsafeRawBufferPointer
    let limits: PickleLimits
    /// `PickleOpcode.table`, held here so dispatch does not go through a global's lazy init.
    let opcodes = PickleOpcode.table
    /// Offset of the next byte to read.
    @exclusivity(unchecked) var pos = 0
    /// Offset of the opcode being executed, for error messages.
    @exclusivity(unchecked) var opOffset = 0
    /// The opcode being executed, for error messages.
    @exclusivity(unchecked) var op: PickleOpcode = .stop
    let stack = PickleStack()
    /// Stack heights at each open `MARK`.
    @exclusivity(unchecked) var marks: [Int] = []
    /// Memo entries stored at consecutive indices from 0 (what picklers emit).
    @exclusivity(unchecked) var memo: [PickleNode?] = []
    /// Memo entries at other indices.
    @exclusivity(unchecked) var sparseMemo: [Int: PickleNode] = [:]
    @exclusivity(unchecked) var memoCount = 0
    /// Every box created, so all can be emptied at the end (breaking cycles between them).
    @exclusivity(unchecked) var boxes: [PickleBox] = []
    /// Boxes of empty dicts that were filled, by `PickleNode.emptyDict` number.
    @exclusivity(unchecked) var promoted: [PickleBox?] = []
    /// Items created so far, against `maxItems`.
    @exclusivity(unchecked) var itemCount = 0
    /// String and bytes payload decoded so far, against `maxBytes`.
    @exclusivity(unchecked) var payloadBytes = 0
    /// `limits.maxItems`, further capped by the input size: an opcode of at least one byte makes
    /// at most one item, except calls that copy a sequence (`list(x)`, `set(x)`, a second
    /// BUILD), which a hostile pickle could repeat to allocate far more than its size.
    let maxItems: Int
    /// `limits.maxBytes`, capped the same way (`_codecs.encode` copies strings).
    let maxBytes: Int

    init(_ bytes: UnsafeRawBufferPointer, limits: PickleLimits) {
        self.bytes = bytes
        self.limits = limits
        maxItems = min(limits.maxItems, 4 * bytes.count + 65_536)
        maxBytes = min(limits.maxBytes, 4 * bytes.count + 1 << 20)
    }

    /// A `limitExceeded` error for the item budget.
    func tooManyItems() -> FormatError {
        .limitExceeded("pickle creates more than \(maxItems) items (at offset \(opOffset)), more than its size justifies")
    }

    /// A `limitExceeded` error for the string budget.
    func tooManyBytes() -> FormatError {
        .limitExceeded("pickle decodes more than \(maxBytes) bytes of strings (at offset \(opOffset))")
    }

    /// Runs to `STOP` and returns the frozen result.
    func run() throws -> PickleValue {
        defer {
            // Boxes may refer to each other in cycles; emptying them all lets ARC free them and
            // keeps their release from recursing through deep chains.
            for b in boxes { b.clear() }
        }
        let result = try execute()
        return try PickleFreezer(maxNesting: limits.maxNesting, promoted: promoted).freeze(result, depth: 0).0
    }

    private func execute() throws -> PickleNode {
        while true {
            opOffset = pos
            guard pos < bytes.count else {
                throw FormatError.truncated("pickle ends at offset \(pos) without a STOP opcode")
            }
            let code = bytes[pos]
            pos += 1
            guard let opcode = opcodes[Int(code)] else {
                throw FormatError.malformed("unknown pickle opcode 0x\(Hex.byte(code)) at offset \(opOffset)")
            }
            op = opcode
            switch opcode {
            case .stop: return try pop()
            case .proto:
                let v = try u8()
                guard v <= 5 else { throw FormatError.unsupported("pickle protocol \(v) at offset \(opOffset) (5 is the newest known)") }
            case .frame:
                // Frames only group opcodes for buffered reading; the data simply continues.
                let n = try le64()
                guard n <= UInt64(bytes.count - pos) else {
                    throw fail(truncated: "frame of \(n) bytes but only \(bytes.count - pos) remain")
                }
            case .mark:
                marks.append(stack.count)
                try checkStack()
            case .pop:
                if stack.count > floor {
                    stack.drop(from: stack.count - 1)
                } else {
                    stack.drop(from: try markStart())  // Python pops the mark when the current stack is empty
                }
            case .popMark: stack.drop(from: try markStart())
            case .dup: try push(try top())
            case .none: try push(.value(.none))
            case .newTrue: try push(.value(.bool(true)))
            case .newFalse: try push(.value(.bool(false)))
            case .int: try push(.value(try textInt()))
            case .binInt: try push(.value(.int(Int64(Int32(bitPattern: try le32())))))
            case .binInt1: try push(.value(.int(Int64(try u8()))))
            case .binInt2: try push(.value(.int(Int64(try le16()))))
            case .long: try push(.value(try textLong()))
            case .long1: try push(.value(try binaryLong(Int(try u8()))))
            case .long4:
                let n = Int32(bitPattern: try le32())
                guard n >= 0 else { throw fail("negative byte count \(n)") }
                try push(.value(try binaryLong(Int(n))))
            case .float: try push(.value(.float(try textFloat())))
            case .binFloat: try push(.value(.float(Double(bitPattern: try be64()))))
            case .string: try push(.value(try textString()))
            case .binString:
                let n = Int32(bitPattern: try le32())
                guard n >= 0 else { throw fail("negative string length \(n)") }
                try push(.value(legacyString(try payload(UInt64(n)))))
            case .shortBinString: try push(.value(legacyString(try payload(UInt64(try u8())))))
            case .unicode: try push(.value(.string(try textUnicode())))
            case .binUnicode: try push(.value(.string(utf8(try payload(UInt64(try le32()))))))
            case .shortBinUnicode: try push(.value(.string(utf8(try payload(UInt64(try u8()))))))
            case .binUnicode8: try push(.value(.string(utf8(try payload(try le64())))))
            case .binBytes: try push(.value(.bytes(Array(try payload(UInt64(try le32()))))))
            case .shortBinBytes: try push(.value(.bytes(Array(try payload(UInt64(try u8()))))))
            case .binBytes8, .byteArray8: try push(.value(.bytes(Array(try payload(try le64())))))
            case .emptyTuple: try push(.value(.tuple([])))
            case .tuple: try push(try makeTuple(from: try markStart()))
            case .tuple1: try push(try makeTuple(from: try topN(1)))
            case .tuple2: try push(try makeTuple(from: try topN(2)))
            case .tuple3: try push(try makeTuple(from: try topN(3)))
            case .emptyList: try push(.box(try newBox(.list)))
            case .list: try push(.box(try newBox(.list, fromMark: try markStart())))
            case .append:
                let v = try pop()
                try listBox(try top()).items.append(v)
                try spend(1)
            case .appends:
                let m = try markStart()
                try append(from: m, to: try listBox(try below(m)))
            case .emptyDict: try push(try newEmptyDict())
            case .dict:
                let m = try markStart()
                let b = try newBox(.dict)
                try setItems(b, from: m)
                try push(.box(b))
            case .setItem:
                let v = try pop()
                let k = try pop()
                try spend(2)
                try dictBox(try top()).setItem(k, v)
            case .setItems:
                let m = try markStart()
                try setItems(try dictBox(try below(m)), from: m)
            case .emptySet: try push(.box(try newBox(.set)))
            case .addItems:
                let m = try markStart()
                let target = try below(m)
                guard case .box(let b) = target, b.kind == .set else {
                    throw fail("adds items to a \(target.kindDescription), not a set")
                }
                try append(from: m, to: b)
            case .frozenSet: try push(.box(try newBox(.frozenSet, fromMark: try markStart())))
            case .put: try memoPut(try textIndex())
            case .binPut: try memoPut(Int(try u8()))
            case .longBinPut: try memoPut(Int(try le32()))
            case .memoize: try memoPut(memoCount)
            case .get: try push(try memoGet(try textIndex()))
            case .binGet: try push(try memoGet(Int(try u8())))
            case .longBinGet: try push(try memoGet(Int(try le32())))
            case .global:
                let module = try textLine("module name")
                let name = try textLine("class name")
                try push(.callable(PickleCallable(PickleGlobal(module: module, name: name))))
            case .stackGlobal:
                let name = try pop()
                let module = try pop()
                guard case .value(.string(let n)) = name, case .value(.string(let m)) = module else {
                    throw fail("needs two strings, got \(module.kindDescription) and \(name.kindDescription)")
                }
                try push(.callable(PickleCallable(PickleGlobal(module: m, name: n))))
            case .reduce:
                let args = try pop()
                let callee = try pop()
                try push(try call(callee, arguments: try tupleElements(args), newObject: false))
            case .newObj:
                let args = try pop()
                let cls = try pop()
                try push(try call(cls, arguments: try tupleElements(args), newObject: true))
            case .newObjEx:
                let kwargs = try pop()
                let args = try pop()
                let cls = try pop()
                try push(try call(cls, arguments: try tupleElements(args), newObject: true, kwargs: kwargs))
            case .inst:
                let module = try textLine("module name")
                let name = try textLine("class name")
                let args = try popMark()
                let callee = PickleNode.callable(PickleCallable(PickleGlobal(module: module, name: name)))
                try push(try call(callee, arguments: args, newObject: false))
            case .obj:
                var args = try popMark()
                guard !args.isEmpty else { throw fail("has no class after its MARK") }
                let cls = args.removeFirst()
                try push(try call(cls, arguments: args, newObject: false))
            case .build:
                let state = try pop()
                try build(try top(), state: state)
            case .persID:
                try push(try persistentLoad(.value(.string(try textLine("persistent id")))))
            case .binPersID:
                try push(try persistentLoad(try pop()))
            case .ext1, .ext2, .ext4:
                throw FormatError.unsupported(
                    "pickle \(opcode.name) at offset \(opOffset) refers to the copyreg extension registry, which this reader does not have")
            case .nextBuffer, .readonlyBuffer:
                throw FormatError.unsupported(
                    "pickle \(opcode.name) at offset \(opOffset) uses out-of-band buffers, which a file cannot supply")
            }
        }
    }

    // MARK: - Stack

    /// The bottom of the current stack frame: items below the last MARK are out of reach.
    var floor: Int { marks.last ?? 0 }

    @inline(__always) func push(_ node: PickleNode) throws {
        stack.push(node)
        if stack.count + marks.count > limits.maxStackDepth { try checkStack() }
    }

    func checkStack() throws {
        guard stack.count + marks.count <= limits.maxStackDepth else {
            throw FormatError.limitExceeded(
                "pickle stack holds more than \(limits.maxStackDepth) values and marks at offset \(opOffset)")
        }
    }

    @inline(__always) func pop() throws -> PickleNode {
        guard stack.count > floor else { throw fail("finds the stack empty") }
        return stack.popLast()
    }

    @inline(__always) func top() throws -> PickleNode {
        guard stack.count > floor else { throw fail("finds the stack empty") }
        return stack[stack.count - 1]
    }

    /// Where the top `n` values start, after checking they are there.
    func topN(_ n: Int) throws -> Int {
        guard stack.count - floor >= n else { throw fail("needs \(n) values, the stack has \(stack.count - floor)") }
        return stack.count - n
    }

    /// Closes the last MARK and returns where its items start; they stay on the stack, so
    /// batch opcodes can consume them in place before removing them.
    func markStart() throws -> Int {
        guard let m = marks.popLast() else { throw fail("finds no MARK on the stack") }
        return m
    }

    /// The value just below stack position `m` (the target of APPENDS/SETITEMS/ADDITEMS).
    func below(_ m: Int) throws -> PickleNode {
        guard m > floor else { throw fail("finds no target below its MARK") }
        return stack[m - 1]
    }

    /// Closes the last MARK and removes its items, returning them.
    func popMark() throws -> [PickleNode] {
        stack.take(from: try markStart())
    }

    // MARK: - Memo

    func memoPut(_ index: Int) throws {
        let value = try top()
        if index < memo.count {
            if memo[index] == nil { memoCount += 1 }
            memo[index] = value
        } else if index == memo.count {
            memo.append(value)
            if sparseMemo.isEmpty || sparseMemo.removeValue(forKey: index) == nil { memoCount += 1 }
        } else {
            // Indices that skip ahead go to a dictionary, so a single huge index allocates nothing.
            if sparseMemo.updateValue(value, forKey: index) == nil { memoCount += 1 }
        }
        guard memoCount <= limits.maxMemoEntries else {
            throw FormatError.limitExceeded(
                "pickle memo holds more than \(limits.maxMemoEntries) entries at offset \(opOffset)")
        }
    }

    func memoGet(_ index: Int) throws -> PickleNode {
        if index >= 0, index < memo.count, let v = memo[index] { return v }
        if let v = sparseMemo[index] { return v }
        throw fail("refers to memo entry \(index), which was never stored")
    }

    // MARK: - Errors

    /// A `malformed` error naming the current opcode and its offset.
    func fail(_ message: String) -> FormatError {
        .malformed("pickle \(op.name) at offset \(opOffset) \(message)")
    }

    /// A `truncated` error naming the current opcode and its offset.
    func fail(truncated message: String) -> FormatError {
        .truncated("pickle \(op.name) at offset \(opOffset): \(message)")
    }
}


