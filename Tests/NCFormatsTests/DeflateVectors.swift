import Foundation

/// Deflate and zlib streams made by CPython's zlib (and, for the hand-built ones, by the bit
/// writer below); every expected result was checked with `zlib.decompressobj(-15)`, whose verdict
/// follows each expression. Base64 strings are split over lines; decoding ignores the newlines.
enum DeflateVectors {
    // Hand-built streams use this helper (run `python3` with it pasted, then the expression):
    // import zlib, base64
    // class W:
    //     def __init__(s): s.v = 0; s.n = 0
    //     def bits(s, val, n): s.v |= val << s.n; s.n += n              # fields go LSB first
    //     def code(s, c, n): s.bits(int(format(c, '0%db' % n)[::-1], 2), n)  # Huffman codes MSB first
    //     def out(s): return s.v.to_bytes((s.n + 7) // 8, 'little')
    // LB = [3,4,5,6,7,8,9,10,11,13,15,17,19,23,27,31,35,43,51,59,67,83,99,115,131,163,195,227,258]
    // LE = [0]*8 + [i // 4 for i in range(4, 24)] + [0]
    // DB = [1,2,3,4,5,7,9,13,17,25,33,49,65,97,129,193,257,385,513,769,1025,1537,2049,3073,4097,6145,8193,12289,16385,24577]
    // DE = [0,0,0,0,1,1,2,2,3,3,4,4,5,5,6,6,7,7,8,8,9,9,10,10,11,11,12,12,13,13]
    // def canon(lengths):  # RFC 1951 3.2.2
    //     bl = [0]*16
    //     for l in lengths: bl[l] += 1
    //     bl[0] = 0; nxt = [0]*16; c = 0
    //     for b in range(1, 16): c = (c + bl[b-1]) << 1; nxt[b] = c
    //     codes = []
    //     for l in lengths: codes.append((nxt[l], l) if l else None); nxt[l] += l > 0
    //     return codes
    // FIXED = canon([8]*144 + [9]*112 + [7]*24 + [8]*8); FIXD = canon([5]*32)
    // def sym(w, codes, s): w.code(*codes[s])
    // def match(w, L, D, lit=FIXED, dist=FIXD):
    //     i = max(k for k in range(29) if LB[k] <= L and (k < 28 or L == 258)); sym(w, lit, 257 + i); w.bits(L - LB[i], LE[i])
    //     j = max(k for k in range(30) if DB[k] <= D); sym(w, dist, j); w.bits(D - DB[j], DE[j])
    // def dynhdr(w, ll, dl, cl=None, seq=None):  # cl: 19 code-length-code lengths (default: 0..15 all 4 bits)
    //     cl = cl or [4]*16 + [0, 0, 0]
    //     order = [16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1,15]
    //     w.bits(len(ll) - 257, 5); w.bits(len(dl) - 1, 5); w.bits(15, 4)
    //     for o in order: w.bits(cl[o], 3)
    //     clc = canon(cl)
    //     for s, extra, n in (seq if seq is not None else [(l, 0, 0) for l in ll + dl]):
    //         sym(w, clc, s); w.bits(extra, n)
    // def b64(b): return base64.b64encode(b).decode()
    // def zl(b):
    //     try:
    //         d = zlib.decompressobj(-15); o = d.decompress(b)
    //         return ('ok', o) if d.eof else ('zlib: incomplete', o)
    //     except zlib.error as e: return ('zlib: ' + str(e), None)
    //
    // def F(fn):  # run a writer function, return bytes
    //     w = W(); fn(w); return w.out()

