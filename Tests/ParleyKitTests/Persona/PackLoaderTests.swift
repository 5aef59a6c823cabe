import Foundation
import Testing

@testable import ParleyKit

@Suite("Loading a valid pack")
struct PackLoaderTests {
    static let manifest = """
        name: Spring cohort
        version: 1.2.0
        author: Career Center
        description: Personas for the health-tech module.
        rubric:
          weights:
            restated_purpose: 30
            offered_help: 0
          phrases:
            referral_ask:
              - who else would you point me to

        """

    static let maya = """
        id: maya-chen
        name: Maya Chen
        role: Senior UX Researcher
        organization: Lumen Health
        field: Health technology
        minutes: 20
        temperament: busy
        words_per_minute: 170
        warn_before: 4m
        grace: 1m30s
        briefing: |
          Maya has led research at Lumen Health for four years.
        greeting: Hi, this is Maya — good to meet you!
        topics:
          - id: career-path
            category: insights
            asks:
              - How did you get into UX research?
              - What lured you to this field?
            replies:
              - text: I started out as a psychology student.
                duration: 90s
              - As I said, it was mostly luck.
          - id: tools
            asks: [What tools do you use?]
            replies: [Mostly interviews and a notebook.]
        referrals:
          - name: Jordan Alvarez
            role: Product Designer at Northwind
            reply: You should talk to Jordan Alvarez.
        reactions:
          ask_purpose: So — what can I help you with today?
          job_ask: I'm not involved in hiring.
          referral_none: Let me think about who would be good.
          follow_up: Of course — feel free to email me any time.
          thanks: My pleasure!
          give_back: That's kind of you.
          time_warning: Just a heads-up, I have about five minutes left.
          time_up: I'm so sorry, I have to jump into another meeting.
          goodbye: Good luck, and keep in touch!
          small_talk: Busy week, but a good one.
          fallback:
            - Hmm, I'm not sure I have a good answer to that.
            - That's a bit outside what I work on.

        """

