import NCModel

extension Outcome {
    /// This outcome for an input letterboxed from a decoded image: detections mapped back to the
    /// original image's pixels as ultralytics' `scale_boxes` does (padding removed, divided by the
    /// gain, clipped), the letterboxed ones kept in `inputDetections`.
    public func mapped(to geometry: LetterboxGeometry) -> Outcome {
        var o = self
        o.geometry = geometry
        o.inputDetections = detections
        let scaling = geometry.boxScaling
        o.detections = detections?.map(scaling.toOriginal)
        return o
    }
}
