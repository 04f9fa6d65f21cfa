import Foundation

/// `.npy` files written by NumPy 2.4 (`f = io.BytesIO()`, then the expression, then
/// `base64.b64encode(f.getvalue())`). `le` is the hex of the C-order little-endian bytes NumPy
/// holds for the same array, `np.ascontiguousarray(a).astype(a.dtype.newbyteorder('<')).tobytes()`,
/// which is what the reader must produce.
enum NpyVectors {
    struct Case {
        let npy: String
        let shape: [Int]
        let le: String

        var bytes: [UInt8] { NpyVectors.bytes(npy) }
        var expected: [UInt8] { NpyVectors.hex(le) }
    }

    // f4: np.save(f, np.array([[0.5, -1.25, 3.0], [1e-3, -0.0, 65504.0]], dtype='<f4'))
    static let f4 = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDMpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAA/AACgvwAAQEBvEoM6AAAAgADgf0c=", shape: [2, 3], le: "0000003f0000a0bf000040406f12833a0000008000e07f47")
    // f2: np.save(f, np.array([1.0, -2.5, 0.0009765625, 65504.0], dtype='<f2'))
    static let f2 = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGYyJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDQsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAPADBABT/ew==", shape: [4], le: "003c00c10014ff7b")
    // f8: np.save(f, np.array([[3.141592653589793], [-1e300]], dtype='<f8'))
    static let f8 = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDEpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoYLURU+yEJQJx1AIg85Df+", shape: [2, 1], le: "182d4454fb2109409c7500883ce437fe")
    // u1: np.save(f, np.array([0, 1, 127, 128, 255], dtype='|u1'))
    static let u1 = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnfHUxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDUsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAX+A/w==", shape: [5], le: "00017f80ff")
    // i1: np.save(f, np.array([[-128, -1], [0, 127]], dtype='|i1'))
    static let i1 = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnfGkxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDIpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAqA/wB/", shape: [2, 2], le: "80ff007f")
    // i8: np.save(f, np.array([-(2**63), -1, 0, 2**63 - 1], dtype='<i8'))
    static let i8 = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGk4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDQsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAAAAgP//////////AAAAAAAAAAD/////////fw==", shape: [4], le: "0000000000000080ffffffffffffffff0000000000000000ffffffffffffff7f")
    // i4: np.save(f, np.array([[-2147483648, 7, 2147483647]], dtype='<i4'))
    static let i4 = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGk0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDEsIDMpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAACABwAAAP///38=", shape: [1, 3], le: "0000008007000000ffffff7f")
    // i2: np.save(f, np.array([-32768, 2, 32767], dtype='<i2'))
    static let i2 = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGkyJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAgAIA/38=", shape: [3], le: "00800200ff7f")
    // b1: np.save(f, np.array([[True, False], [False, True]]))
    static let b1 = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnfGIxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDIpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoBAAAB", shape: [2, 2], le: "01000001")
    // bigF4: np.save(f, np.array([[1.5, -2.0], [3.25, 1e-20]], dtype='>f4'))
    static let bigF4 = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPmY0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDIpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAo/wAAAwAAAAEBQAAAePOUI", shape: [2, 2], le: "0000c03f000000c00000504008e53c1e")
    // bigF8: np.save(f, np.array([2.0**-1074, -7.5, 1e308], dtype='>f8'))
    static let bigF8 = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPmY4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAAAAAcAeAAAAAAAAf+HM84XryKA=", shape: [3], le: "01000000000000000000000000001ec0a0c8eb85f3cce17f")
    // bigI8: np.save(f, np.array([[1, -2, 3], [2**40, -(2**50), 2**62]], dtype='>i8'))
    static let bigI8 = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPmk4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDMpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAAAAAf/////////+AAAAAAAAAAMAAAEAAAAAAP/8AAAAAAAAQAAAAAAAAAA=", shape: [2, 3], le: "0100000000000000feffffffffffffff03000000000000000000000000010000000000000000fcff0000000000000040")
    // bigI4: np.save(f, np.array([1, -2, 2**31 - 1], dtype='>i4'))
    static let bigI4 = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPmk0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAB/////n////8=", shape: [3], le: "01000000feffffffffffff7f")
    // scalar: np.save(f, np.array(3.5, dtype='<f4'))
    static let scalar = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAGBA", shape: [], le: "00006040")
    // vector: np.save(f, np.arange(5, dtype='<i4'))
    static let vector = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGk0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDUsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAQAAAAIAAAADAAAABAAAAA==", shape: [5], le: "0000000001000000020000000300000004000000")
    // empty: np.save(f, np.zeros((0, 3), dtype='<f4'))
    static let empty = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDAsIDMpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAo=", shape: [0, 3], le: "")
    // fortran2D: np.save(f, np.asfortranarray(np.arange(6, dtype='<f4').reshape(2, 3)))
    static let fortran2D = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBUcnVlLCAnc2hhcGUnOiAoMiwgMyksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAABAQAAAgD8AAIBAAAAAQAAAoEA=", shape: [2, 3], le: "000000000000803f0000004000004040000080400000a040")
    // fortran3D: np.save(f, np.asfortranarray(np.arange(24, dtype='<i8').reshape(2, 3, 4)))
    static let fortran3D = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGk4JywgJ2ZvcnRyYW5fb3JkZXInOiBUcnVlLCAnc2hhcGUnOiAoMiwgMywgNCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAAAAAAwAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAgAAAAAAAAAFAAAAAAAAAABAAAAAAAAAA0AAAAAAAAABQAAAAAAAAARAAAAAAAAAAkAAAAAAAAAFQAAAAAAAAACAAAAAAAAAA4AAAAAAAAABgAAAAAAAAASAAAAAAAAAAoAAAAAAAAAFgAAAAAAAAADAAAAAAAAAA8AAAAAAAAABwAAAAAAAAATAAAAAAAAAAsAAAAAAAAAFwAAAAAAAAA=", shape: [2, 3, 4], le: "00000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000a000000000000000b000000000000000c000000000000000d000000000000000e000000000000000f0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000")
    // fortranBig3D: np.save(f, np.asfortranarray((np.arange(24).reshape(4, 3, 2) / 8).astype('>f8')))
    static let fortranBig3D = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPmY4JywgJ2ZvcnRyYW5fb3JkZXInOiBUcnVlLCAnc2hhcGUnOiAoNCwgMywgMiksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAAAAAD/oAAAAAAAAP/gAAAAAAABAAgAAAAAAAD/QAAAAAAAAP/AAAAAAAAA//AAAAAAAAEAEAAAAAAAAP+AAAAAAAAA/9AAAAAAAAEAAAAAAAAAAQAYAAAAAAAA/wAAAAAAAAD/sAAAAAAAAP/oAAAAAAABAAwAAAAAAAD/YAAAAAAAAP/IAAAAAAAA//gAAAAAAAEAFAAAAAAAAP+QAAAAAAAA/9gAAAAAAAEABAAAAAAAAQAcAAAAAAAA=", shape: [4, 3, 2], le: "0000000000000000000000000000c03f000000000000d03f000000000000d83f000000000000e03f000000000000e43f000000000000e83f000000000000ec3f000000000000f03f000000000000f23f000000000000f43f000000000000f63f000000000000f83f000000000000fa3f000000000000fc3f000000000000fe3f00000000000000400000000000000140000000000000024000000000000003400000000000000440000000000000054000000000000006400000000000000740")
    // wideHeader: np.save(f, np.zeros((10**15, 0), dtype='<f4'))
    static let wideHeader = Case(npy: "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDEwMDAwMDAwMDAwMDAwMDAsIDApLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAo=", shape: [1000000000000000, 0], le: "")
    // alignedHeader: np.save(f, np.zeros((0, 10, 10) + (0,) * 11, dtype='|u1'))  -- 10 + 117 + 1 bytes are already a multiple of 64, so NumPy adds 64 more spaces
    static let alignedHeader = Case(npy: "k05VTVBZAQC2AHsnZGVzY3InOiAnfHUxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDAsIDEwLCAxMCwgMCwgMCwgMCwgMCwgMCwgMCwgMCwgMCwgMCwgMCwgMCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAK", shape: [0, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], le: "")
    // v1: np.lib.format.write_array(f, np.arange(6, dtype="<f4").reshape(3, 2), version=(1, 0))
    static let v1 = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsIDIpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAACAPwAAAEAAAEBAAACAQAAAoEA="
    // v2: np.lib.format.write_array(f, np.arange(6, dtype="<f4").reshape(3, 2), version=(2, 0))
    static let v2 = "k05VTVBZAgB0AAAAeydkZXNjcic6ICc8ZjQnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMywgMiksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAACAPwAAAEAAAEBAAACAQAAAoEA="
    // v3: np.lib.format.write_array(f, np.arange(6, dtype="<f4").reshape(3, 2), version=(3, 0))
    static let v3 = "k05VTVBZAwB0AAAAeydkZXNjcic6ICc8ZjQnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMywgMiksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAACAPwAAAEAAAEBAAACAQAAAoEA="
    // u1LittleDescr: np.save(f, np.array([9, 8, 7], dtype='u1')); f.getvalue().replace(b"'|u1'", b"'<u1'")
    static let u1LittleDescr = "k05VTVBZAQB2AHsnZGVzY3InOiAnPHUxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoJCAc="
    //   np.load of it gives [9 8 7]
    // fortran3DAsC: what np.save writes for the same values in C order, little-endian: a = np.asfortranarray(np.arange(24, dtype='<i8').reshape(2, 3, 4)); np.save(f, np.ascontiguousarray(a.astype(a.dtype.newbyteorder("<"))))
    static let fortran3DAsC = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGk4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDMsIDQpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAAAAAAEAAAAAAAAAAgAAAAAAAAADAAAAAAAAAAQAAAAAAAAABQAAAAAAAAAGAAAAAAAAAAcAAAAAAAAACAAAAAAAAAAJAAAAAAAAAAoAAAAAAAAACwAAAAAAAAAMAAAAAAAAAA0AAAAAAAAADgAAAAAAAAAPAAAAAAAAABAAAAAAAAAAEQAAAAAAAAASAAAAAAAAABMAAAAAAAAAFAAAAAAAAAAVAAAAAAAAABYAAAAAAAAAFwAAAAAAAAA="
    // bigI8AsC: what np.save writes for the same values in C order, little-endian: a = np.array([[1, -2, 3], [2**40, -(2**50), 2**62]], dtype='>i8'); np.save(f, np.ascontiguousarray(a.astype(a.dtype.newbyteorder("<"))))
    static let bigI8AsC = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGk4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDMpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoBAAAAAAAAAP7/////////AwAAAAAAAAAAAAAAAAEAAAAAAAAAAPz/AAAAAAAAAEA="

    static func bytes(_ base64: String) -> [UInt8] {
        [UInt8](Data(base64Encoded: base64, options: .ignoreUnknownCharacters) ?? Data())
    }

    static func hex(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        var i = s.startIndex
        while i < s.endIndex, let j = s.index(i, offsetBy: 2, limitedBy: s.endIndex) {
            out.append(UInt8(s[i..<j], radix: 16) ?? 0)
            i = j
        }
        return out
    }
}
