import XCTest

@testable import NCFormats

/// The pickle machine against bytes CPython 3.11 wrote. Each vector says the Python that made it;
/// opcodes CPython 3 never writes are assembled by hand and say how to check them with CPython.
final class PickleTests: XCTestCase {
    func load(_ hex: String, limits: PickleLimits = .default) throws -> PickleValue {
        try Pickle.load(hexBytes(hex), limits: limits)
    }

    func assertFails(
        _ hex: String, limits: PickleLimits = .default, _ expected: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertThrowsError(try load(hex, limits: limits), file: file, line: line) { error in
            guard let e = error as? FormatError else { return XCTFail("not a FormatError: \(error)", file: file, line: line) }
            XCTAssertTrue(e.description.contains(expected), "\(e.description) lacks \(expected)", file: file, line: line)
        }
    }

    func big(_ decimal: String) -> PickleValue {
        guard case .bigInt(let b)? = PickleBigInt.parseDecimal(Substring(decimal)) else { return .none }
        return .bigInt(b)
    }

    // MARK: - Protocol 0 (text opcodes)

    func testProtocol0Scalars() throws {
        // MARK LIST PUT APPEND NONE INT(01/00) LONG FLOAT UNICODE STOP
        // python3 -c "import pickle;print(pickle.dumps([None, True, False, 7, -5, 2**70, 1.5, 'a\u00e9\u1234\\\\\n'], protocol=0).hex())"
        let v = try load(
            "286c70300a4e614930310a614930300a6149370a61492d350a614c313138303539313632303731373431313330333432344c0a6146312e350a615661e95c75313233345c75303035635c75303030610a70310a612e")
        XCTAssertEqual(
            v,
            .list([
                .none, .bool(true), .bool(false), .int(7), .int(-5), big("1180591620717411303424"), .float(1.5),
                .string("a\u{e9}\u{1234}\\\n"),
            ]))
    }

    func testProtocol0Containers() throws {
        // MARK DICT PUT UNICODE INT TUPLE SETITEM
        // python3 -c "import pickle;print(pickle.dumps({'t': (1, 2), 'd': {}}, protocol=0).hex())"
        let v = try load("286470300a56740a70310a2849310a49320a7470320a7356640a70330a286470340a732e")
        XCTAssertEqual(
            v, .dict(PickleDict(keys: [.string("t"), .string("d")], values: [.tuple([.int(1), .int(2)]), .dict(PickleDict(keys: [], values: []))])))
        // GET: a shared list.
        // python3 -c "import pickle;print(pickle.dumps((lambda a: [a, a])([1]), protocol=0).hex())"
        XCTAssertEqual(try load("286c70300a286c70310a49310a616167310a612e"), .list([.list([.int(1)]), .list([.int(1)])]))
    }

    func testProtocol0FloatsBytesAndObjects() throws {
        // python3 -c "import pickle;print(pickle.dumps([float('inf'), -0.25, 1e300], protocol=0).hex())"
        XCTAssertEqual(
            try load("286c70300a46696e660a61462d302e32350a614631652b3330300a612e"),
            .list([.float(.infinity), .float(-0.25), .float(1e300)]))
        // bytes in protocol 0 are _codecs.encode(latin-1 text, 'latin1'): GLOBAL REDUCE.
        // python3 -c "import pickle;print(pickle.dumps(b'a\xff', protocol=0).hex())"
        XCTAssertEqual(
            try load("635f636f646563730a656e636f64650a70300a285661ff0a70310a566c6174696e310a70320a7470330a5270340a2e"),
            .bytes([0x61, 0xFF]))
        // Objects in protocol 0 go through copyreg._reconstructor, then BUILD.
        // python3 -c "import pickle
        // class C:
        //     def __init__(self): self.a = 1; self.b = [2]
        // print(pickle.dumps(C(), protocol=0).hex())"
        let object = try load(
            "63636f70795f7265670a5f7265636f6e7374727563746f720a70300a28635f5f6d61696e5f5f0a430a70310a635f5f6275696c74696e5f5f0a6f626a6563740a70320a4e7470330a5270340a286470350a56610a70360a49310a7356620a70370a286c70380a49320a6173622e"
        )
        XCTAssertEqual(
            object,
            .object(
                PickleObject(
                    className: "__main__.C", args: [],
                    state: .dict(PickleDict(keys: [.string("a"), .string("b")], values: [.int(1), .list([.int(2)])])))))
    }

