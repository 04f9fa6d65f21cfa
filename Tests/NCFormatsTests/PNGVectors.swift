import Foundation

/// PNG files written by hand in CPython with zlib and struct (no imaging library), with the pixel
/// values they encode. Each vector names the `png(...)` call that made it; `image(w, h, ch, max,
/// seed)` draws random samples, and the expected planes are those samples (palette images: the
/// palette colours and tRNS alphas), to be divided by `scale`. The helper:
    // import zlib, struct, base64, random
    // def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d))
    // def paeth(a, b, c):
    //     p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    //     return a if pa <= pb and pa <= pc else (b if pb <= pc else c)
    // def filt(f, row, prev, bpp):  # PNG spec 9.2, encoder side
    //     out = []
    //     for i, x in enumerate(row):
    //         a = row[i - bpp] if i >= bpp else 0; b = prev[i]; c = prev[i - bpp] if i >= bpp else 0
    //         out.append((x - [0, a, b, (a + b) // 2, paeth(a, b, c)][f]) & 255)
    //     return bytes([f]) + bytes(out)
    // def pack(samples, depth):
    //     if depth == 8: return bytes(samples)
    //     if depth == 16: return b''.join(struct.pack('>H', s) for s in samples)
    //     bits = ''.join(format(s, '0%db' % depth) for s in samples); bits += '0' * (-len(bits) % 8)
    //     return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
    // ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
    // def raw_data(w, h, depth, ctype, pix, interlace=0, filters=(0,)):
    //     ch = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[ctype]; bpp = max(1, depth * ch // 8); raw = b''; k = 0
    //     for x0, y0, dx, dy in (ADAM7 if interlace else [(0, 0, 1, 1)]):
    //         xs = range(x0, w, dx); ys = range(y0, h, dy)
    //         if not xs or not ys: continue
    //         prev = bytes(len(pack([0] * ch * len(xs), depth)))
    //         for y in ys:
    //             row = pack([s for x in xs for s in pix[y][x]], depth)
    //             raw += filt(filters[k % len(filters)], row, prev, bpp); k += 1; prev = row
    //     return raw
    // def png(w, h, depth, ctype, pix, interlace=0, filters=(0,), plte=None, trns=None, parts=1, extra=b'', raw=None, level=9):
    //     raw = raw if raw is not None else raw_data(w, h, depth, ctype, pix, interlace, filters)
    //     z = zlib.compress(raw, level); n = -(-len(z) // parts)
    //     out = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, depth, ctype, 0, 0, interlace)) + extra
    //     if plte: out += chunk(b'PLTE', bytes(v for rgb in plte for v in rgb))
    //     if trns: out += chunk(b'tRNS', trns)
    //     for i in range(parts): out += chunk(b'IDAT', z[i * n:(i + 1) * n])
    //     return out + chunk(b'IEND', b'')
    // def image(w, h, ch, maxval, seed):  # pix[y][x] = tuple of ch samples
    //     r = random.Random(seed)
    //     return [[tuple(r.randint(0, maxval) for _ in range(ch)) for x in range(w)] for y in range(h)]
enum PNGVectors {
    struct Case {
        let png: String
        let width: Int
        let height: Int
        /// The value that maps to 1.0.
        let scale: Int
        /// Planar red, green, blue samples.
        let rgb: [Int]
        let alpha: [Int]?

        var bytes: [UInt8] { PNGVectors.bytes(png) }
    }

