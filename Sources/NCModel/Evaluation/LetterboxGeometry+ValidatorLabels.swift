extension LetterboxGeometry {
    /// A label as the validator itself ends up comparing it (`val` mode): the dataset moves it
    /// into the letterboxed image (`LetterBox._update_labels`: denormalised by the *loaded* size,
    /// scaled by `ratio`, shifted by the *unrounded* half padding `dw/2, dh/2`), `Format`
    /// normalises it by the input size, and `update_metrics` brings it back with `scale_boxes` and
    /// `ratio_pad`, i.e. one gain `loadedHeight / originalHeight` for both axes and the *rounded*
    /// pads. So it is not the direct `YOLOLabel.box`: when `dh` is odd the box sits `0.5 / gain`
    /// px lower, and x is scaled by `(loadedWidth / originalWidth) / gain` (300x451 at 320: +0.70
    /// px in y, x · 0.99934). Every step in the fork's float32 arithmetic. Meant for `val`
    /// geometries (the predictor has no labels).
    public func validatorLabelBox(_ label: YOLOLabel) -> LabelBox {
        // LetterBox._update_labels on numpy float32 arrays. The ratio and the half padding are
        // float64 scalars there: each step computes in float64 and rounds back to float32.
        let w1 = Float(loadedWidth), h1 = Float(loadedHeight)
        let shift = (x: Double(left + right) / 2, y: Double(top + bottom) / 2)
        let dw = label.width / 2, dh = label.height / 2
        var xs = [(label.centerX - dw) * w1, (label.centerX + dw) * w1]
        var ys = [(label.centerY - dh) * h1, (label.centerY + dh) * h1]
        xs = xs.map { Float(Double(Float(Double($0) * ratio)) + shift.x) }
        ys = ys.map { Float(Double(Float(Double($0) * ratio)) + shift.y) }
        let (x1, x2, y1, y2) = (xs[0], xs[1], ys[0], ys[1])
        // Format: xyxy -> xywh, then normalised by the input size (multiplied by 1/W in float32).
        let invW = Float(1 / Double(inputWidth)), invH = Float(1 / Double(inputHeight))
        let cx = (x1 + x2) / 2 * invW, cy = (y1 + y2) / 2 * invH
        let bw = (x2 - x1) * invW, bh = (y2 - y1) * invH
        // update_metrics: xywh2xyxy(bbox) * (W, H, W, H) in torch float32, then scale_boxes.
        let W = Float(inputWidth), H = Float(inputHeight)
        let box = [(cx - bw / 2) * W, (cy - bh / 2) * H, (cx + bw / 2) * W, (cy + bh / 2) * H]
        return LabelBox(classIndex: label.classIndex, box: boxScaling.toOriginal(box))
    }
}