    func testProtocol0StringsAndInstances() throws {
        // STRING (Python 2 only; hand-assembled). python3 -c "import pickle;print(pickle.loads(b\"S'a\\\\x41\\\\n\\\\'\\\\101'\\n.\"))" prints aA, newline, 'A
        XCTAssertEqual(try Pickle.load(Array("S'a\\x41\\n\\'\\101'\n.".utf8)), .string("aA\n'A"))
        // INST and OBJ (hand-assembled; pickletools.dis shows INST '__main__ C' / OBJ): recorded, never called.
        XCTAssertEqual(
            try Pickle.load(Array("(K\u{01}i__main__\nC\n.".utf8)),
            .object(PickleObject(className: "__main__.C", args: [.int(1)], state: nil)))
        XCTAssertEqual(
            try Pickle.load(Array("(c__main__\nC\nK\u{01}o.".utf8)),
            .object(PickleObject(className: "__main__.C", args: [.int(1)], state: nil)))
        // PERSID with an id that is not a torch storage is refused.
        XCTAssertThrowsError(try Pickle.load(Array("Pfoo\n.".utf8))) { error in
            XCTAssertTrue("\(error)".contains("persistent id"), "\(error)")
        }
    }

    // MARK: - Protocol 1

    func testProtocol1BinaryNumbers() throws {
        // EMPTY_LIST BINPUT MARK BININT1 BININT2 BININT BINFLOAT BINUNICODE APPENDS
        // python3 -c "import pickle;print(pickle.dumps([1, 300, 70000, -1, -70000, 1.5, 'x'], protocol=1).hex())"
        XCTAssertEqual(
            try load("5d7100284b014d2c014a701101004affffffff4a90eefeff473ff80000000000005801000000787101652e"),
            .list([.int(1), .int(300), .int(70000), .int(-1), .int(-70000), .float(1.5), .string("x")]))
    }

    func testProtocol1RecursiveTupleUsesPopMark() throws {
        // t = ([t-list],): MARK EMPTY_LIST BINPUT MARK BINGET TUPLE BINPUT APPEND POP_MARK BINGET
        // python3 -c "import pickle;l=[];l.append((l,));print(pickle.dumps(l[0], protocol=1).hex())"
        XCTAssertEqual(try load("285d7100286800747101613168012e"), .tuple([.list([.recursive])]))
    }

    func testHandAssembledStackAndMemoOpcodes() throws {
        // LONG_BINPUT 256, POP, LONG_BINGET 256. python3 -c "import pickle;print(pickle.loads(bytes.fromhex('80024b077200010000306a000100002e')))" prints 7
        XCTAssertEqual(try load("80024b077200010000306a000100002e"), .int(7))
        // POP: python3 -c "import pickle;print(pickle.loads(bytes.fromhex('80024b014b02302e')))" prints 1
        XCTAssertEqual(try load("80024b014b02302e"), .int(1))
        // POP on an empty frame removes the MARK: ...loads(bytes.fromhex('80024b0128302e')) prints 1
        XCTAssertEqual(try load("80024b0128302e"), .int(1))
        // DUP: ...loads(bytes.fromhex('80024b0132862e')) prints (1, 1)
        XCTAssertEqual(try load("80024b0132862e"), .tuple([.int(1), .int(1)]))
        // BINSTRING, SHORT_BINSTRING (Python 2 str): text when UTF-8, else bytes.
        XCTAssertEqual(try Pickle.load(Array("T\u{03}\u{00}\u{00}\u{00}abc.".utf8)), .string("abc"))
        XCTAssertEqual(try Pickle.load(Array("U\u{02}hi.".utf8)), .string("hi"))
        XCTAssertEqual(try Pickle.load([0x55, 0x01, 0xFF, 0x2E]), .bytes([0xFF]))
        // BINUNICODE8 and BINBYTES8 (CPython writes them only past 4 GiB).
        // python3 -c "import pickle;print(repr(pickle.loads(bytes.fromhex('8d030000000000000068c3a92e'))))" prints 'hé'
        XCTAssertEqual(try load("8d030000000000000068c3a92e"), .string("hé"))
        XCTAssertEqual(try load("8e020000000000000061622e"), .bytes([0x61, 0x62]))
    }