    // grey8: greyscale, 8 bits, rows use filters 0-4 in turn
    //   png(7, 5, 8, 0, image(7, 5, 1, 255, 1), filters=(0, 1, 2, 3, 4))
    static let grey8 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAcAAAAFCAAAAACs8akEAAAAMUlEQVR42mNwUWiy+fvsI+OhlUdPiu4UY7KvjKhRu23EzD1tV/vngNksafmyVU7zkgBmhhELZK0KMAAAAABJRU5ErkJggg==",
        width: 7, height: 5, scale: 255, rgb: [68, 32, 130, 60, 253, 230, 241, 194, 107, 48, 249, 14, 199, 221, 1, 228, 136, 117, 52, 162, 15, 11, 13, 4, 195, 110, 216, 14, 113, 224, 253, 119, 176, 118, 112, 68, 32, 130, 60, 253, 230, 241, 194, 107, 48, 249, 14, 199, 221, 1, 228, 136, 117, 52, 162, 15, 11, 13, 4, 195, 110, 216, 14, 113, 224, 253, 119, 176, 118, 112, 68, 32, 130, 60, 253, 230, 241, 194, 107, 48, 249, 14, 199, 221, 1, 228, 136, 117, 52, 162, 15, 11, 13, 4, 195, 110, 216, 14, 113, 224, 253, 119, 176, 118, 112],
        alpha: nil)
    // grey16: greyscale, 16 bits
    //   png(5, 4, 16, 0, image(5, 4, 1, 65535, 2), filters=(0, 1, 2, 3, 4))
    static let grey16 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAUAAAAEEAAAAAAzyHbfAAAAN0lEQVR42gEsANP/ABz0LuQrdLjcVpIBncTjC+zYpqQ/zAI/vEmuUtfReDg/A6QkoZ1UGyB16N/iyhVYw47/XgAAAABJRU5ErkJggg==",
        width: 5, height: 4, scale: 65535, rgb: [7412, 12004, 11124, 47324, 22162, 40388, 32975, 27815, 4683, 20759, 56448, 51581, 48766, 58307, 35158, 4708, 3597, 47712, 60934, 41741, 7412, 12004, 11124, 47324, 22162, 40388, 32975, 27815, 4683, 20759, 56448, 51581, 48766, 58307, 35158, 4708, 3597, 47712, 60934, 41741, 7412, 12004, 11124, 47324, 22162, 40388, 32975, 27815, 4683, 20759, 56448, 51581, 48766, 58307, 35158, 4708, 3597, 47712, 60934, 41741],
        alpha: nil)
    // grey1: greyscale, 1 bit (rows padded to whole bytes)
    //   png(11, 3, 1, 0, image(11, 3, 1, 1, 3), filters=(0, 1, 2, 3, 4))
    static let grey1 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAsAAAADAQAAAABthMjmAAAAEUlEQVR42mMwVmA8EsO0KwEACaUCkSkR70QAAAAASUVORK5CYII=",
        width: 11, height: 3, scale: 1, rgb: [0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0],
        alpha: nil)
    // grey2: greyscale, 2 bits
    //   png(7, 3, 2, 0, image(7, 3, 1, 3, 4), filters=(0, 1, 2, 3, 4))
    static let grey2 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAcAAAADAgAAAAAwGFK4AAAAEUlEQVR42mNIvsDIx8XUYgAACoMCA3Uj1wIAAAAASUVORK5CYII=",
        width: 7, height: 3, scale: 3, rgb: [1, 2, 0, 3, 3, 1, 0, 0, 0, 3, 2, 0, 1, 2, 2, 1, 0, 2, 1, 0, 2, 1, 2, 0, 3, 3, 1, 0, 0, 0, 3, 2, 0, 1, 2, 2, 1, 0, 2, 1, 0, 2, 1, 2, 0, 3, 3, 1, 0, 0, 0, 3, 2, 0, 1, 2, 2, 1, 0, 2, 1, 0, 2],
        alpha: nil)
    // grey4: greyscale, 4 bits
    //   png(5, 3, 4, 0, image(5, 3, 1, 15, 5), filters=(0, 1, 2, 3, 4))
    static let grey4 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAUAAAADBAAAAAC7rXclAAAAFElEQVR42mPo5itgFFXbypT+RwAAEs4DcPMjxM0AAAAASUVORK5CYII=",
        width: 5, height: 3, scale: 15, rgb: [8, 11, 0, 14, 7, 1, 5, 3, 11, 15, 7, 12, 3, 7, 0, 8, 11, 0, 14, 7, 1, 5, 3, 11, 15, 7, 12, 3, 7, 0, 8, 11, 0, 14, 7, 1, 5, 3, 11, 15, 7, 12, 3, 7, 0],
        alpha: nil)
    // rgb8: truecolour, 8 bits
    //   png(6, 5, 8, 2, image(6, 5, 3, 255, 6), filters=(0, 1, 2, 3, 4))
    static let rgb8 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAYAAAAFCAIAAADpOgqxAAAAaklEQVR42gFfAKD/ACn4hRIASvC/owuL+mXTMGKHLQHZqy/gJlEqX+SyAbPRh+L9VsACpDFs/WytggslCjOrkbpNCPinAxiaXRadVkcXm0ef3eCF30AV5QSO3BhD9i90Euub9KeXjSIS53crtixgKRfIkAAAAABJRU5ErkJggg==",
        width: 6, height: 5, scale: 255, rgb: [41, 18, 240, 11, 101, 98, 217, 185, 227, 149, 102, 99, 125, 182, 101, 159, 247, 107, 86, 156, 199, 250, 216, 225, 228, 39, 155, 98, 249, 11, 248, 0, 191, 139, 211, 135, 171, 209, 48, 49, 184, 14, 220, 61, 59, 100, 114, 6, 8, 191, 148, 27, 203, 125, 228, 218, 209, 136, 88, 63, 133, 74, 163, 250, 48, 45, 47, 128, 100, 23, 249, 185, 155, 45, 137, 194, 70, 96, 170, 193, 64, 94, 49, 45, 194, 241, 43, 231, 9, 128],
        alpha: nil)
    // rgb16: truecolour, 16 bits
    //   png(4, 5, 16, 2, image(4, 5, 3, 65535, 7), filters=(0, 1, 2, 3, 4))
    static let rgb16 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAFEAIAAAC9XwbPAAAAiElEQVR42gF9AIL/AKXNTTzKJhi4JRYwMbs7HbJt7BMyLAHeBgHWGiPEezhYV7aWowsR8ZnyAWmMt6cXUoUCQb8haxkPqChwgR4MXo/qPBUXlRelR8CxAxW5/G0fUIPLpz5OdiHWTU1PVPIyrNnniQRc1QtkMEf/hdXvRfal7XZzV1JDmS/7c64h0zWOqnUqJQAAAABJRU5ErkJggg==",
        width: 4, height: 5, scale: 65535, rgb: [42445, 6328, 47931, 4914, 54810, 11889, 16226, 51993, 6105, 54937, 40433, 24624, 8229, 65066, 61027, 39291, 31994, 64895, 37740, 54804, 19772, 9494, 7602, 11265, 9156, 55642, 29260, 6499, 17455, 18907, 23688, 48810, 7812, 56045, 59399, 32561, 10728, 45020, 9594, 21621, 51750, 12337, 28140, 56838, 31544, 7747, 8108, 28977, 37959, 15439, 13507, 12770, 26995, 41175, 47393, 23562, 39354, 58829, 15475, 44833],
        alpha: nil)
    // palette8: palette, 8 bits, tRNS shorter than PLTE
    //   png(6, 4, 8, 3, image(6, 4, 1, 5, 8), filters=(0, 1, 2, 3, 4), plte=[(255, 0, 0), (0, 255, 0), (0, 0, 255), (12, 34, 56), (200, 100, 50), (1, 2, 3)], trns=b'\x00\x80\xff\x07')
    static let palette8 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAYAAAAECAMAAACa2r5xAAAAElBMVEX/AAAA/wAAAP8MIjjIZDIBAgMIpak9AAAABHRSTlMAgP8HX+YVywAAACBJREFUeNoFwYENAAAIwjAG8f+LFVvhwCChrDN1HTfHPi4tBh/Ewpt9AAAAAElFTkSuQmCC",
        width: 6, height: 4, scale: 255, rgb: [0, 0, 12, 0, 0, 1, 255, 255, 0, 0, 200, 0, 12, 1, 255, 12, 12, 12, 12, 12, 200, 0, 12, 255, 255, 0, 34, 255, 255, 2, 0, 0, 255, 255, 100, 255, 34, 2, 0, 34, 34, 34, 34, 34, 100, 255, 34, 0, 0, 255, 56, 0, 0, 3, 0, 0, 0, 0, 50, 0, 56, 3, 0, 56, 56, 56, 56, 56, 50, 0, 56, 0],
        alpha: [128, 255, 7, 128, 128, 255, 0, 0, 128, 128, 255, 128, 7, 255, 0, 7, 7, 7, 7, 7, 255, 128, 7, 0])
    // palette4: palette, 4 bits, no tRNS
    //   png(7, 3, 4, 3, image(7, 3, 1, 5, 9), filters=(0, 1, 2, 3, 4), plte=[(255, 0, 0), (0, 255, 0), (0, 0, 255), (12, 34, 56), (200, 100, 50), (1, 2, 3)])
    static let palette4 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAcAAAADBAMAAACt7Qj2AAAAElBMVEX/AAAA/wAAAP8MIjjIZDIBAgMIpak9AAAAF0lEQVR42mMwURIMYGRy/PuAyYlX+AMAGXsELRCD94gAAAAASUVORK5CYII=",
        width: 7, height: 3, scale: 255, rgb: [12, 200, 0, 0, 0, 0, 1, 255, 0, 200, 12, 200, 255, 0, 200, 200, 1, 255, 1, 12, 0, 34, 100, 0, 0, 255, 255, 2, 0, 0, 100, 34, 100, 0, 0, 100, 100, 2, 0, 2, 34, 255, 56, 50, 255, 255, 0, 0, 3, 0, 255, 50, 56, 50, 0, 255, 50, 50, 3, 0, 3, 56, 0],
        alpha: nil)
    // palette2: palette, 2 bits
    //   png(5, 3, 2, 3, image(5, 3, 1, 3, 10), filters=(0, 1, 2, 3, 4), plte=[(255, 0, 0), (0, 255, 0), (0, 0, 255), (12, 34, 56)], trns=b'\n')
    static let palette2 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAUAAAADAgMAAAAmWC1rAAAADFBMVEX/AAAA/wAAAP8MIjh9FEE+AAAAAXRSTlMKoDMxeAAAABFJREFUeNpjsHFg/MnO9KIBAAr+Auj87jh5AAAAAElFTkSuQmCC",
        width: 5, height: 3, scale: 255, rgb: [255, 12, 12, 255, 0, 12, 12, 0, 0, 255, 12, 0, 255, 0, 0, 0, 34, 34, 0, 255, 34, 34, 0, 255, 0, 34, 0, 0, 255, 0, 0, 56, 56, 0, 0, 56, 56, 255, 0, 0, 56, 255, 0, 0, 255],
        alpha: [10, 255, 255, 10, 255, 255, 255, 255, 255, 10, 255, 255, 10, 255, 255])
    // palette1: palette, 1 bit
    //   png(9, 2, 1, 3, image(9, 2, 1, 1, 11), filters=(0, 1, 2, 3, 4), plte=[(255, 0, 0), (0, 255, 0)])
    static let palette1 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAkAAAACAQMAAACwmGSQAAAABlBMVEX/AAAA/wDSh+9xAAAADklEQVR42mN40sDYUwIACAkCZusgAYcAAAAASUVORK5CYII=",
        width: 9, height: 2, scale: 255, rgb: [0, 0, 0, 255, 255, 0, 255, 255, 0, 0, 255, 255, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 255, 0, 0, 255, 255, 0, 0, 0, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        alpha: nil)
    // greyAlpha8: greyscale + alpha, 8 bits
    //   png(5, 4, 8, 4, image(5, 4, 2, 255, 12), filters=(0, 1, 2, 3, 4))
    static let greyAlpha8 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAUAAAAECAQAAADsOj3LAAAAN0lEQVR42gEsANP/APKJs0nDBb/3jOsBdADW4XJy8Rhx+wKyrIVLTczFw7p9AyaCwR4su/UGNlAFXRXscPeetgAAAABJRU5ErkJggg==",
        width: 5, height: 4, scale: 255, rgb: [242, 179, 195, 191, 140, 116, 74, 188, 173, 30, 38, 207, 9, 114, 216, 57, 69, 83, 87, 205, 242, 179, 195, 191, 140, 116, 74, 188, 173, 30, 38, 207, 9, 114, 216, 57, 69, 83, 87, 205, 242, 179, 195, 191, 140, 116, 74, 188, 173, 30, 38, 207, 9, 114, 216, 57, 69, 83, 87, 205],
        alpha: [137, 73, 5, 247, 235, 0, 225, 83, 107, 102, 172, 44, 31, 46, 227, 216, 160, 26, 42, 214])
    // greyAlpha16: greyscale + alpha, 16 bits
    //   png(3, 3, 16, 4, image(3, 3, 2, 65535, 13), filters=(0, 1, 2, 3, 4))
    static let greyAlpha16 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAMAAAADEAQAAACssaF3AAAAMklEQVR42gEnANj/AISclN5fF3YLS1hzSAFf70KrxVQr2nKaotMCfQn+/uMgILW1QBwmUWMRVugEZ9QAAAAASUVORK5CYII=",
        width: 3, height: 3, scale: 65535, rgb: [33948, 24343, 19288, 24559, 9283, 38621, 56568, 1891, 19229, 33948, 24343, 19288, 24559, 9283, 38621, 56568, 1891, 19229, 33948, 24343, 19288, 24559, 9283, 38621, 56568, 1891, 19229],
        alpha: [38110, 30219, 29512, 17067, 28037, 3928, 16553, 36154, 11134])
    // rgba8: truecolour + alpha, 8 bits
    //   png(5, 4, 8, 6, image(5, 4, 4, 255, 14), filters=(0, 1, 2, 3, 4))
    static let rgba8 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAUAAAAECAYAAABGM/VAAAAAX0lEQVR42gFUAKv/ADZ+ioKVJeab7svJPIZyobeFuExSAYxUBSOyWAkHTry1pFTIdux8AMCpAv6TatVS1iYUoSbMbi4imYDTqfzzA4B2Z3xBKmyV9zwXQp5YVfBwn1a6mUAoBaIHVCAAAAAASUVORK5CYII=",
        width: 5, height: 4, scale: 255, rgb: [54, 149, 238, 134, 133, 140, 62, 140, 224, 92, 138, 144, 45, 14, 47, 197, 235, 131, 230, 250, 126, 37, 203, 114, 184, 84, 172, 104, 48, 48, 231, 130, 142, 82, 217, 233, 223, 242, 250, 136, 138, 230, 201, 161, 76, 5, 14, 195, 57, 249, 111, 52, 143, 210, 245, 158, 213, 201, 34, 225],
        alpha: [130, 155, 60, 183, 82, 35, 42, 206, 186, 99, 248, 62, 60, 58, 86, 248, 48, 120, 73, 9])
    // rgba16: truecolour + alpha, 16 bits
    //   png(4, 3, 16, 6, image(4, 3, 4, 65535, 15), filters=(0, 1, 2, 3, 4))
    static let rgba16 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAQAAAADEAYAAADkZHKFAAAAbklEQVR42gFjAJz/AGr/BfcShVDnelcIpBwiS2S8DXq7O/itGO7CtiOPqMjYAYbRsE11DGmoLwfwJf1UM9Qib9YGd9w6fSNosvUD2uJUAlob8Q9xp2bBbN1bkJc5yLhwkOKxH6q8xgO/JT1HDIM0B3MugHXEzF4AAAAASUVORK5CYII=",
        width: 4, height: 3, scale: 65535, rgb: [27391, 31319, 48141, 61122, 34513, 46552, 55111, 64175, 57580, 8629, 18391, 64878, 1527, 2212, 31419, 46627, 45133, 41074, 30328, 10349, 41308, 64258, 22569, 19882, 4741, 7202, 15352, 36776, 29964, 29280, 59708, 60438, 59059, 2457, 2278, 13090],
        alpha: [20711, 19300, 44312, 51416, 27048, 40060, 55033, 47181, 53097, 25652, 37567, 15233])
    // greyKey: greyscale with a tRNS colour key (grey 77), pixels (0, 0) and (3, 2) set to it
    //   png(4, 3, 8, 0, image(4, 3, 1, 255, 16), trns=b'\x00M')
    static let greyKey = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAAAAACRn/EaAAAAAnRSTlMATX7+8BUAAAAXSURBVHjaY/D98G0iw9WSJ0wMF1sqfQE5rAcPXnXPIQAAAABJRU5ErkJggg==",
        width: 4, height: 3, scale: 255, rgb: [77, 240, 246, 145, 213, 116, 228, 2, 209, 132, 121, 77, 77, 240, 246, 145, 213, 116, 228, 2, 209, 132, 121, 77, 77, 240, 246, 145, 213, 116, 228, 2, 209, 132, 121, 77],
        alpha: [0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0])
    // rgbKey: truecolour 16 bits with a tRNS colour key, pixels (0, 0) and (3, 2) set to it
    //   png(4, 3, 16, 2, image(4, 3, 3, 65535, 17), trns=b'\x03\xe8\x07\xd0\x0b\xb8')
    static let rgbKey = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAQAAAADEAIAAABrBuXSAAAABnRSTlMD6AfQC7jGhhbdAAAAUklEQVR42mNgfsF+gXvHFM/Igr4qi3TeU/UFRzZdu9howbCo7exct2z56+7zUpb4umS3ray1t1bOnufPcPGA5qtPez0aLtquseJUvDt13wSIGQAGTSKw0N8BdAAAAABJRU5ErkJggg==",
        width: 4, height: 3, scale: 65535, rgb: [1000, 37961, 14439, 50354, 41606, 8151, 19780, 16187, 53696, 18560, 2337, 1000, 2000, 22896, 3530, 54993, 52637, 18334, 27526, 9067, 10730, 53565, 56725, 2000, 3000, 36474, 32624, 33080, 18027, 25764, 43389, 40527, 62141, 44090, 48784, 3000],
        alpha: [0, 65535, 65535, 65535, 65535, 65535, 65535, 65535, 65535, 65535, 65535, 0])
    // interlacedRGB8: Adam7, 8-bit truecolour, every pass present
    //   png(7, 5, 8, 2, image(7, 5, 3, 255, 18), interlace=1, filters=(0, 1, 2, 3, 4))
    static let interlacedRGB8 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAcAAAAFCAIAAAFx/1EZAAAAf0lEQVR42gF0AIv/AFw+5QGHZIEC3gnYzvXxA/r8XfvYSwQI7tZWBF8AUmFp9TNnLftLKH8vAat6ZUodhUcPbwI0yWuPFga4p6ED2zJynQPzWOWKBGa7Z5azMouVFkhtIOIbu+qvBlkQbQC0aMkDRCz0zM9cxdVCisu4SautmkC2bDRm5h6kaAAAAABJRU5ErkJggg==",
        width: 7, height: 5, scale: 255, rgb: [92, 171, 250, 245, 135, 60, 120, 102, 252, 135, 207, 177, 155, 244, 82, 223, 245, 132, 45, 244, 40, 180, 3, 244, 92, 66, 184, 173, 222, 74, 2, 4, 206, 212, 88, 62, 122, 252, 151, 100, 166, 86, 187, 110, 3, 112, 139, 58, 74, 97, 67, 51, 173, 251, 77, 127, 104, 68, 204, 197, 138, 73, 154, 9, 83, 234, 131, 245, 77, 90, 229, 101, 93, 234, 129, 89, 121, 103, 153, 175, 207, 138, 144, 253, 105, 208, 103, 240, 75, 250, 47, 201, 44, 207, 213, 203, 171, 64, 216, 218, 51, 216, 241, 115, 188],
        alpha: nil)
    // interlacedRGBA16: Adam7, 16-bit truecolour + alpha
    //   png(9, 9, 16, 6, image(9, 9, 4, 65535, 19), interlace=1, filters=(0, 1, 2, 3, 4))
    static let interlacedRGBA16 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAkAAAAJEAYAAAHHBurFAAACpklEQVR42gGbAmT9ABYlPcpmJMl9USnQEnc2NyYBJKsM2/iGdHKrvQCQ7BwOMwILtGc8JD5ntANlrPL8zb1+WQS5Qy/1ok3fsZuIwaGUa0/o6nHzzwv69lwANyCFWNLgp5wybdQxCJoy3wGXb4YmjG0tOQ+s93KFnGCtAsCgnUHUlFNuYDeYrXWREIQDndsXNSeRax3Um+Th1L/TMhqOyTbknNgX2y8CdLBC4FQ+VnAj/o9gGATY7zjAw7T0Kr6jMfoXAHOjcy2rg4XwEQ9opw9uLiA7sQS9SpmSAoThALHAlCdL6IWsiSs3Haann0M6T+lFxvElvNirysjhb5kdAZ9f11kz3u0KulEISFnUOY05qRB+rcNBPHIk1dhb561NAhySExqIFir5GkLpAISRMaeAT/AX3mzg411khwbriIDpA5f/t84xc8Ksd0QQqjCSZoa65leH/OuR2F73f8wc1jyqBGYRMtPHfveNCoTKGaR+3B+IaZdwVCQzbnkKRTbgyoOzAGomx9JiDkbvRPH8kjWT6ogDj+i09aI9VvXb/O289ttKXfMBd31hLt0NQO6UwNPnUjoxhp9Bu/OEkULmA86NlhNXk+wN4J+aMwGihx+CDJOP08lKAVdYVQeig8MlukGt70auHE2VNjFvPYNM4Fh0SiAcy67JxOSlcU0FXYfpc1QjYc4cnZs97gEOc02HffCSaw4CRLKAh8Ma5EpKVxQMF3vu2FjabMtGE+xxSWkJgkPJ7GAgO+/z0ZboelbRiqlcInXuxFIly3NoMSxQaBSfu3HT+wRH5mAC9zHrA8sb1haxnPQIcXb0ycle18UriZN1IJFuI9hKxETuR26ypzSemYNwwLcNDj9lVncJBwqcJYCtXaRNyken8iF1UvR/v3iNu192eVq7QLuvPgSTAAAAAElFTkSuQmCC",
        width: 9, height: 9, scale: 65535, rgb: [5669, 45504, 14112, 35115, 2996, 14927, 12909, 55467, 20777, 27174, 17649, 911, 62939, 24051, 3392, 14897, 37186, 22419, 40411, 40799, 8712, 22960, 11154, 37465, 61560, 1149, 46738, 41607, 27601, 61076, 40112, 8188, 60074, 61191, 48419, 12400, 47427, 48113, 38767, 29682, 21707, 4776, 42523, 25057, 15932, 58937, 46376, 18030, 58649, 16183, 16507, 45913, 3467, 13495, 30154, 62583, 57515, 11000, 21464, 55478, 22655, 64194, 23631, 15927, 60069, 49938, 44127, 7295, 15243, 33038, 4499, 41316, 9387, 23176, 22287, 13436, 27142, 24805, 1618, 55791, 53096, 15818, 37927, 34136, 14109, 26428, 59717, 54321, 51912, 53266, 51154, 64658, 59572, 64749, 375, 61076, 34463, 58883, 60429, 5941, 55129, 61435, 57249, 16563, 61215, 8909, 50423, 33161, 8066, 8409, 17811, 37416, 29312, 15172, 49709, 24520, 58949, 12277, 60019, 34342, 51361, 61590, 57142, 32152, 19453, 58213, 40713, 13541, 45406, 39850, 24947, 50669, 59384, 29543, 52389, 20469, 11271, 8437, 35582, 52022, 2849, 55972, 43611, 9250, 9498, 8264, 64456, 36861, 5713, 44036, 61182, 22436, 2353, 3291, 24282, 9063, 21527, 9498, 41607, 5445, 61373, 3179, 26148, 19432, 53984, 42663, 9278, 50929, 2202, 57711, 30518, 25102, 13715, 62882, 48374, 32097, 49363, 16827, 52877, 57503, 10129, 13278, 59143, 36018, 22431, 14709, 56209, 37980, 27607, 3219, 25832, 42389, 56262, 20240, 13237, 42505, 58359, 54153, 41549, 48116, 35949, 4163, 14008, 6113, 4361, 32740, 16818, 53165, 31587, 60328, 7823, 8358, 36823, 6513, 40552, 54656, 59973, 36589, 263, 32554, 34447, 18288, 2479, 32640, 39897, 6386, 4616, 40681, 19459, 47556, 64068, 14007, 35588, 27553, 63622, 21867, 24577, 63912, 57308, 19916, 34458, 24470, 58530],
        alpha: [51581, 34220, 42908, 40771, 26548, 9660, 13023, 39197, 14118, 18159, 60040, 15702, 56138, 11997, 59218, 62340, 38419, 39475, 27421, 60682, 2112, 9879, 56375, 26579, 20079, 5152, 34639, 36819, 38517, 34235, 62712, 5140, 34145, 43202, 43472, 5342, 57265, 5891, 11577, 22334, 11929, 18358, 36326, 37897, 9461, 29469, 33869, 28972, 57432, 64654, 64079, 55790, 31947, 17865, 24391, 52653, 31722, 63739, 60921, 12464, 35242, 40454, 3408, 11542, 12278, 48820, 15672, 23578, 46139, 27361, 50634, 64322, 29810, 50234, 32935, 54476, 45491, 25374, 40298, 8633, 33445])
    // interlacedGrey2: Adam7, 2-bit greyscale, passes 2, 3 and 5 empty
    //   png(3, 2, 2, 0, image(3, 2, 1, 3, 20), interlace=1, filters=(0, 1, 2, 3, 4))
    static let interlacedGrey2 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAMAAAACAgAAAAGFqBHxAAAAEElEQVR42mNwYGRgamCeAAAD7AFXqq3hwwAAAABJRU5ErkJggg==",
        width: 3, height: 2, scale: 3, rgb: [1, 2, 0, 2, 1, 0, 1, 2, 0, 2, 1, 0, 1, 2, 0, 2, 1, 0],
        alpha: nil)
    // interlacedPalette1: Adam7, 1x1 palette image: only pass 1
    //   png(1, 1, 1, 3, image(1, 1, 1, 1, 21), interlace=1, plte=[(255, 0, 0), (0, 255, 0)])
    static let interlacedPalette1 = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABAQMAAAFS3GZcAAAABlBMVEX/AAAA/wDSh+9xAAAACklEQVR42mNgAAAAAgAB5Sfe/AAAAABJRU5ErkJggg==",
        width: 1, height: 1, scale: 255, rgb: [255, 0, 0],
        alpha: nil)
    // split: IDAT split over 3 chunks, tEXt and gAMA chunks before PLTE
    //   png(6, 5, 8, 2, image(6, 5, 3, 255, 22), filters=(0, 1, 2, 3, 4), parts=3, extra=b'\x00\x00\x00\x16tEXtComment\x00made by python\x993\x93\xa3\x00\x00\x00\x04gAMA\x00\x00\xb1\x8f\x0b\xfca\x05')
    static let split = Case(
        png: "iVBORw0KGgoAAAANSUhEUgAAAAYAAAAFCAIAAADpOgqxAAAAFnRFWHRDb21tZW50AG1hZGUgYnkgcHl0aG9umTOTowAAAARnQU1BAACxjwv8YQUAAAAkSURBVHjaAV8AoP8AR3wM5F49sCh2iRmjW9wYCoefAddhXGK+S3Jlt0sO8c8AAAAkSURBVB4b6sbrFk6PUQI5dSRYsiSzGWECbVBOUM9RygcDKnKOvI2ukKPHxJ0AAAAiSURBVIOVHlzzLCJwPdcCBC8GRL/gVWYXMp/b6NxWixQvVBwvJmdLrkQRAAAAAElFTkSuQmCC",
        width: 6, height: 5, scale: 255, rgb: [71, 228, 176, 137, 91, 10, 215, 57, 171, 201, 143, 221, 16, 145, 94, 203, 221, 46, 50, 29, 205, 234, 15, 91, 97, 32, 51, 210, 235, 255, 124, 94, 40, 25, 220, 135, 97, 31, 132, 159, 138, 25, 214, 209, 157, 12, 218, 227, 221, 100, 3, 99, 192, 168, 227, 68, 26, 62, 22, 69, 12, 61, 118, 163, 24, 159, 92, 167, 94, 72, 94, 175, 128, 203, 191, 152, 45, 182, 206, 122, 49, 87, 178, 182, 18, 103, 99, 75, 61, 145],
        alpha: nil)
    // huge: IHDR claims 100000 x 100000 pixels
    //   b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 100000, 100000, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(b'')) + chunk(b'IEND', b'')
    static let huge = "iVBORw0KGgoAAAANSUhEUgABhqAAAYagCAIAAAAnMJyfAAAACElEQVR4nAMAAAAAAUgGidIAAAAASUVORK5CYII="
    // badFilter: row 0 uses filter type 5
    //   png(2, 1, 8, 0, None, raw=b'\x05\x01\x02')
    static let badFilter = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAAAAADRSSBWAAAAC0lEQVR42mNlZAIAABYACc5YL1EAAAAASUVORK5CYII="
    // paletteIndex: pixel (1, 0) uses palette index 5 of 2
    //   png(2, 1, 8, 3, None, plte=[(0, 0, 0), (9, 9, 9)], raw=b'\x00\x01\x05')
    static let paletteIndex = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAMAAADD/I+4AAAABlBMVEUAAAAJCQkCqIGtAAAAC0lEQVR42mNgZAUAAAoAB2k5Zp4AAAAASUVORK5CYII="
    // shortData: image data holds 2 rows of 3
    //   png(3, 3, 8, 0, [[(1,), (2,), (3,)]] * 3, raw=raw_data(3, 2, 8, 0, [[(1,), (2,), (3,)]] * 3))
    static let shortData = "iVBORw0KGgoAAAANSUhEUgAAAAMAAAADCAAAAABzQ+pjAAAADklEQVR42mNgZGJmAGIAADQADW5LyYYAAAAASUVORK5CYII="
    // longData: image data holds 4 rows of 3
    //   png(3, 3, 8, 0, [[(1,), (2,), (3,)]] * 3, raw=raw_data(3, 4, 8, 0, [[(1,), (2,), (3,)]] * 4))
    static let longData = "iVBORw0KGgoAAAANSUhEUgAAAAMAAAADCAAAAABzQ+pjAAAADklEQVR42mNgZGJmQMIAAMgAGZVY89gAAAAASUVORK5CYII="
    // noPLTE: colour type 3 without PLTE
    //   png(2, 1, 8, 3, [[(0,), (1,)]])
    static let noPLTE = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAMAAADD/I+4AAAAC0lEQVR42mNgYAQAAAQAAizeSK0AAAAASUVORK5CYII="
    // plteInGrey: PLTE with greyscale
    //   png(2, 1, 8, 0, [[(0,), (1,)]], plte=[(1, 2, 3)])
    static let plteInGrey = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAAAAADRSSBWAAAAA1BMVEUBAgMNh2TVAAAAC0lEQVR42mNgYAQAAAQAAizeSK0AAAAASUVORK5CYII="
    // trnsBeforePlte: tRNS before PLTE
    //   png(2, 1, 8, 3, [[(0,), (1,)]], extra=chunk(b'tRNS', b'\x00'), plte=[(1, 2, 3), (4, 5, 6)])
    static let trnsBeforePlte = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAMAAADD/I+4AAAAAXRSTlMAQObYZgAAAAZQTFRFAQIDBAUGlVNvSAAAAAtJREFUeNpjYGAEAAAEAAIs3kitAAAAAElFTkSuQmCC"
    // trnsWithAlpha: tRNS with colour type 6
    //   png(1, 1, 8, 6, [[(1, 2, 3, 4)]], trns=b'\x00\x01')
    static let trnsWithAlpha = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAAnRSTlMAAQGU/a4AAAANSURBVHjaY2BkYmYBAAAZAAs4BFS0AAAAAElFTkSuQmCC"
    // idatInterrupted: a tEXt chunk between two IDAT chunks
    //   (lambda p: p[:p.rindex(b'IDAT') - 4] + chunk(b'tEXt', b'a\x00b') + p[p.rindex(b'IDAT') - 4:])(png(3, 3, 8, 0, [[(1,), (2,), (3,)]] * 3, parts=2))
    static let idatInterrupted = "iVBORw0KGgoAAAANSUhEUgAAAAMAAAADCAAAAABzQ+pjAAAAB0lEQVR42mNgZGJmfAQuCwAAAAN0RVh0YQBi3EmiOwAAAAdJREFUgGIAAHIAE1e3YmcAAAAASUVORK5CYII="
    // unknownCritical: unknown critical chunk ABCD
    //   png(1, 1, 8, 0, [[(1,)]], extra=chunk(b'ABCD', b''))
    static let unknownCritical = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAAAEFCQ0TbFyClAAAACklEQVR42mNgBAAAAwAC5n2nZwAAAABJRU5ErkJggg=="
    // badDepth: colour type 2 with bit depth 4
    //   b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 2, 2, 4, 2, 0, 0, 0)) + chunk(b'IEND', b'')
    static let badDepth = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACBAIAAAA4JHdyAAAAAElFTkSuQmCC"
    // zeroWidth: width 0
    //   b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 0, 2, 8, 2, 0, 0, 0)) + chunk(b'IEND', b'')
    static let zeroWidth = "iVBORw0KGgoAAAANSUhEUgAAAAAAAAACCAIAAAD5IUpOAAAAAElFTkSuQmCC"
    // plteTooLong: 3 palette entries at bit depth 1
    //   png(1, 1, 1, 3, [[(0,)]], plte=[(0, 0, 0)] * 3)
    static let plteTooLong = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABAQMAAAAl21bKAAAACVBMVEUAAAAAAAAAAACDY+nAAAAACklEQVR42mNgAAAAAgAB5Sfe/AAAAABJRU5ErkJggg=="

    // encoderRGB / encoderRGBA: what PNGEncoder must write — the same chunks, with zlib level 0
    // (stored blocks, header 78 01):
    //   png(3, 2, 8, 2, [[(255, 0, 0), (0, 255, 0), (0, 0, 255)], [(0, 0, 0), (128, 128, 128), (255, 255, 255)]], level=0)
    static let encoderRGB = "iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAH0lEQVR4AQEUAOv/AP8AAAD/AAAA/wAAAACAgID///86YQd7lDlb8wAAAABJRU5ErkJggg=="
    //   png(2, 2, 8, 6, [[(10, 20, 30, 0), (40, 50, 60, 128)], [(70, 80, 90, 255), (1, 2, 3, 4)]], level=0)
    static let encoderRGBA = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAHUlEQVR4AQESAO3/AAoUHgAoMjyAAEZQWv8BAgMEGz0DTCp3ud4AAAAASUVORK5CYII="

    static func bytes(_ base64: String) -> [UInt8] {
        [UInt8](Data(base64Encoded: base64, options: .ignoreUnknownCharacters) ?? Data())
    }
}
