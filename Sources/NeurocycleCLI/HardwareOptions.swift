import Foundation
import NCHardware
import NCModel

/// `--hw`: a hardware config file, or the name of a preset compiled into the executable.
enum HardwareOptions {
    static let option = ("hw", "hardware config: a .json file, or a built-in preset name ("
        + HardwareConfig.builtinPresetNames.joined(separator: ", ") + "; default: default)")

    /// The config the arguments name (the built-in default when `--hw` is absent).
    static func config(_ args: ParsedArguments) throws -> HardwareConfig {
        guard let raw = args.string("hw") else { return HardwareConfig.builtinDefault }
        return try HardwareConfig.load(fileOrPreset: raw)
    }
}

extension HardwareOptions {
    /// The config the arguments name, computing in `precision` instead of its own arithmetic
    /// when one is given (`simulate --precision fp64`): a floating-point word is as wide as its
    /// format, so the bit widths follow.
    static func config(_ args: ParsedArguments, precision: Precision?) throws -> HardwareConfig {
        var config = try config(args)
        guard let precision else { return config }
        let arithmetic: CoreConfig.Arithmetic = precision == .fp64 ? .fp64 : .fp32
        config.core.arithmetic = arithmetic
        config.core.weightBits = arithmetic.floatBits ?? config.core.weightBits
        config.core.membraneBits = arithmetic.floatBits ?? config.core.membraneBits
        try config.validate()
        return config
    }
}
