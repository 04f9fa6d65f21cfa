// Every file of this test target sees the shared test helpers (Fixtures, Paths,
// scratchDirectory, TestRandom) without importing them, as when each target had its own copy.
@_exported import NCTestSupport