    // MARK: - Protocol 2

    func testProtocol2IntegersAtTheInt64Edges() throws {
        // NEWTRUE NEWFALSE NONE LONG1 TUPLE
        // python3 -c "import pickle;print(pickle.dumps((True, False, None, 2**63 - 1, 2**63, -2**63, -2**63 - 1, -(2**70)), protocol=2).hex())"
        let v = try load(
            "80022888894e8a08ffffffffffffff7f8a090000000000000080008a0800000000000000808a09ffffffffffffff7fff8a090000000000000000c07471002e")
        XCTAssertEqual(
            v,
            .tuple([
                .bool(true), .bool(false), .none, .int(.max), big("9223372036854775808"), .int(.min),
                big("-9223372036854775809"), big("-1180591620717411303424"),
            ]))
        guard case .tuple(let items) = v, case .bigInt(let b) = items[4] else { return XCTFail() }
        XCTAssertEqual(b.description, "9223372036854775808")
        XCTAssertEqual(b.doubleValue, 9_223_372_036_854_775_808.0)
    }

    func testLong4KeepsHugeIntegersExactly() throws {
        // python3 -c "import pickle;print(pickle.dumps(2**2100, protocol=2).hex())"
        let hex = "80028b07010000" + String(repeating: "00", count: 262) + "102e"
        guard case .bigInt(let b) = try load(hex) else { return XCTFail("expected a big integer") }
        // python3 -c "s=str(2**2100);print(s[:20], s[-10:], len(s))"
        XCTAssertEqual(b.description.count, 633)
        XCTAssertTrue(b.description.hasPrefix("14554285650048630936"))
        XCTAssertTrue(b.description.hasSuffix("0385125376"))
        XCTAssertFalse(b.isNegative)
    }

    func testSharedReferencesStayEqual() throws {
        // python3 -c "import pickle;a=[1,'x'];print(pickle.dumps([a, a, (a,)], protocol=2).hex())"
        let a = PickleValue.list([.int(1), .string("x")])
        XCTAssertEqual(try load("80025d7100285d7101284b0158010000007871026568016801857103652e"), .list([a, a, .tuple([a])]))
    }

    func testSelfContainingContainersTerminate() throws {
        // python3 -c "import pickle;l=[];l.append(l);print(pickle.dumps(l, protocol=2).hex())"
        XCTAssertEqual(try load("80025d71006800612e"), .list([.recursive]))
        // python3 -c "import pickle;d={};d['me']=d;print(pickle.dumps(d, protocol=2).hex())"
        XCTAssertEqual(
            try load("80027d710058020000006d6571016800732e"), .dict(PickleDict(keys: [.string("me")], values: [.recursive])))
        XCTAssertThrowsError(try PlainValue(try load("80025d71006800612e")))
    }

    func testDictFilledAfterBeingSharedStaysShared() throws {
        // An empty dict memoised, referenced twice, then filled through the memo (hand-assembled:
        // EMPTY_DICT BINPUT POP EMPTY_LIST MARK BINGET BINGET APPENDS BINGET ... SETITEM POP).
        // python3 -c "import pickle;print(pickle.loads(bytes.fromhex('80027d7100305d7101286800680065680058010000006b4b0173302e')))"
        // prints [{'k': 1}, {'k': 1}]
        let d = PickleValue.dict(PickleDict(keys: [.string("k")], values: [.int(1)]))
        XCTAssertEqual(try load("80027d7100305d7101286800680065680058010000006b4b0173302e"), .list([d, d]))
        // Two BUILDs update the instance dict, as Python's default __setstate__ does.
        // pickletools.dis(bytes.fromhex('8002635f5f6d61696e5f5f0a430a29817d285801000000614b0175627d285801000000624b0275622e'))
        let v = try load("8002635f5f6d61696e5f5f0a430a29817d285801000000614b0175627d285801000000624b0275622e")
        guard case .object(let o) = v else { return XCTFail("expected an object") }
        XCTAssertEqual(o.state, .dict(PickleDict(keys: [.string("a"), .string("b")], values: [.int(1), .int(2)])))
        // SETITEM on an existing key keeps its place and takes the new value.
        // python3 -c "import pickle;print(pickle.loads(bytes.fromhex('80027d28580100000061' '4b01580100000062' '4b02580100000061' '4b03752e')))" prints {'a': 3, 'b': 2}
        XCTAssertEqual(
            try load("80027d285801000000614b015801000000624b025801000000614b03752e"),
            .dict(PickleDict(keys: [.string("a"), .string("b")], values: [.int(3), .int(2)])))
        // The same past the linear-scan size, where a hash index takes over (int and str keys).
        var p = PickleAssembler()
        p.emptyDict()
        p.mark()
        for i in 0..<40 { p.string("key\(i)"); p.int(Int64(i)); p.int(Int64(i)); p.int(Int64(i)) }
        p.string("key5"); p.int(-1); p.int(7); p.int(-2)
        p.setItems()
        p.stop()
        guard case .dict(let big) = try Pickle.load(p.bytes) else { return XCTFail("expected a dict") }
        XCTAssertEqual(big.count, 80)
        XCTAssertEqual(big["key5"], .int(-1))
        XCTAssertEqual(big.key(at: 10), .string("key5"))
        XCTAssertEqual(big.value(at: 15), .int(-2))  // the int key 7
    }

