import Testing

@testable import ParleyKit

@Suite("Where Parley keeps files")
struct ParleyPathsTests {
    @Test func pathsFollowXDGWithDefaults() {
        let defaults = ParleyPaths(environment: ["HOME": "/home/ana"])
        #expect(defaults.history.path == "/home/ana/.local/state/parley/history")
        #expect(defaults.sessions.path == "/home/ana/.local/share/parley/sessions")
        let custom = ParleyPaths(environment: ["HOME": "/home/ana", "XDG_STATE_HOME": "/s", "XDG_DATA_HOME": "/d"])
        #expect(custom.history.path == "/s/parley/history")
        #expect(custom.packs.path == "/d/parley/packs")
        let relative = ParleyPaths(environment: ["HOME": "/home/ana", "XDG_DATA_HOME": "relative"])
        #expect(relative.data.path == "/home/ana/.local/share/parley")
    }
}
