extension Gen1Framing {
    /// How the fork's validator maps boxes in model-input pixels back to sensor pixels:
    /// `scale_boxes(..., ratio_pad=((253/240, 320/304), (0, 33)))` — subtract the pad (left, top),
    /// divide by the *vertical* gain 253/240 on both axes (the horizontal ratio 320/304 is
    /// unused), clip to 304×240, in float32.
    public var sensorBoxScaling: BoxScaling { geometry.boxScaling }

    /// `detection` with its box mapped back to sensor pixels (see `sensorBoxScaling`).
    public func sensorDetection(_ detection: Detection) -> Detection {
        sensorBoxScaling.toOriginal(detection)
    }
}
