import NCHardware

/// `neurocycle hw show [file]`: the effective hardware config, every default filled in.
enum HardwareShowCommand {
    static let command = Command(
        spec: CommandSpec(name: "hw show", summary: "Print a hardware config with every default filled in.",
                          usage: "[file | preset]", maxPositionals: 1),
        run: { args, console in
            var parsed = args
            if let file = args.positionals.first { parsed.values["hw"] = file }
            console.print(try HardwareOptions.config(parsed).jsonText())
        })
}