    func testProtocol2ObjectsAreRecordedNotBuilt() throws {
        // GLOBAL EMPTY_TUPLE NEWOBJ EMPTY_DICT SETITEMS BUILD
        // python3 -c "import pickle
        // class C:
        //     def __init__(self): self.a = 1; self.b = [2]
        // print(pickle.dumps(C(), protocol=2).hex())"
        let v = try load(
            "8002635f5f6d61696e5f5f0a430a7100298171017d71022858010000006171034b0158010000006271045d71054b026175622e")
        guard case .object(let o) = v else { return XCTFail("expected an object") }
        XCTAssertEqual(o.className, "__main__.C")
        XCTAssertEqual(o.args, [])
        XCTAssertEqual(o.attribute("a"), .int(1))
        XCTAssertEqual(o.attribute("b"), .list([.int(2)]))
    }

    func testProtocol2KnownContainers() throws {
        // OrderedDict, set, frozenset via GLOBAL+REDUCE; bytes via _codecs.encode; bytearray.
        // python3 -c "import pickle,collections;print(pickle.dumps([collections.OrderedDict([('b', 1), ('a', 2)]), {3}, frozenset([4]), b'ab', b'', bytearray(b'c')], protocol=2).hex())"
        let v = try load(
            "80025d71002863636f6c6c656374696f6e730a4f726465726564446963740a71012952710228580100000062710"
                + "34b0158010000006171044b0275635f5f6275696c74696e5f5f0a7365740a71055d71064b0361857107527108635f5f"
                + "6275696c74696e5f5f0a66726f7a656e7365740a71095d710a4b046185710b52710c635f636f646563730a656e636f"
                + "64650a710d58020000006162710e58060000006c6174696e31710f867110527111635f5f6275696c74696e5f5f0a62"
                + "797465730a711229527113635f5f6275696c74696e5f5f0a6279746561727261790a7114680d580100000063711568"
                + "0f867116527117857118527119652e")
        XCTAssertEqual(
            v,
            .list([
                .dict(PickleDict(keys: [.string("b"), .string("a")], values: [.int(1), .int(2)])), .set([.int(3)]),
                .frozenSet([.int(4)]), .bytes([0x61, 0x62]), .bytes([]), .bytes([0x63]),
            ]))
    }

    func testExtensionRegistryIsRefused() throws {
        // EXT1 (hand-assembled; needs copyreg.add_extension in CPython).
        assertFails("800282012e", "EXT1 at offset 2")
        assertFails("80028301002e", "EXT2 at offset 2")
        assertFails("800284010000002e", "EXT4 at offset 2")
    }

    // MARK: - Protocols 3, 4, 5

    func testProtocol3Bytes() throws {
        // SHORT_BINBYTES BINBYTES
        // python3 -c "import pickle;print(pickle.dumps([b'ab', b'x' * 300], protocol=3).hex())"
        let hex = "80035d710028430261627101422c010000" + String(repeating: "78", count: 300) + "7102652e"
        XCTAssertEqual(try load(hex), .list([.bytes([0x61, 0x62]), .bytes([UInt8](repeating: 0x78, count: 300))]))
    }

