/// A block of one current buffer held by one core: a range of channels over a band of rows,
/// all columns. Its neurons' membranes live in the core's neuron memory; the weights of every
/// convolution that writes into it live in the core's synaptic memory.
public struct Tile: Sendable, Equatable, Codable {
    /// Buffer index in the topology.
    public var buffer: Int
    /// First channel and channel count.
    public var channelStart: Int, channelCount: Int
    /// First row and row count.
    public var rowStart: Int, rowCount: Int
    /// Core holding it (`y * meshWidth + x`).
    public var core: Int
    /// Pass in which it runs (0 when every tile has its own core).
    public var pass: Int

    /// Neurons in the tile for a buffer `width` columns wide.
    public func neurons(width: Int) -> Int { channelCount * rowCount * width }

    /// Whether it holds row `y`.
    public func holds(row y: Int) -> Bool { y >= rowStart && y < rowStart + rowCount }
}

/// How one buffer is cut into tiles.
public struct BufferTiling: Sendable, Equatable, Codable {
    /// Buffer index.
    public var buffer: Int
    /// Channels per tile (the last group may hold fewer).
    public var channelsPerTile: Int
    /// Rows per tile (the last band may hold fewer).
    public var rowsPerTile: Int
    /// Channel groups and row bands.
    public var groups: Int, bands: Int
    /// Synaptic memory a tile needs, bytes (the largest over its channel group).
    public var weightBytesPerTile: Int
    /// Synaptic memory per output channel of the buffer (its writers' kernels), bytes.
    public var weightBytesPerChannel: Int
    /// The tiles, group-major then band.
    public var tiles: [Tile]

    /// Passes needed when tiles outnumber cores.
    public var passes: Int { (tiles.map(\.pass).max() ?? 0) + 1 }

    /// Synaptic bytes `tile`'s channels need.
    public func weightBytes(of tile: Tile) -> Int { tile.channelCount * weightBytesPerChannel }
}
