import NCFormats

/// The SpikeYOLO architecture description exactly as the authors' checkpoints carry it (the
/// `yaml` dictionary of `snn_yolov8.yaml`, including the `t` scale used by the test fixture), so a
/// model can be built from the architecture alone, with no files.
public enum BuiltinArchitecture {
    /// Scales the description defines.
    public static let scales = ["t", "n", "s", "m", "l"]

    /// The description as JSON text.
    public static let json = """
        {"nc": 80,
         "scales": {"n": [0.33, 0.375, 1024], "s": [0.33, 0.5, 1024], "m": [0.5, 0.625, 7024],
                    "l": [0.5, 0.75, 1024], "t": [0.33, 0.125, 1024]},
         "backbone": [[-1, 1, "MS_GetT", [3, 1]],
                      [-1, 1, "MS_DownSampling", [128, 7, 4, 2, true]],
                      [-1, 3, "MS_AllConvBlock", [4, 7]],
                      [-1, 1, "MS_DownSampling", [256, 3, 2, 1, false]],
                      [-1, 6, "MS_AllConvBlock", [4, 7]],
                      [-1, 1, "MS_DownSampling", [512, 3, 2, 1, false]],
                      [-1, 9, "MS_ConvBlock", [3, 7]],
                      [-1, 1, "MS_DownSampling", [1024, 3, 2, 1, false]],
                      [-1, 3, "MS_ConvBlock", [2, 7]],
                      [-1, 1, "SpikeSPPF", [1024, 5]]],
         "head": [[-1, 1, "MS_StandardConv", [512, 1, 1]],
                  [-1, 1, "nn.Upsample", ["None", "(1,2,2)", "nearest"]],
                  [-1, 1, "MS_ConvBlock", [3, 7]],
                  [[-1, 6], 1, "Concat", [2]],
                  [-1, 1, "MS_StandardConv", [256, 1, 1]],
                  [-1, 1, "nn.Upsample", ["None", "(1,2,2)", "nearest"]],
                  [-1, 1, "MS_AllConvBlock", [4, 7]],
                  [[-1, 4], 1, "Concat", [2]],
                  [-1, 1, "MS_StandardConv", [256, 1, 1]],
                  [-1, 1, "MS_AllConvBlock", [4, 7]],
                  [-1, 1, "MS_StandardConv", [256, 3, 2]],
                  [[-1, 14], 1, "Concat", [2]],
                  [-1, 1, "MS_ConvBlock", [3, 7]],
                  [-1, 1, "MS_StandardConv", [512, 3, 2]],
                  [[-1, 10], 1, "Concat", [2]],
                  [-1, 1, "MS_ConvBlock", [1, 7]],
                  [[19, 22, 25], 1, "SpikeDetect", ["nc"]]],
         "scale": "t", "yaml_file": "snn_yolov8t.yaml", "ch": 3}
        """

    /// The description as a value.
    public static func yaml() -> PlainValue {
        // The literal above is fixed and known to parse; a failure here is a programming error.
        guard let v = try? PlainValue.parseJSON(json) else { preconditionFailure("built-in architecture JSON is invalid") }
        return v
    }

    /// The architecture at `scale` with `classCount` classes.
    public static func spec(scale: String, classCount: Int = 80) throws -> ArchitectureSpec {
        guard scales.contains(scale) else {
            throw ModelError.option("unknown scale '\(scale)'; choose one of \(scales.joined(separator: ", "))")
        }
        return try ArchitectureSpec(yaml: yaml(), scale: scale, classCount: classCount)
    }
}
