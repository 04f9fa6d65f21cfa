import Foundation

/// Colours for the charts: a categorical set that colour-blind readers can tell apart, and a
/// perceptually uniform sequential scale for heat maps.
enum Palette {
    /// Text and axis colour.
    static let ink = "#222222"
    /// Grid lines.
    static let grid = "#dddddd"
    /// Axis lines.
    static let axis = "#555555"
    /// Cells without data.
    static let missing = "#eeeeee"
    /// Font stack installed on every desktop; no web fonts are ever fetched.
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"

    /// The Okabe–Ito colours (distinguishable with the common colour-vision deficiencies),
    /// without its yellow, which is unreadable on white, followed by darker variants for charts
    /// with more series than that.
    private static let categorical = [
        "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#999999", "#000000",
        "#7F6000", "#004C7A", "#8C2F00", "#00664A", "#8E4C73", "#5B5B5B",
    ]

    /// The `index`-th categorical colour; repeats after the last.
    static func category(_ index: Int) -> String {
        categorical[((index % categorical.count) + categorical.count) % categorical.count]
    }

    /// What a reader calls the `index`-th categorical colour, for legends written as text.
    static func colourName(_ index: Int) -> String {
        let names = ["blue", "orange", "green", "vermilion", "sky blue", "pink", "grey", "black",
                     "olive", "dark blue", "dark red", "dark green", "plum", "dark grey"]
        return names[((index % names.count) + names.count) % names.count]
    }

    /// Cores that did no work in a heat map (distinct from `missing`, cores without data).
    static let noWork = "#ffffff"

    /// A fixed colour per energy component, so a component looks the same in every chart and
    /// every report, and components shown together (accumulate and synaptic_read always are)
    /// differ in hue: the Okabe–Ito colours first, then distinct darker hues. Components this
    /// list does not know take categorical colours after it.
    static let components: [(name: String, colour: String)] = [
        ("accumulate", "#0072B2"), ("synaptic_read", "#E69F00"), ("membrane_read", "#009E73"),
        ("membrane_write", "#CC79A7"), ("dram", "#D55E00"), ("noc", "#56B4E9"), ("spike", "#000000"),
        ("leakage", "#999999"), ("encoder_mac", "#7F6000"), ("pool_compare", "#6A3D9A"),
    ]

    /// The colour of energy component `name`; unknown names take the `unknownIndex`-th colour
    /// of the categorical set.
    static func component(_ name: String, unknownIndex: Int) -> String {
        components.first { $0.name == name }?.colour ?? category(unknownIndex)
    }

    /// Ten evenly spaced samples of the viridis colour map (dark purple → yellow), which stays
    /// ordered in lightness and survives greyscale printing.
    private static let viridis: [(Double, Double, Double)] = [
        (68, 1, 84), (72, 40, 120), (62, 73, 137), (49, 104, 142), (38, 130, 142),
        (31, 158, 137), (53, 183, 121), (109, 205, 89), (180, 222, 44), (253, 231, 37),
    ]

    /// The sequential colour of `fraction` in 0...1 (clamped; non-finite counts as 0).
    static func sequential(_ fraction: Double) -> String {
        let (r, g, b) = sequentialRGB(fraction)
        return hex(r, g, b)
    }

    /// Black or white, whichever reads better on the sequential colour of `fraction`.
    static func textOnSequential(_ fraction: Double) -> String {
        let (r, g, b) = sequentialRGB(fraction)
        // Relative luminance with the sRGB weights; viridis passes mid-grey near 0.55.
        let luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
        return luminance > 0.45 ? "#000000" : "#ffffff"
    }

    private static func sequentialRGB(_ fraction: Double) -> (Double, Double, Double) {
        let t = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let scaled = t * Double(viridis.count - 1)
        let lower = min(viridis.count - 2, Int(scaled))
        let f = scaled - Double(lower)
        let a = viridis[lower], b = viridis[lower + 1]
        return (a.0 + (b.0 - a.0) * f, a.1 + (b.1 - a.1) * f, a.2 + (b.2 - a.2) * f)
    }

    private static func hex(_ r: Double, _ g: Double, _ b: Double) -> String {
        String(format: "#%02x%02x%02x", Int(r.rounded()), Int(g.rounded()), Int(b.rounded()))
    }
}
