/// The accurate integer inverse DCT of libjpeg (`JDCT_ISLOW`, jidctint.c): the Loeffler–Ligtenberg–
/// Moschytz factorisation with 12 multiplications per 1-D pass, constants scaled by 2^13, columns
/// first with 2 extra bits of precision, then rows. It is not the exact inverse DCT: its outputs
/// differ from a correctly rounded real-valued IDCT by 1 now and then, and matching OpenCV means
/// matching exactly those differences, so this follows libjpeg's arithmetic step for step.
///
/// Arithmetic is 32-bit and wrapping, as libjpeg's is for every value a valid JPEG can produce;
/// corrupt coefficients wrap deterministically instead of trapping.
enum JPEGIDCT {
    static let constBits: Int32 = 13
    static let pass1Bits: Int32 = 2

    // ⌊x · 2^13 + 0.5⌋ for the rotation constants of the factorisation.
    static let fix0_298631336: Int32 = 2446
    static let fix0_390180644: Int32 = 3196
    static let fix0_541196100: Int32 = 4433
    static let fix0_765366865: Int32 = 6270
    static let fix0_899976223: Int32 = 7373
    static let fix1_175875602: Int32 = 9633
    static let fix1_501321110: Int32 = 12299
    static let fix1_847759065: Int32 = 15137
    static let fix1_961570560: Int32 = 16069
    static let fix2_053119869: Int32 = 16819
    static let fix2_562915447: Int32 = 20995
    static let fix3_072711026: Int32 = 25172

