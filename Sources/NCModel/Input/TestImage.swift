import Foundation

/// The built-in deterministic test image: a 640x480 synthetic street scene (sky, sun, house,
/// road, car, person, textured ground), letterboxed to the model's input size the way
/// ultralytics' `LetterBox` does (aspect kept, centred, padding grey 114/255). Rendered
/// analytically at the target size, so every machine gets the same pixels.
public enum TestImage {
    /// Width of the scene before letterboxing.
    public static let sceneWidth = 640
    /// Height of the scene before letterboxing.
    public static let sceneHeight = 480

    /// The scene letterboxed to `height` x `width`.
    public static func make(height: Int, width: Int) -> InputImage {
        let r = min(Double(height) / Double(sceneHeight), Double(width) / Double(sceneWidth))
        let newW = Int((Double(sceneWidth) * r).rounded()), newH = Int((Double(sceneHeight) * r).rounded())
        let left = Int((Double(width - newW) / 2 - 0.1).rounded()), top = Int((Double(height - newH) / 2 - 0.1).rounded())
        var values = [Float](repeating: 114.0 / 255.0, count: 3 * height * width)
        let plane = height * width
        for y in 0..<height {
            for x in 0..<width {
                let cx = x - left, cy = y - top
                guard cx >= 0, cx < newW, cy >= 0, cy < newH else { continue }
                let u = (Double(cx) + 0.5) / r, v = (Double(cy) + 0.5) / r
                let (red, green, blue) = scene(u, v)
                let i = y * width + x
                values[i] = Float(red)
                values[plane + i] = Float(green)
                values[2 * plane + i] = Float(blue)
            }
        }
        // The values are finite and the sizes positive by construction.
        guard let image = try? InputImage(channels: 3, height: height, width: width, values: values) else {
            preconditionFailure("test image construction failed")
        }
        return image
    }

    /// The colour at scene coordinates `(u, v)` (pixels of the 640x480 scene), each in [0, 1].
    static func scene(_ u: Double, _ v: Double) -> (Double, Double, Double) {
        var c: (Double, Double, Double)
        let horizon = 280.0
        if v < horizon {
            let t = v / horizon
            c = (0.35 + 0.4 * t, 0.55 + 0.3 * t, 0.9 - 0.1 * t)  // sky
            let d = hypot(u - 520, v - 80)
            if d < 38 { c = (1.0, 0.9, 0.45) } else if d < 60 { c = mix(c, (1.0, 0.85, 0.5), (60 - d) / 22 * 0.6) }
        } else {
            let t = (v - horizon) / (480 - horizon)
            c = (0.3 + 0.1 * t, 0.5 - 0.15 * t, 0.2)  // grass
            if abs(u - 320 - (v - horizon) * 0.9) < 40 + (v - horizon) * 0.8 { c = (0.35, 0.35, 0.37) }  // road
        }
        // House: walls, roof, door, windows.
        if u > 60, u < 240, v > 170, v < 300 { c = (0.78, 0.68, 0.52) }
        if v > 100, v <= 170, abs(u - 150) < (v - 100) * 1.35 { c = (0.55, 0.18, 0.15) }
        if u > 130, u < 170, v > 230, v < 300 { c = (0.35, 0.22, 0.12) }
        for wx in [80.0, 190.0] where u > wx && u < wx + 32 && v > 195 && v < 225 { c = (0.6, 0.8, 0.95) }
        // Car: body, cabin, wheels.
        if u > 330, u < 470, v > 330, v < 380 { c = (0.8, 0.12, 0.1) }
        if u > 360, u < 440, v > 300, v <= 330 { c = (0.7, 0.1, 0.1) }
        if u > 368, u < 432, v > 306, v < 328 { c = (0.55, 0.7, 0.85) }
        for wx in [360.0, 440.0] where hypot(u - wx, v - 382) < 17 { c = (0.08, 0.08, 0.08) }
        // Person: head, torso, legs.
        if hypot(u - 560, v - 262) < 14 { c = (0.9, 0.75, 0.6) }
        if u > 545, u < 575, v > 276, v < 340 { c = (0.15, 0.3, 0.65) }
        if u > 547, u < 573, v >= 340, v < 395, abs(u - 560) > 2 { c = (0.2, 0.2, 0.25) }
        // Fine texture so early layers see edges everywhere, not flat areas.
        let n = noise(Int(u), Int(v)) * 0.06 - 0.03
        return (clamp(c.0 + n), clamp(c.1 + n), clamp(c.2 + n))
    }

    static func mix(_ a: (Double, Double, Double), _ b: (Double, Double, Double), _ t: Double) -> (Double, Double, Double) {
        (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t, a.2 + (b.2 - a.2) * t)
    }

    static func clamp(_ x: Double) -> Double { min(1, max(0, x)) }

    /// A hash of the pixel coordinates in [0, 1).
    static func noise(_ x: Int, _ y: Int) -> Double {
        var h = UInt64(bitPattern: Int64(x &* 73_856_093 ^ y &* 19_349_663))
        h = (h ^ (h >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        h = (h ^ (h >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return Double((h ^ (h >> 33)) >> 11) / Double(1 << 53)
    }
}
