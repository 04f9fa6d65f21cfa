extension Gen1Framing {
    /// The gain the fork's validator divides by: `ratio_pad[0][0]`, the *vertical* resize ratio
    /// resizedHeight / sensorHeight (253/240), used for both axes although the horizontal ratio
    /// is 320/304.
    public var validatorGain: Double { Double(resizedHeight) / Double(sensorHeight) }

    /// A box `[x1, y1, x2, y2]` in model-input pixels mapped back to sensor pixels as the
    /// validator's `scale_boxes(..., ratio_pad=((253/240, 320/304), (0, 33)))` does on float32
    /// tensors: subtract the pad (left, top), divide by `Float(validatorGain)`, clip x to
    /// [0, sensorWidth] and y to [0, sensorHeight]. Returns nil unless the box has 4 values.
    public func sensorBox(fromInput box: [Float]) -> [Float]? {
        guard box.count == 4 else { return nil }
        let gain = Float(validatorGain)
        let pad = [Float(padLeft), Float(padTop), Float(padLeft), Float(padTop)]
        let limit = [Float(sensorWidth), Float(sensorHeight), Float(sensorWidth), Float(sensorHeight)]
        return (0..<4).map { k in min(max((box[k] - pad[k]) / gain, 0), limit[k]) }
    }

    /// `detection` with its box mapped back to sensor pixels (see `sensorBox(fromInput:)`).
    public func sensorDetection(_ detection: Detection) -> Detection {
        var d = detection
        if let box = sensorBox(fromInput: detection.box) { d.box = box }
        return d
    }
}
