import NCHardware
import NCReport

/// `neurocycle hw show [file | preset]`: the effective hardware config, every default filled in.
enum HardwareShowCommand {
    static let command = Command(
        spec: CommandSpec(name: "hw show", summary: "Print a hardware config (a file or a built-in preset) with every default filled in.",
                          usage: "[file | preset]", maxPositionals: 1),
        run: { args, console in
            var parsed = args
            if let file = args.positionals.first { parsed.values["hw"] = file }
            console.print(try HardwareOptions.config(parsed).jsonText())
        })
}

/// `neurocycle hw list`: the built-in presets, one line each.
enum HardwareListCommand {
    static let command = Command(
        spec: CommandSpec(name: "hw list", summary: "List the built-in hardware presets (--hw NAME works from any directory).",
                          usage: ""),
        run: { _, console in
            let presets = try HardwareConfig.builtinPresetNames.compactMap { name in
                try HardwareConfig.builtinPreset(named: name).map { (name: name, config: $0) }
            }
            console.print(PresetListing.text(presets))
        })
}