    @Test func loadsEveryField() throws {
        let parent = try PackFixtures.temporaryDirectory()
        defer { PackFixtures.remove(parent) }
        let directory = try PackFixtures.pack(
            in: parent, named: "spring",
            files: [
                "pack.yaml": Self.manifest, "maya.yaml": Self.maya, "sam.yml": PackFixtures.persona(id: "sam-lee"),
                "notes.txt": "ignored", ".hidden.yaml": "not: read",
            ])

        let pack = try PackLoader.load(directory: directory)
        #expect(pack.name == "Spring cohort")
        #expect(pack.version == "1.2.0")
        #expect(pack.author == "Career Center")
        #expect(pack.description == "Personas for the health-tech module.")
        #expect(pack.rubric.weights == ["restated_purpose": 30, "offered_help": 0])
        #expect(pack.rubric.phrases == ["referral_ask": ["who else would you point me to"]])
        #expect(pack.id == "spring")
        #expect(pack.source == .directory(directory.standardizedFileURL))
        #expect(pack.personas.map(\.id) == ["maya-chen", "sam-lee"])

        let maya = try #require(pack.persona(id: "maya-chen"))
        #expect(maya.name == "Maya Chen")
        #expect(maya.role == "Senior UX Researcher")
        #expect(maya.organization == "Lumen Health")
        #expect(maya.field == "Health technology")
        #expect(maya.minutes == 20)
        #expect(maya.temperament == .busy)
        #expect(maya.wordsPerMinute == 170)
        #expect(maya.warnBefore == .seconds(240))
        #expect(maya.grace == .seconds(90))
        #expect(maya.briefing == "Maya has led research at Lumen Health for four years.\n")
        #expect(maya.greeting == "Hi, this is Maya — good to meet you!")
        #expect(
            maya.topics == [
                Topic(
                    id: "career-path", category: .insights,
                    asks: ["How did you get into UX research?", "What lured you to this field?"],
                    replies: [
                        Reply(text: "I started out as a psychology student.", duration: .seconds(90)),
                        Reply(text: "As I said, it was mostly luck."),
                    ]),
                Topic(
                    id: "tools", asks: ["What tools do you use?"],
                    replies: [Reply(text: "Mostly interviews and a notebook.")]),
            ])
        #expect(
            maya.referrals == [
                Referral(
                    name: "Jordan Alvarez", role: "Product Designer at Northwind",
                    reply: "You should talk to Jordan Alvarez.")
            ])
        #expect(
            maya.reactions
                == Reactions(
                    askPurpose: "So — what can I help you with today?", jobAsk: "I'm not involved in hiring.",
                    referralNone: "Let me think about who would be good.",
                    followUp: "Of course — feel free to email me any time.", thanks: "My pleasure!",
                    giveBack: "That's kind of you.", timeWarning: "Just a heads-up, I have about five minutes left.",
                    timeUp: "I'm so sorry, I have to jump into another meeting.",
                    goodbye: "Good luck, and keep in touch!",
                    smallTalk: "Busy week, but a good one.",
                    fallback: [
                        "Hmm, I'm not sure I have a good answer to that.", "That's a bit outside what I work on.",
                    ]))
    }

    @Test func appliesDefaults() throws {
        let parent = try PackFixtures.temporaryDirectory()
        defer { PackFixtures.remove(parent) }
        let directory = try PackFixtures.pack(
            in: parent, named: "minimal",
            files: ["pack.yaml": PackFixtures.manifest, "sam.yaml": PackFixtures.persona(id: "sam")])
        let pack = try PackLoader.load(directory: directory)
        #expect(pack.rubric == Rubric())
        let sam = try #require(pack.personas.first)
        #expect(sam.temperament == .warm)
        #expect(sam.wordsPerMinute == 150)
        #expect(sam.warnBefore == nil && sam.grace == nil)
        #expect(sam.topics[0].category == .other)
        #expect(sam.referrals.isEmpty)
        #expect(sam.reactions == Reactions())
    }

    @Test func derivesTheClockDefaults() {
        func persona(minutes: Int, temperament: Persona.Temperament = .warm, warn: Duration? = nil) -> Persona {
            Persona(
                id: "p", name: "P", role: "R", organization: "O", field: "F", minutes: minutes,
                temperament: temperament, warnBefore: warn, briefing: "B", greeting: "G", topics: [])
        }
        #expect(persona(minutes: 20).effectiveWarnBefore == .seconds(180))
        #expect(persona(minutes: 15).effectiveWarnBefore == .seconds(180))
        #expect(persona(minutes: 10).effectiveWarnBefore == .seconds(120))
        #expect(persona(minutes: 3).effectiveWarnBefore == .seconds(36))
        #expect(persona(minutes: 20, temperament: .busy).effectiveWarnBefore == .seconds(360))
        #expect(persona(minutes: 10, temperament: .busy).effectiveWarnBefore == .seconds(240))
        #expect(persona(minutes: 20, temperament: .busy, warn: .seconds(60)).effectiveWarnBefore == .seconds(60))
        #expect(persona(minutes: 20).effectiveGrace == .seconds(120))
        #expect(persona(minutes: 20).slot == .seconds(1200))
    }

    @Test func validatesALoneManifest() throws {
        let parent = try PackFixtures.temporaryDirectory()
        defer { PackFixtures.remove(parent) }
        let directory = try PackFixtures.pack(in: parent, named: "p", files: ["pack.yaml": Self.manifest])
        #expect(PackLoader.validate(paths: [directory.appendingPathComponent("pack.yaml").path]).isEmpty)
        // The directory as a whole has no personas: only a warning.
        let warnings = PackLoader.validate(paths: [directory.path])
        #expect(warnings.map(\.message) == ["the pack has no persona files"])
        #expect(!warnings.containsErrors)
    }

    @Test func loadsALonePersonaFile() throws {
        let parent = try PackFixtures.temporaryDirectory()
        defer { PackFixtures.remove(parent) }
        let path = parent.appendingPathComponent("maya.yaml").path
        try Self.maya.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try PackLoader.loadPersona(file: path).id == "maya-chen")
        #expect(PackLoader.validate(paths: [path]).isEmpty)
    }
}