    func testProtocol4FramesSetsAndStackGlobal() throws {
        // FRAME SHORT_BINUNICODE BINUNICODE MEMOIZE EMPTY_SET ADDITEMS FROZENSET STACK_GLOBAL
        // python3 -c "import pickle
        // class C: pass
        // print(pickle.dumps(['s', 'y' * 300, {1, 2}, frozenset([3]), C], protocol=4).hex())"
        let hex =
            "80049559010000000000005d94288c017394582c010000" + String(repeating: "79", count: 300)
            + "948f94284b014b0290284b0391948c085f5f6d61696e5f5f948c0143949394652e"
        XCTAssertEqual(
            try load(hex),
            .list([
                .string("s"), .string(String(repeating: "y", count: 300)), .set([.int(1), .int(2)]), .frozenSet([.int(3)]),
                .global(PickleGlobal(module: "__main__", name: "C")),
            ]))
    }

    func testProtocol4NewObjEx() throws {
        // python3 -c "import pickle
        // class K:
        //     def __new__(cls, *a, **k): return object.__new__(cls)
        //     def __getnewargs_ex__(self): return ((1,), {'x': 2})
        // print(pickle.dumps(K(), protocol=4).hex())"
        let v = try load("80049521000000000000008c085f5f6d61696e5f5f948c014b9493944b0185947d948c0178944b027392942e")
        XCTAssertEqual(
            v,
            .object(
                PickleObject(
                    className: "__main__.K", args: [.int(1)],
                    keywordArguments: .dict(PickleDict(keys: [.string("x")], values: [.int(2)])), state: nil)))
    }

    func testProtocol5() throws {
        // python3 -c "import pickle;print(pickle.dumps(bytearray(b'xyz'), protocol=5).hex())"
        XCTAssertEqual(try load("8005950e0000000000000096030000000000000078797a942e"), .bytes([0x78, 0x79, 0x7A]))
        // Out-of-band buffers cannot come from a file.
        // python3 -c "import pickle;print(pickle.dumps(pickle.PickleBuffer(b'ab'), protocol=5, buffer_callback=lambda b: False).hex())"
        assertFails("800597982e", "NEXT_BUFFER at offset 2")
        assertFails("80054e982e", "READONLY_BUFFER at offset 3")
        assertFails("8006", "protocol 6")
    }

    // MARK: - Torch names

    func testTorchTensorsBecomeReferences() throws {
        // The synthetic state dict of `TorchCheckpointSyntheticTests` (fake torch classes, CPython pickler).
        let v = try Pickle.load(SyntheticTorch.stateDictPickle)
        guard case .dict(let d) = v else { return XCTFail("expected an OrderedDict") }
        guard case .tensor(let half)? = d["half"], case .tensor(let param)? = d["param"],
            case .tensor(let untyped)? = d["untyped"]
        else { return XCTFail("expected tensors") }
        XCTAssertEqual(half.storage, TorchStorageReference(key: "0", dtype: .float16, location: "cpu", count: 6))
        XCTAssertEqual(half.shape, [2, 3])
        XCTAssertEqual(half.stride, [3, 1])
        XCTAssertFalse(half.isParameter)
        XCTAssertTrue(param.isParameter)
        XCTAssertTrue(param.requiresGrad)
        XCTAssertEqual(untyped.storage.dtype, nil)
        XCTAssertEqual(untyped.dtype, .float32)
        XCTAssertEqual(untyped.offset, 1)
    }

    // MARK: - Hostile pickles

    func testUnknownOpcodeNamesItsOffset() {
        assertFails("8002ff2e", "unknown pickle opcode 0xff at offset 2")
    }

    func testTruncationAndStackErrors() {
        assertFails("80024b", "BININT1 at offset 2")
        assertFails("80024b01", "without a STOP")
        assertFails("8002612e", "APPEND at offset 2 finds the stack empty")
        assertFails("80024b014b02612e", "appends to a int, not a list")
        assertFails("8002312e", "POP_MARK at offset 2 finds no MARK")
        assertFails("800268052e", "memo entry 5, which was never stored")
        assertFails("800258ffffffff", "declares 4294967295 bytes but only 0 remain")
    }

