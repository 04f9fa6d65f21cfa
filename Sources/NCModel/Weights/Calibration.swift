/// Calibrates synthetic weights: runs the network unfolded on an image with every BatchNorm's
/// running statistics set, layer by layer in execution order, to the statistics its input
/// actually has (`BatchNormCalibration`), so every neuron population fires at a realistic rate.
///
/// The network is evaluated unfolded (each chain's operations one by one, channels-last), so
/// calibration costs a forward pass at the calibration size and never folds the large RepConvs.
public enum Calibration {
    /// Calibrates `store` in place on `image` (any size that fits the network).
    public static func calibrate(_ store: inout WeightStore, blueprint: Blueprint, image: InputImage, threads: Int = Parallel.defaultThreads) throws {
        let chains = try GraphBuilder.chains(blueprint: blueprint, weights: store, inputHeight: image.height, inputWidth: image.width)
        let calibration = BatchNormCalibration(store: store)
        let synapses = UnfoldedSynapses(chains: chains.chains, calibration: calibration)
        var run = StepInterpreter(topology: chains.topology, arithmetic: FloatArithmetic<Double>(roundsWeightsToFloat: false),
                                  neuron: ILIF(), synapses: synapses, threads: threads)
        _ = try run.run([image])
        calibration.apply(to: &store)
    }
}