    // def allcodes(w):
    //     rnd = random.Random(7); w.bits(1, 1); w.bits(1, 2); n = 0
    //     for _ in range(64): sym(w, FIXED, rnd.randrange(256)); n += 1
    //     while n < 33000:
    //         L = rnd.randrange(3, 259); D = rnd.randrange(1, n + 1); match(w, L, D); n += L
    //     lens = [LB[i] + e for i in range(29) for e in {0, (1 << LE[i]) - 1}]
    //     dists = [DB[j] + e for j in range(30) for e in {0, (1 << DE[j]) - 1}]
    //     for k in range(max(len(lens), len(dists))): match(w, lens[k % len(lens)], dists[k % len(dists)])
    //     sym(w, FIXED, 256)
    // def far(w):
    //     w.bits(1, 1); w.bits(1, 2)
    //     for c in b'XYZa': sym(w, FIXED, c)
    //     n = 4
    //     while n < 32768: L = min(258, 32768 - n); match(w, L, 1); n += L
    //     match(w, 258, 32768); sym(w, FIXED, 256)
    // LL = [8] * 254 + [9] * 4 (a complete literal/length code over symbols 0...257).
    // stored: (lambda c: c.compress(b'stored block: 0123456789') + c.flush())(zlib.compressobj(0, 8, -15))
    //   -> ok, 24 bytes, crc32 0xd8d7d968
    static let stored = "ARgA5/9zdG9yZWQgYmxvY2s6IDAxMjM0NTY3ODk="
    // fixed: (lambda c: c.compress(b'fixed Huffman, fixed Huffman, fixed Huffman!') + c.flush())(zlib.compressobj(9, 8, -15, 9, zlib.Z_FIXED))
    //   -> ok, 44 bytes, crc32 0x2201a00b
    static let fixed = "S8usSE1R8ChNS8tNzNNRSMPDVQQA"
    // dynamic: (lambda c: c.compress(''.join(f'line {i}: {i*i%977}\n' for i in range(600)).encode()) + c.flush())(zlib.compressobj(9, 8, -15))
    //   -> ok, 8217 bytes, crc32 0x66ed2df9
    static let dynamic = """
        TZlLksUqDkTnvYq7BPMRn9pPDzrixdv/sH1kMu3ZpTAghHRIVP/879///q6/3/Wff/hV/n7l+VX/fv351f5++/nV797x/Iy/X43n
        5/j7tfPXeQ86366/3zgT7L/fOrOWe6lyaTFWq+q5Fyz9jCiNlc5MhWX3WaGwsFYuAyvUcy9el8bcy7eq2TYWal+3BV0W1NuC3tXD
        ltcZU28Lop7Z6m1BzLNOvS0YsqDeFgz33BZMj7ktmJ4NF2iddluwZUG7LdiyrWHBPL9xQamngQvmmbnhgr5OA+8X9dwGtK0xtwF9
        aLbbgJB3+8UO2mncBsxLPRWjz5h+W7Dmma3fFuxQHNwWzGNzHxyVvuIM4vimcwZx9tk3nj4zx4U1iqRCpKgHAzQmMECzBQZonbgN
        2MfmIAgufYUHyvFN4IF29hl4QDMPPKD4Gnhgq+c2YJczZtwG6GwGR7DOzCNY5tg8BltTz21AKNoHMaCMGcRAnJkneXBsnqSBonje
        69d9LJuNmc8+J0G4z8yTE+jH5nkbsNwzicjze5Esx2eTLFAMLU6gHZsXJ6A1123Akp8XWXBWWff6VXteOGAdm9fAteohCZrGLEL9
        7HNtcv809kW2ChCk4VBPJR6OaZsQ0BHuznme3yRBO2ZuTkABvXGAnL4X7Dmu2XjAIMIA2VkuLHj7MKGJHlfaILBcHWepgRVzqYUZ
        JtCFI66qFp6Q98qFK+SxAhSbIFKgYmz3cRzVwCQgtRxcrFsoBIxh4kHGGe6bsEQNgqJ7NfJyNTH4gmCyuSab3Edkim4FPvap5QDk
        fElOdk7ZDCKrwV7zitDuEpLh9TgfNaBkVVAXMBn+EE4upU9JUl4yE1Q2Lw4rh88OWO7iPmB1yRGJS19T8HKGPJ3A1DCA2cTyAjGH
        3Q4y9+V7KzPGLQ7o8pQc0HZfHpA2BDi7zYSc85LHIt2iBqY4hiOjVn4AnlsZXqBndeSAz5ieEnws9+EVbwiEhv0XiTB5DIiWrXFQ
        NLxZMLq6zguOFhG2QNJwKoDS5XAcCXN/CUy9I2i6vAdwWqta8DSEvQJRt12dSHWozmS67Jx5q1hBQDX7DKwOp3NyVScEWLuzErJO
        u3Ml2q1DcIu/TLg626Br1T1a4Ovw4glYDwMslz8ELN4PiC26pcvKe16LA9ltH+2MFn0JZqdDDs4WEbTsPCGtDmqXQ3Wn4PCXCTn5
        D9qWV3VhS7XsSluku65MIqkjeDslASq8vY9CLWxZVa1AJaqR2PeHE0wvtaCchRm8HbtJ9HFCTeOStwrqCm+1GLTtVWaB2xVau+T5
        eBTZ3Pwl2fyuhhLWIVR4q1yr4Da8wINb96EFdQfVmlpM0hLctu4WWmB7HBmkeKiPJNVWwW0VKSu4HcJahbdFGVvh7fCXyVstB27D
        fgC3PkdoG8WjcIp+g/3ltbgMdTtVWNvdgrXb++55L2tvwHY7onoejyU6maxrvwLbbqf35L6/xBYfP7DdyrSaMlWKpwLbbT9D2z61
        O2i73zdBCiVZHXk+auCU7mE4RV6BtbG9WmaPbIa1o/uZwelImNdUrOJbhbXVBwJrpyMF1jb7KFkbHkf66IVRYe1+14P7Pn9YKx1Q
        Z16GGpbidfgBRCLr/qsz+SajQe0SHGqidnscB2QAgNqoXg+3CH4V1g5vAdZWyeAKa5e/hLXNLoO1WwKiwtpwsMPa4vMCtlMytQLb
        9s7JFeRDB7bdLWArKVhh7dAlUGFt1eVRU9M6xlLUOgthrZMX1A77HdRWH2wK2+nnJZboQdRAbVEqNFA7dd02UNsUjQ3Ubj8lE7XT
        LbStLoEGa1f1C5YUCs+Z6awGl6HfrSltFZsN1G6RvZWUTpoS2FYJ65awVXi01LY2M1/9l1dI7HtOLmaht5WU2WqluPXrOJ/+wn6D
        tqW6jxzy07nms8MtgkUh3qDt1Om1FLfNcxK4uqxaTZGg3ULbbsugbfEKSVvXB8Bt143RnkKAW6mdPI5nmIsMqW7fOfP5of1B3PHW
        Fjgj2wlx9YBuWQ9Q9LcErrcOcIsrDwB3XR6HKXZnVgWa+xK42nrPfFYr8iWkwwS420WP9IqmTN6K2u1Rt27x/HAkJXAvL5An5L7U
        TvJRqlsnUZYIfJYQt+n+aiOjxX2Zz3ISxB12WRYKvD2IWyTlG8Rd3XNC3O2qDk8hYa5ltUDaqYHc5ZLRzCzSnCC3ORdnFuzcwi8+
        50fdegX8MtyXT0T5eqbSVlEpKafFU916gSSuHQFxi10Ncbf0UoO4w5tNefuWrbKO574U/WpwQgJi21nE0eJPDUHLJXEdSE8VQQ3Q
        ogdiA7hD8rJlIcHY2VlMch/B4pCDuFtu7xB3Sih0iBsSCj2Ju90H5t5xSVw1SCFdpf3KuFX17MqXkPuorE1X8zgfnWsv+RJSg1BR
        gHeAO9+6HynkKh7A7dWtrGv4S8LWNgPcrWTrJQssSy2yWXjqKW8V4D2B+xYa84Dcl7HicZyQfqdk0dqJW5VpOrgdl/vyAa/aY9YS
        FBw9iwnddc3ErWYBt8VdRIrCoUPb6Qpo1hKUIz1pqwztqW/DfVn59DjOx62ez0N9CW09ScpbAbxn+dUxBW2n66/QdvjskrbeObSN
        y31ZS/A4vNJcxcUrAkmPBL9mAbeluC+xogaprBd7h7bLR561BKVMh7azu4+H0PI4QkUM7SOjVl8+tQTNAm27nTTyEvI49K3DPWl7
        +Ut0givT0LY6UEeS3+PQCc4uaCs2dWD7VrcJWvegnZwjWUjobiVq5cusz+r91EHtcmSC2vWOA3DOUFi7LlfT0XGeBdbO6b4ULB6X
        seJWlor9ZWaQZ8lirfuoxjWP299Wqlt/CWzfWbKU4BWA7bs6tH0tS3lrq6HtuyNo++429a09sffHSwFt7cGAtvZuXPXj+Xj0rcf1
        z4lF6lv9pwDa+p8LwHa7Z31iI7JwO/2fi+sTUwFsHW8BbB2LAWwdp5GwvdyKT3wHsHXsB7B1XsRTSvC4/cmnSHWrXAtg6zwMYOsc
        jdo++RtZS5D3Utwq6wPamggBbU2LgLbtHbc/lAloawJFlm49C7Q1uaK1D9UC3Jp40eJDw0jcagfQ1gwNaGu+Rtsf9ka/PlyOpK1n
        ydLtcF/7sD7Are+BALe6IiL/4aXbI1Lb+r9X+S8vR2YWE7zzuD63VUT53GSR4jbc13z/BbD1zRgRn1szYnxu1MhiQnff+tzEkdLW
        gQpsfYPHKJ/bPbKY4BxJ2EoVRBZufXYjPmoigK2VRmThVhEGa61PIpWttEtk3dbZNctH88SsHz0Us71SKaCtVVQ8tQTFDbS1+oo5
        P8osoO1+x+2Poot1fdReQFsrwYC2Vomx2kdBBrSVuIwVH90ZKWylSQPYWq/GI2w9br8yN57/jem0UthKHUf+d8xw2u2jqmP3j+KO
        HR81HrDWSj2ybLvct16BH6AW7f9/
        """
    // mixed: b''.join(c.compress(d) + c.flush(f) for c, d, f in [(zlib.compressobj(0, 8, -15), b'stored part. ', 3), (zlib.compressobj(9, 8, -15, 9, 4), b'fixed part, fixed part. ', 3), (zlib.compressobj(9, 8, -15), b''.join(b'dynamic %d ' % (i % 37) for i in range(300)), 4)])
    //   -> ok, 3253 bytes, crc32 0x8a60ca04
    static let mixed = """
        AA0A8v9zdG9yZWQgcGFydC4gAAAA//9Ky6xITVEoSCwq0VFIg7P1FAAAAAD//+3RsRGDQBBD0VYowdJig8vxQOIAcndPwuy/HqxM
        0b3Z+/vv/BzfbXpM+73Uy72q19zr2evVa+m19nrz8oCgCEY4AhKSoIQlMKEZzcNNaEYzmtGMZjSjGa3QCq2GL0QrtEIrtMRIjMRI
        jMRIjMRIjMRIjD+JcQE=
        """
    // run: (lambda c: c.compress(b'a' * 100000) + c.flush())(zlib.compressobj(9, 8, -15))
    //   -> ok, 100000 bytes, crc32 0x1be2fa87
    static let run = """
        7cExAQAAAMKgrOtfwhoeQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACvBg==
        """
    // empty: (lambda c: c.compress(b'') + c.flush())(zlib.compressobj(9, 8, -15))
    //   -> ok, 0 bytes, crc32 0x00000000
    static let empty = "AwA="
    // bomb: (lambda c: c.compress(bytes(2000000)) + c.flush())(zlib.compressobj(9, 8, -15))
    //   -> ok, 2000000 bytes, crc32 0x425a1d41
    static let bomb = """
        7cEBAQAAAIIg/69uSEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AABvBg==
        """
    // allCodes: F(allcodes)
    //   -> ok, 36550 bytes, crc32 0xd51384ad
    static let allCodes = """
        W+p7SkLVYLdsrrDOvWvK1Xo35eyL5E9LFoq7TLnmaTM3xiRhn6GCXOa/Wwvevdg5sz6mRnPm3/VPJ6vaXAtZ7/vrugjxCoecwUPT
        +yNJDemBMiJTMjHaB32GHIzZYigqH2HpmmZlHGV5nmD0Dc6AGPDaZRjV+KSk1JFS2wy6BDPMWzODrjU9TEvvYZFjqR2mNE1rA9YS
        HTgdI7gzReuGxiBUQdWO1lBvMlJh+AF/53QYdV6GWeeE3I72cIt9eqQTuvYMaZMJh9zIGd5sBBwjovZYCXlNdPQERNdhumFQgA2G
        1vGQ7ixTnGFHck93pPa9B3/6pWYuGnoD9oOnQ02TUQjUGmkoF1joY2IkD1sM7QbrkO1CDqFuJH261MOtC0q3BRIjfAQbIyYH38zx
        IOlkDMH5ySE5rE5K55DMTugI7JYMsU7RyF3wB5yvHoIrJUlbR0rp7AbdJqZpO4s3pErjYTVJO9zKW1q0cKkRh9RezzXiVn5SdZHc
        iFwQOjSbftQJXsTiczLXbFBvDo8+PTCM4QE6j18N7AaHITMyMWz3WFEnlw/VKdXhu9+JKitBqL0CA3lz30jYskHrJW/grRpUbgdT
        cTaZ0tU5hAc3R+6OEbK3IRLq59Nj5AbXZguylh+MnDU/GHsUiJheHDJr5ui2qniwzXmO0Dn7QTLdM1JGY4Zrj3wY7UscCi2pgd3T
        RuzM2eDuqVN/fTs1VxlQbXvvAHQGhtf2ctpMUdJk89ywW2g7fKdDhuwqRtLXtSMvoR1RGwyRt0wMpbMjBu+JDET0OAeqp0Xa8o/B
        VSLSeHUKVTaDDZJtP1Q+r2SkL+4kdeEOoXH34dyIGkzphNSVFSQd7DYQ7ZDB0ycfQUE/1I6yGa4rSahSDg9oF5AmqzDwjZfTb73f
        ID/6g56ro0bIEQC0XaAyFNPUICi6EImLHkc6jMwp9xHSNRvuB4GO9ANehtPZBoP9HGC6T7EOvckW6u3mGYrVHlXilMjjAAfFFjna
        1IukHZM6PI4wGISHlA3wScWDtigfWSP3NFhvMkKsHTSL04fQMTBDZSod2/o8+i/SprWaobWzgaQdzIPuaAG6TeKDW+iD51IiUoea
        htnhWLh2m6AuLRvcJxMOXIOW+keFDp9LHYbM+eEjfYRsMJ5YTtWieXgf9069e0eR7nEaqEYuZtlKpdMYh3BvaxhcfjVyTt/Bd7Qg
        8kGBA71DffBYNpKuhiHuHH/Szxgl5tD9EbmOgOjrxAbPbDA9J2JH1s754dGkG6lXkQ7Odj8QgCAYQTCUgJFwCkEjMZDZKBxUPpoA
        ujiGBKY8FgXY1ePQgFs/HgPwm0/AAsL2E+EA4t1PggdI9z8ZAUB++FMQAZTHPxUSAPXTPw0yAO3zPx0KAPqX/wNQAQx8/T8IGgCD
        v/0/BDoAQ7//PwwGAIb/+P8ImAAYnf8fXQAAXP8P2gAA3v8POQAAev4/7AIA+P3/AA==
        """
    // far: F(far)
    //   -> ok, 33026 bytes, crc32 0x6fb1b99d
    static let far = """
        i4iMShwFo2AUjIJRMApGwSgYBaNgFIyCUTAKRsEoGAWjYBSMglEwCkbBKBgFo2AUjIJRMApGwSgYBaNgFIyCUTAKRsEoGAWjYBSM
        glEwCkbBKBgFo2AUjIJRMApGwSgYBaNgFIyCUTAKRsEoGAWjYBSMglEwCkbBKBgFo2AUjIJRMApGwSgYBaNgFIyCUTAKRsEoGAWj
        YBSMglEwCkbBKBgFo2AUjIJRMApGwSgYBaNgFIyCUTAKRsEoGAWjYBSMglEwCkbBKBgFo2AUjIJRMApGOhi9/x8A
        """
    // btype3: F(lambda w: (w.bits(1, 1), w.bits(3, 2)))
    //   -> zlib: Error -3 while decompressing data: invalid block type
    static let btype3 = "Bw=="
    // storedNlen: bytes.fromhex('0105000000') + b'hello'
    //   -> zlib: Error -3 while decompressing data: invalid stored block lengths
    static let storedNlen = "AQUAAABoZWxsbw=="
    // storedShort: bytes.fromhex('010500faff') + b'hel'
    //   -> zlib: incomplete, 3 bytes, crc32 0xe50bf11b
    static let storedShort = "AQUA+v9oZWw="
    // lit286: F(lambda w: (w.bits(1, 1), w.bits(1, 2), sym(w, FIXED, 65), sym(w, FIXED, 286), sym(w, FIXED, 256)))
    //   -> zlib: Error -3 while decompressing data: invalid literal/length code
    static let lit286 = "cxwDAA=="
    // lit287: F(lambda w: (w.bits(1, 1), w.bits(1, 2), sym(w, FIXED, 65), sym(w, FIXED, 287), sym(w, FIXED, 256)))
    //   -> zlib: Error -3 while decompressing data: invalid literal/length code
    static let lit287 = "cxwHAA=="
    // dist30: F(lambda w: (w.bits(1, 1), w.bits(1, 2), sym(w, FIXED, 65), sym(w, FIXED, 257), sym(w, FIXD, 30), sym(w, FIXED, 256)))
    //   -> zlib: Error -3 while decompressing data: invalid distance code
    static let dist30 = "cwQ+AA=="
    // dist31: F(lambda w: (w.bits(1, 1), w.bits(1, 2), sym(w, FIXED, 65), sym(w, FIXED, 257), sym(w, FIXD, 31), sym(w, FIXED, 256)))
    //   -> zlib: Error -3 while decompressing data: invalid distance code
    static let dist31 = "cwR+AA=="
    // tooFar: F(lambda w: (w.bits(1, 1), w.bits(1, 2), sym(w, FIXED, 65), match(w, 3, 2), sym(w, FIXED, 256)))
    //   -> zlib: Error -3 while decompressing data: invalid distance too far back
    static let tooFar = "cwRCAA=="
    // tooManyLit: F(lambda w: (w.bits(1, 1), w.bits(2, 2), w.bits(30, 5), w.bits(0, 5), w.bits(15, 4), w.bits(0, 64)))
    //   -> zlib: Error -3 while decompressing data: too many length or distance symbols
    static let tooManyLit = "9eABAAAAAAAAAAA="
    // tooManyDist: F(lambda w: (w.bits(1, 1), w.bits(2, 2), w.bits(0, 5), w.bits(30, 5), w.bits(15, 4), w.bits(0, 64)))
    //   -> zlib: Error -3 while decompressing data: too many length or distance symbols
    static let tooManyDist = "Bf4BAAAAAAAAAAA="
    // clOver: F(lambda w: (w.bits(1, 1), w.bits(2, 2), dynhdr(w, LL, [1], cl=[1, 1, 1] + [0] * 16, seq=[]), w.bits(0, 16)))
    //   -> zlib: Error -3 while decompressing data: invalid code lengths set
    static let clOver = "DeABBAAAAEAQAAAA"
    // clIncomplete: F(lambda w: (w.bits(1, 1), w.bits(2, 2), dynhdr(w, LL, [1], cl=[1] + [0] * 7 + [2] + [0] * 10, seq=[]), w.bits(0, 16)))
    //   -> zlib: Error -3 while decompressing data: invalid code lengths set
    static let clIncomplete = "DeABRAAAAAAAAAAA"
    // repeatFirst: F(lambda w: (w.bits(1, 1), w.bits(2, 2), dynhdr(w, LL, [1], cl=[0] * 8 + [1] + [0] * 7 + [1, 0, 0], seq=[(16, 0, 2)] * 4)))
    //   -> zlib: Error -3 while decompressing data: invalid bit length repeat
    static let repeatFirst = "DeADIAAAAAAAJAk="
    // repeatOverrun: F(lambda w: (w.bits(1, 1), w.bits(2, 2), dynhdr(w, LL, [1], cl=[2] + [0] * 7 + [1] + [0] * 9 + [2], seq=[(8, 0, 0)] * 200 + [(18, 127, 7)])))
    //   -> zlib: Error -3 while decompressing data: invalid bit length repeat
    static let repeatOverrun = "DeABKQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPwH"
    // noEndOfBlock: F(lambda w: (w.bits(1, 1), w.bits(2, 2), dynhdr(w, [8] * 256 + [0], [1])))
    //   -> zlib: Error -3 while decompressing data: invalid code -- missing end-of-block
    static let noEndOfBlock = """
        BeABkCRJkiRJRkRERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERE
        REREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREQAAg==
        """
    // litOver: F(lambda w: (w.bits(1, 1), w.bits(2, 2), dynhdr(w, [8] * 257, [1])))
    //   -> zlib: Error -3 while decompressing data: invalid literal/lengths set
    static let litOver = """
        BeABkCRJkiRJRkRERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERE
        REREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREQEAg==
        """
    // litIncomplete: F(lambda w: (w.bits(1, 1), w.bits(2, 2), dynhdr(w, [8] * 128 + [0] * 128 + [8], [1])))
    //   -> zlib: Error -3 while decompressing data: invalid literal/lengths set
    static let litIncomplete = """
        BeABkCRJkiRJRkRERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAg==
        """
    // distIncomplete: F(lambda w: (w.bits(1, 1), w.bits(2, 2), dynhdr(w, LL, [2, 2, 2])))
    //   -> zlib: Error -3 while decompressing data: invalid distances set
    static let distIncomplete = """
        DeIBkCRJkiRJRkRERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERE
        RERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERGRmEhE=
        """
    // distOver: F(lambda w: (w.bits(1, 1), w.bits(2, 2), dynhdr(w, LL, [1, 1, 1])))
    //   -> zlib: Error -3 while decompressing data: invalid distances set
    static let distOver = """
        DeIBkCRJkiRJRkRERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERE
        RERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERGRmIiI=
        """
    // distSingle: F(lambda w: (w.bits(1, 1), w.bits(2, 2), dynhdr(w, LL, [1]), sym(w, canon(LL), 65), sym(w, canon(LL), 257), w.bits(0, 1), sym(w, canon(LL), 256)))
    //   -> ok, 4 bytes, crc32 0x9b0d08f1
    static let distSingle = """
        DeABkCRJkiRJRkRERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERE
        RERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERGRmouB//wA=
        """
    // distSingleUnused: F(lambda w: (w.bits(1, 1), w.bits(2, 2), dynhdr(w, LL, [1]), sym(w, canon(LL), 65), sym(w, canon(LL), 257), w.bits(1, 1), sym(w, canon(LL), 256)))
    //   -> zlib: Error -3 while decompressing data: invalid distance code
    static let distSingleUnused = """
        DeABkCRJkiRJRkRERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERE
        RERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERGRmouD//wA=
        """
    // distNone: F(lambda w: (w.bits(1, 1), w.bits(2, 2), dynhdr(w, LL, [0]), sym(w, canon(LL), 104), sym(w, canon(LL), 105), sym(w, canon(LL), 256)))
    //   -> ok, 2 bytes, crc32 0xd8932aac
    static let distNone = """
        DeABkCRJkiRJRkRERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERE
        RERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERGRmgoXlPw==
        """
    // distNoneUsed: F(lambda w: (w.bits(1, 1), w.bits(2, 2), dynhdr(w, LL, [0]), sym(w, canon(LL), 104), sym(w, canon(LL), 257), w.bits(0, 8), sym(w, canon(LL), 256)))
    //   -> zlib: Error -3 while decompressing data: invalid distance code
    static let distNoneUsed = """
        DeABkCRJkiRJRkRERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERE
        RERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERGRmgsV/gH8=
        """
    // endOfBlockOnly: F(lambda w: (w.bits(1, 1), w.bits(2, 2), dynhdr(w, [0] * 256 + [1], [0]), w.bits(0, 1)))
    //   -> ok, 0 bytes, crc32 0x00000000
    static let endOfBlockOnly = """
        BeABkCRJkiRJAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAA==
        """

    // zlibBomb: base64.b64encode(zlib.compress(bytes(1000000), 9))  -> 991 bytes, Adler-32 0x43210001
    static let zlibBomb = """
        eNrtwQEBAAAAgiD/r25IQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAK8GQyEAAQ==
        """
    // zlibHello: base64.b64encode(zlib.compress(b'hello zlib, hello zlib, hello zlib'))
    static let zlibHello = "eJzLSM3JyVeoyslM0lHIwMoGANdnDEg="
    // zlibEmpty: base64.b64encode(zlib.compress(b''))
    static let zlibEmpty = "eJwDAAAAAAE="

    static func bytes(_ base64: String) -> [UInt8] {
        [UInt8](Data(base64Encoded: base64, options: .ignoreUnknownCharacters) ?? Data())
    }
}