    func testMemoLimits() throws {
        // One LONG_BINPUT at index 2^32-1 allocates nothing and can be read back.
        XCTAssertEqual(try load("80024b0772ffffffff306affffffff2e"), .int(7))
        var many = PickleAssembler()
        many.none()
        for i in 0..<2000 { many.raw([0x72] + withUnsafeBytes(of: UInt32(i).littleEndian, Array.init)) }
        many.stop()
        XCTAssertThrowsError(try Pickle.load(many.bytes, limits: PickleLimits(maxMemoEntries: 1000))) { error in
            XCTAssertTrue("\(error)".contains("memo holds more than 1000 entries"), "\(error)")
        }
    }

    func testExponentialSharingStaysLinear() throws {
        // x = [x, x] forty times: 2^40 paths through 41 lists.
        // python3 -c "import pickle
        // x = []
        // for i in range(40): x = [x, x]
        // print(pickle.dumps(x, protocol=2).hex())"
        var hex = "80025d710028"
        for i in 1...40 { hex += "5d71" + hexString(UInt8(i)) + (i < 40 ? "28" : "") }
        for i in stride(from: 40, through: 1, by: -1) { hex += "68" + hexString(UInt8(i)) + "65" }
        hex += "2e"
        let v = try load(hex)
        guard case .list(let top) = v else { return XCTFail("expected a list") }
        XCTAssertEqual(top.count, 2)
        XCTAssertThrowsError(try PlainValue(v, maxNodes: 10_000)) { error in
            XCTAssertTrue("\(error)".contains("more than 10000 nodes"), "\(error)")
        }
    }

    func testNestingBombs() {
        // 100,000 nested lists: EMPTY_LIST × n, then APPEND × (n - 1).
        let n = 100_000
        let lists = [0x80, 0x02] + [UInt8](repeating: 0x5D, count: n) + [UInt8](repeating: 0x61, count: n - 1) + [0x2E]
        XCTAssertThrowsError(try Pickle.load(lists)) { error in
            XCTAssertTrue("\(error)".contains("nests containers more than 500 deep"), "\(error)")
        }
        // Nested 1-tuples: NONE then TUPLE1 × n.
        let tuples = [0x80, 0x02, 0x4E] + [UInt8](repeating: 0x85, count: n) + [0x2E]
        XCTAssertThrowsError(try Pickle.load(tuples)) { error in
            XCTAssertTrue("\(error)".contains("more than 500 deep"), "\(error)")
        }
        // Two million MARKs exceed the stack limit.
        let marks = [0x80, 0x02] + [UInt8](repeating: 0x28, count: 2_000_000) + [0x2E]
        XCTAssertThrowsError(try Pickle.load(marks)) { error in
            XCTAssertTrue("\(error)".contains("stack holds more than"), "\(error)")
        }
    }

    func testCopyingCallsCannotOutgrowTheInput() {
        // list(L) on a memoised list of 1,000 items, 2,000 times over: ~10 KB of pickle asking
        // for two million items is stopped at 4 items per input byte.
        var p = PickleAssembler()
        p.emptyList()
        p.raw([0x71, 0])  // BINPUT 0
        p.mark()
        for _ in 0..<1000 { p.none() }
        p.raw([0x65])  // APPENDS
        p.global("builtins", "list")
        p.raw([0x71, 1, 0x30])  // BINPUT 1, POP
        for _ in 0..<2000 { p.raw([0x68, 1, 0x68, 0, 0x85, 0x52, 0x30]) }  // list(L), dropped
        p.stop()
        XCTAssertThrowsError(try Pickle.load(p.bytes)) { error in
            XCTAssertTrue("\(error)".contains("more than its size justifies"), "\(error)")
        }
    }

    func testItemAndDigitLimits() {
        var list = PickleAssembler()
        list.emptyList()
        list.mark()
        for _ in 0..<100 { list.none() }
        list.raw([0x65])  // APPENDS
        list.stop()
        XCTAssertThrowsError(try Pickle.load(list.bytes, limits: PickleLimits(maxItems: 50))) { error in
            XCTAssertTrue("\(error)".contains("more than 50 items"), "\(error)")
        }
        let digits = Array(("I" + String(repeating: "1", count: 5000) + "\n.").utf8)
        XCTAssertThrowsError(try Pickle.load(digits)) { error in
            XCTAssertTrue("\(error)".contains("5000-digit integer"), "\(error)")
        }
    }

}

func hexString(_ b: UInt8) -> String {
    let s = String(b, radix: 16)
    return s.count == 1 ? "0" + s : s
}
