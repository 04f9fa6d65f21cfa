import NCFormats
import NCModel

/// The fixture's weights in an architecture with T = 2 (`MS_GetT [3, 2]`): exercises the I-LIF
/// leak and the state of every neuron across timesteps.
enum TwoTimesteps {
    static func graph(size: Int, timesteps: Int = 2) throws -> SpikingGraph {
        let model = try SpikeYOLOModel.load(path: Fixtures.path("spikeyolo-t.pt"))
        let yaml = BuiltinArchitecture.json.replacingOccurrences(of: "\"MS_GetT\", [3, 1]", with: "\"MS_GetT\", [3, \(timesteps)]")
        let blueprint = try Blueprint(spec: ArchitectureSpec(yaml: PlainValue.parseJSON(yaml), scale: "t"))
        precondition(blueprint.timesteps == timesteps)
        return try GraphBuilder.build(blueprint: blueprint, weights: model.weights, inputHeight: size, inputWidth: size)
    }
}
