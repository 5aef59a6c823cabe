import Testing

@testable import ParleyKit

@Suite("Validating a persona file")
struct PersonaValidationTests {
    /// A valid persona whose lines are known: `topics:` is line 9, its first topic starts at 10:5.
    static let base = PackFixtures.persona(id: "sam-lee")

    static func replacing(_ old: String, with new: String) -> String {
        precondition(base.contains(old), "fixture lacks \(old)")
        return base.replacingOccurrences(of: old, with: new)
    }

    @Test func validPersonaHasNoProblems() throws {
        #expect(try PackFixtures.problems(persona: Self.base).isEmpty)
    }

    @Test func unknownKeySuggestsTheClosest() throws {
        let text = Self.replacing("greeting: Hi, I'm Sam.", with: "greetng: Hi, I'm Sam.")
        #expect(
            try PackFixtures.problems(persona: text) == [
                "p.yaml:1:1: error: missing required key 'greeting' in a persona",
                "p.yaml:8:1: error: unknown key 'greetng' (did you mean 'greeting'?)",
            ])
    }

    @Test func unknownKeyListsTheAllowedOnes() throws {
        let text = Self.base + "hobbies: chess\n"
        #expect(
            try PackFixtures.problems(persona: text) == [
                "p.yaml:15:1: error: unknown key 'hobbies'; allowed: id, name, role, organization, field, minutes, "
                    + "temperament, words_per_minute, warn_before, grace, briefing, greeting, topics, referrals, reactions"
            ])
    }

    @Test func wrongTypes() throws {
        var text = Self.replacing("name: Sam Lee", with: "name: [Sam, Lee]")
        text = text.replacingOccurrences(of: "      - What is a typical day like?", with: "      what: typical day")
        text += "referrals: Jordan\nreactions:\n  - thanks\n"
        #expect(
            try PackFixtures.problems(persona: text) == [
                "p.yaml:2:7: error: expected a string for 'name', found a list",
                "p.yaml:12:7: error: expected a list for 'asks', found a map",
                "p.yaml:15:12: error: expected a list for 'referrals', found 'Jordan'",
                "p.yaml:17:3: error: expected a map for 'reactions', found a list",
            ])
    }

    @Test func missingRequiredKeysPointAtTheMap() throws {
        let text = """
            id: sam
            topics:
              - id: a
                asks: [Hi?]

            """
        #expect(
            try PackFixtures.problems(persona: text) == [
                "p.yaml:1:1: error: missing required key 'name' in a persona",
                "p.yaml:1:1: error: missing required key 'role' in a persona",
                "p.yaml:1:1: error: missing required key 'organization' in a persona",
                "p.yaml:1:1: error: missing required key 'field' in a persona",
                "p.yaml:1:1: error: missing required key 'minutes' in a persona",
                "p.yaml:1:1: error: missing required key 'briefing' in a persona",
                "p.yaml:1:1: error: missing required key 'greeting' in a persona",
                "p.yaml:3:5: error: missing required key 'replies' in a topic",
            ])
    }

    @Test func emptyRequiredValue() throws {
        let text = Self.replacing("role: Data Analyst", with: "role:").replacingOccurrences(
            of: "field: Retail analytics", with: "field: \"  \"")
        #expect(
            try PackFixtures.problems(persona: text) == [
                "p.yaml:3:6: error: 'role' needs a value",
                "p.yaml:5:8: error: 'field' must not be empty",
            ])
    }

    @Test func badIDs() throws {
        let text = Self.replacing("id: sam-lee", with: "id: Sam_Lee").replacingOccurrences(
            of: "  - id: day-to-day", with: "  - id: day--to-day")
        #expect(
            try PackFixtures.problems(persona: text) == [
                "p.yaml:1:5: error: invalid id 'Sam_Lee': use lowercase letters, digits and single '-' between them (like 'maya-chen')",
                "p.yaml:10:9: error: invalid id 'day--to-day': use lowercase letters, digits and single '-' between them (like 'maya-chen')",
            ])
    }

    @Test func duplicateTopicIDs() throws {
        let text =
            Self.base + """
                  - id: day-to-day
                    asks: [Again?]
                    replies: [Again.]

                """
        #expect(
            try PackFixtures.problems(persona: text) == [
                "p.yaml:15:9: error: duplicate topic id 'day-to-day' (first at line 10)"
            ])
    }

    @Test func minutesOutOfRangeOrNotANumber() throws {
        #expect(
            try PackFixtures.problems(persona: Self.replacing("minutes: 20", with: "minutes: 121")) == [
                "p.yaml:6:10: error: 'minutes' must be between 3 and 120, found 121"
            ])
        #expect(
            try PackFixtures.problems(persona: Self.replacing("minutes: 20", with: "minutes: 2")) == [
                "p.yaml:6:10: error: 'minutes' must be between 3 and 120, found 2"
            ])
        #expect(
            try PackFixtures.problems(persona: Self.replacing("minutes: 20", with: "minutes: twenty")) == [
                "p.yaml:6:10: error: expected a whole number for 'minutes', found 'twenty'"
            ])
    }

    @Test func badDurations() throws {
        let text = Self.replacing("minutes: 20", with: "minutes: 20\nwarn_before: 3 minutes\ngrace: 90")
            .replacingOccurrences(
                of: "      - Mostly SQL and meetings.", with: "      - text: Mostly SQL.\n        duration: 0s")
        #expect(
            try PackFixtures.problems(persona: text) == [
                "p.yaml:7:14: error: invalid duration '3 minutes' for 'warn_before': write it like 45s, 3m or 1m30s (at most 24h)",
                "p.yaml:8:8: error: invalid duration '90' for 'grace': write it like 45s, 3m or 1m30s (at most 24h)",
                "p.yaml:17:19: error: 'duration' must be longer than 0s",
            ])
    }

    @Test func warningMustFitInTheSlot() throws {
        let text = Self.replacing("minutes: 20", with: "minutes: 20\nwarn_before: 20m")
        #expect(
            try PackFixtures.problems(persona: text) == [
                "p.yaml:7:14: error: 'warn_before' (20m) must be shorter than the 20-minute slot"
            ])
    }

    @Test func emptyLists() throws {
        var text = Self.replacing("      - What is a typical day like?", with: "      []").replacingOccurrences(
            of: "    replies:\n      - Mostly SQL and meetings.", with: "    replies: []")
        text += "reactions:\n  fallback: []\n"
        #expect(
            try PackFixtures.problems(persona: text) == [
                "p.yaml:12:7: error: 'asks' must have at least one entry",
                "p.yaml:13:14: error: 'replies' must have at least one entry",
                "p.yaml:15:13: error: 'fallback' must have at least one entry",
            ])
        let noTopics = Self.base.components(separatedBy: "topics:")[0] + "topics: []\n"
        #expect(
            try PackFixtures.problems(persona: noTopics) == ["p.yaml:9:9: error: 'topics' must have at least one entry"]
        )
    }

    @Test func badEnumValuesListTheAllowedOnes() throws {
        let text = Self.replacing("minutes: 20", with: "minutes: 20\ntemperament: grumpy").replacingOccurrences(
            of: "    asks:", with: "    category: tiara\n    asks:")
        #expect(
            try PackFixtures.problems(persona: text) == [
                "p.yaml:7:14: error: invalid temperament 'grumpy'; expected one of: warm, busy, guarded, chatty",
                "p.yaml:12:15: error: invalid category 'tiara'; expected one of: trends, insights, advice, resources, assignments, other",
            ])
    }

    @Test func badRepliesAndReferrals() throws {
        var text = Self.replacing(
            "      - Mostly SQL and meetings.", with: "      - [nested]\n      - text: ok\n        mood: happy")
        text += "referrals:\n  - name: Jordan\n    reply: Talk to Jordan.\n"
        #expect(
            try PackFixtures.problems(persona: text) == [
                "p.yaml:14:9: error: expected a reply (a string, or a map with 'text'), found a list",
                "p.yaml:16:9: error: unknown key 'mood'; allowed: text, duration",
                "p.yaml:18:5: error: missing required key 'role' in a referral",
            ])
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let text = """
            id: Bad Id
            name: Sam
            minutes: 500
            temperament: sleepy
            greetng: Hi
            topics:
              - id: x
                asks: []
                replies: [ok]

            """
        let problems = try PackFixtures.problems(persona: text)
        #expect(
            problems == [
                "p.yaml:1:1: error: missing required key 'role' in a persona",
                "p.yaml:1:1: error: missing required key 'organization' in a persona",
                "p.yaml:1:1: error: missing required key 'field' in a persona",
                "p.yaml:1:1: error: missing required key 'briefing' in a persona",
                "p.yaml:1:1: error: missing required key 'greeting' in a persona",
                "p.yaml:1:5: error: invalid id 'Bad Id': use lowercase letters, digits and single '-' between them (like 'maya-chen')",
                "p.yaml:3:10: error: 'minutes' must be between 3 and 120, found 500",
                "p.yaml:4:14: error: invalid temperament 'sleepy'; expected one of: warm, busy, guarded, chatty",
                "p.yaml:5:1: error: unknown key 'greetng' (did you mean 'greeting'?)",
                "p.yaml:8:11: error: 'asks' must have at least one entry",
            ])
    }

    @Test func yamlSyntaxErrorsHaveAPlace() throws {
        let text = "id: sam\nname: [unclosed\nrole: x\n"
        #expect(
            try PackFixtures.problems(persona: text) == [
                "p.yaml:3:5: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 2)"
            ])

        let duplicate = "id: sam\nid: other\n"
        #expect(
            try PackFixtures.problems(persona: duplicate) == ["p.yaml:1:1: error: duplicate key 'id' in the same map"])
        #expect(try PackFixtures.problems(persona: "") == ["p.yaml:1:1: error: the file is empty"])
        #expect(
            try PackFixtures.problems(persona: "- a\n- b\n") == [
                "p.yaml:1:1: error: expected a map for a persona, found a list"
            ])
    }
}