    /// Dequantises `coefficients` (64, natural order) with `quant` (64, natural order), inverse
    /// transforms them and writes the 8 × 8 samples to `output`, rows `stride` bytes apart.
    /// `limit` is `JPEGLookupTables.idctLimit`.
    @inline(__always)
    static func transform(
        _ coefficients: UnsafePointer<Int16>, _ quant: UnsafePointer<Int32>,
        _ output: UnsafeMutablePointer<UInt8>, stride: Int, limit: UnsafePointer<UInt8>
    ) {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 64) { ws in
            let workspace = ws.baseAddress!
            for column in 0..<8 {
                columnPass(coefficients + column, quant + column, workspace + column)
            }
            for row in 0..<8 {
                rowPass(workspace + 8 * row, output + row * stride, limit)
            }
        }
    }

    /// The transform of a block whose 63 AC coefficients are zero: what `transform` computes for
    /// it through both passes' shortcuts, (DC · q · 4 + 16) >> 5 range-limited, in every sample.
    @inline(__always)
    static func transformDCOnly(
        _ dc: Int16, _ q0: Int32, _ output: UnsafeMutablePointer<UInt8>, stride: Int, limit: UnsafePointer<UInt8>
    ) {
        let v = limit[Int(descale((Int32(dc) &* q0) &<< pass1Bits, pass1Bits + 3) & 1023)]
        let word = UInt64(v) &* 0x0101_0101_0101_0101
        for row in 0..<8 {
            UnsafeMutableRawPointer(output + row * stride).storeBytes(of: word, as: UInt64.self)
        }
    }

    /// Whether the 63 AC coefficients of `block` are all zero.
    @inline(__always)
    static func hasOnlyDC(_ block: UnsafePointer<Int16>) -> Bool {
        if block[1] != 0 || block[2] != 0 || block[3] != 0 { return false }
        let words = UnsafeRawPointer(block + 4)
        var any: UInt64 = 0
        for i in 0..<15 { any |= words.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self) }
        return any == 0
    }

    /// (x + 2^(n-1)) >> n: a right shift that rounds halves up.
    @inline(__always)
    static func descale(_ x: Int32, _ n: Int32) -> Int32 { (x &+ (1 &<< (n - 1))) >> n }

    /// One column: dequantise and transform, results scaled up by 2^pass1Bits.
    @inline(__always)
    static func columnPass(_ c: UnsafePointer<Int16>, _ q: UnsafePointer<Int32>, _ w: UnsafeMutablePointer<Int32>) {
        if c[8] == 0 && c[16] == 0 && c[24] == 0 && c[32] == 0 && c[40] == 0 && c[48] == 0 && c[56] == 0 {
            // Only the DC term: every output is the DC value (the full computation gives the same).
            let dc = (Int32(c[0]) &* q[0]) &<< pass1Bits
            for i in 0..<8 { w[8 * i] = dc }
            return
        }
        // Even part.
        var z2 = Int32(c[16]) &* q[16]
        var z3 = Int32(c[48]) &* q[48]
        let z1 = (z2 &+ z3) &* fix0_541196100
        var tmp2 = z1 &+ z3 &* -fix1_847759065
        var tmp3 = z1 &+ z2 &* fix0_765366865
        z2 = Int32(c[0]) &* q[0]
        z3 = Int32(c[32]) &* q[32]
        var tmp0 = (z2 &+ z3) &<< constBits
        var tmp1 = (z2 &- z3) &<< constBits
        let tmp10 = tmp0 &+ tmp3, tmp13 = tmp0 &- tmp3
        let tmp11 = tmp1 &+ tmp2, tmp12 = tmp1 &- tmp2
        // Odd part.
        tmp0 = Int32(c[56]) &* q[56]
        tmp1 = Int32(c[40]) &* q[40]
        tmp2 = Int32(c[24]) &* q[24]
        tmp3 = Int32(c[8]) &* q[8]
        (tmp0, tmp1, tmp2, tmp3) = odd(tmp0, tmp1, tmp2, tmp3)
        let n = constBits - pass1Bits
        w[0] = descale(tmp10 &+ tmp3, n)
        w[56] = descale(tmp10 &- tmp3, n)
        w[8] = descale(tmp11 &+ tmp2, n)
        w[48] = descale(tmp11 &- tmp2, n)
        w[16] = descale(tmp12 &+ tmp1, n)
        w[40] = descale(tmp12 &- tmp1, n)
        w[24] = descale(tmp13 &+ tmp0, n)
        w[32] = descale(tmp13 &- tmp0, n)
    }

    /// The odd part shared by both passes: inputs are the terms of frequencies 7, 5, 3, 1.
    @inline(__always)
    static func odd(_ t0: Int32, _ t1: Int32, _ t2: Int32, _ t3: Int32) -> (Int32, Int32, Int32, Int32) {
        var z1 = t0 &+ t3
        var z2 = t1 &+ t2
        var z3 = t0 &+ t2
        var z4 = t1 &+ t3
        let z5 = (z3 &+ z4) &* fix1_175875602
        let a = t0 &* fix0_298631336
        let b = t1 &* fix2_053119869
        let c = t2 &* fix3_072711026
        let d = t3 &* fix1_501321110
        z1 = z1 &* -fix0_899976223
        z2 = z2 &* -fix2_562915447
        z3 = z3 &* -fix1_961570560 &+ z5
        z4 = z4 &* -fix0_390180644 &+ z5
        return (a &+ z1 &+ z3, b &+ z2 &+ z4, c &+ z2 &+ z3, d &+ z1 &+ z4)
    }

    /// One row of the workspace to 8 samples: descale by 2^(13 + 2 + 3) and range-limit.
    @inline(__always)
    static func rowPass(_ w: UnsafeMutablePointer<Int32>, _ out: UnsafeMutablePointer<UInt8>, _ limit: UnsafePointer<UInt8>) {
        let n = constBits + pass1Bits + 3
        @inline(__always) func rangeLimit(_ x: Int32) -> UInt8 { limit[Int(x & 1023)] }
        if w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0 && w[5] == 0 && w[6] == 0 && w[7] == 0 {
            let v = rangeLimit(descale(w[0], pass1Bits + 3))
            UnsafeMutableRawPointer(out).storeBytes(of: UInt64(v) &* 0x0101_0101_0101_0101, as: UInt64.self)
            return
        }
        let z2 = w[2], z3 = w[6]
        let z1 = (z2 &+ z3) &* fix0_541196100
        let tmp2 = z1 &+ z3 &* -fix1_847759065
        let tmp3 = z1 &+ z2 &* fix0_765366865
        let tmp0 = (w[0] &+ w[4]) &<< constBits
        let tmp1 = (w[0] &- w[4]) &<< constBits
        let tmp10 = tmp0 &+ tmp3, tmp13 = tmp0 &- tmp3
        let tmp11 = tmp1 &+ tmp2, tmp12 = tmp1 &- tmp2
        let (o0, o1, o2, o3) = odd(w[7], w[5], w[3], w[1])
        out[0] = rangeLimit(descale(tmp10 &+ o3, n))
        out[7] = rangeLimit(descale(tmp10 &- o3, n))
        out[1] = rangeLimit(descale(tmp11 &+ o2, n))
        out[6] = rangeLimit(descale(tmp11 &- o2, n))
        out[2] = rangeLimit(descale(tmp12 &+ o1, n))
        out[5] = rangeLimit(descale(tmp12 &- o1, n))
        out[3] = rangeLimit(descale(tmp13 &+ o0, n))
        out[4] = rangeLimit(descale(tmp13 &- o0, n))
    }

    /// libjpeg's post-IDCT range limit: the value is taken modulo 1024 as a signed 10-bit number
    /// (`& RANGE_MASK`), shifted by the centre 128 and clamped to 0...255. Only corrupt data
    /// reaches the wrap-around. The transform reads it from `JPEGLookupTables.idctLimit`.
    @inline(__always)
    static func rangeLimit(_ x: Int32) -> UInt8 {
        let wrapped = (x &<< 22) >> 22
        let v = wrapped &+ 128
        return v < 0 ? 0 : v > 255 ? 255 : UInt8(truncatingIfNeeded: v)
    }
}
