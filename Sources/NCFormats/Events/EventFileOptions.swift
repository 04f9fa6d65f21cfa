/// How strictly event files are opened and how much one read may return.
public struct EventFileOptions: Sendable, Equatable {
    /// Drop a truncated last event or word instead of refusing the file (`PSEELoader` reads
    /// `(end - start) // 8` events and ignores the rest).
    public var ignoresPartialLastEvent: Bool
    /// Most events one read may return; a window holding more is an error, which bounds memory
    /// (13 bytes per event: 20 M events are 260 MB).
    public var maxEventsPerRead: Int

    /// Strict defaults: partial events refused, 20 M events per read.
    public init(ignoresPartialLastEvent: Bool = false, maxEventsPerRead: Int = 20_000_000) {
        self.ignoresPartialLastEvent = ignoresPartialLastEvent
        self.maxEventsPerRead = maxEventsPerRead
    }
}
