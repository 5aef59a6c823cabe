import Foundation
import Testing

@testable import ParleyKit

@Suite("The learned layer of hearing")
struct SignalModelTests {
    static let examples: [SignalModel.Example] = [
        .init(text: "Is there anyone else I should talk to?", signals: [.referralAsk]),
        .init(text: "Do you know anyone else I could speak with?", signals: [.referralAsk]),
        .init(text: "Anyone else you'd suggest I chat with?", signals: [.referralAsk]),
        .init(text: "Who else would be good to talk to?", signals: [.referralAsk]),
        .init(text: "What do you like about your job?", signals: []),
        .init(text: "How did you get started?", signals: []),
        .init(text: "What does a typical day look like?", signals: []),
        .init(text: "Thank you so much for your time.", signals: [.thanks]),
        .init(text: "Thanks a lot, this was great.", signals: [.thanks]),
    ]

    static func trained() -> SignalModel {
        SignalModel.train(examples, normalizer: SignalDetector(model: nil).normalizer, epochs: 300)
    }

    @Test func trainingIsDeterministicAndSurvivesSerialising() {
        let first = Self.trained(), second = Self.trained()
        #expect(first.serialized == second.serialized)
        #expect(SignalModel(serialized: first.serialized).serialized == first.serialized)
    }

    @Test func learnsAFeatureSharedByItsExamples() {
        let model = Self.trained()
        let line = SignalDetector(model: nil).normalizer.normalize("anyone else worth a chat?")
        let features = SignalModel.features(of: line)
        let probabilities = model.probabilities(features)
        #expect((probabilities[.referralAsk] ?? 0) > 0.5)
        #expect((probabilities[.thanks] ?? 1) < 0.5)
        #expect(model.strongest(features, for: .referralAsk).contains("~people"))
    }

    @Test func featuresIncludeStemsConceptsPairsAndTheQuestionMark() {
        let line = TextNormalizer().normalize("Anyone you'd recommend talking to?")
        let features = SignalModel.features(of: line)
        #expect(features.contains("talk"))
        #expect(features.contains("~people"))
        #expect(features.contains("~talk"))
        #expect(features.contains("?"))
        #expect(features.contains("^anyon"))
    }

    /// Hearing over numbered features must give what the string features give, repeated words,
    /// concept pairs, several sentences and unknown words included.
    @Test func numberedHearingAgreesWithTheFeatures() {
        let model = SignalModel.bundled
        let normalizer = SignalDetector(model: nil).normalizer
        let lines = [
            "Is there anyone else I should talk to? Anyone at all, anyone?",
            "Thank you so much for your time, I really appreciate it!",
            "im a 2nd year student and I'm not looking for a job, just trying to learn about the field",
            "Could you refer me for the opening? I'd love to send my resume.",
            "zzkq blorft wibble", "", "?",
        ]
        for text in lines {
            let line = normalizer.normalize(text)
            let features = SignalModel.features(of: line)
            let (heard, rows) = model.hear(line)
            let expected = model.probabilities(features)
            for signal in Signal.allCases {
                #expect(abs((heard[signal] ?? -1) - (expected[signal] ?? -2)) < 1e-9, "\(signal) in '\(text)'")
                #expect(model.strongest(rows: rows, for: signal) == model.strongest(features, for: signal))
            }
        }
    }

    @Test func theBundledModelHasEverySignal() {
        for signal in Signal.allCases {
            #expect(SignalModel.bundled.weights[signal] != nil, "\(signal)")
        }
    }

    @Test func learnedCuesSayHowSureAndRespectNegation() {
        let detector = SignalDetector()
        // A negated job ask stays a purpose statement whatever the model thinks.
        let negated = detector.hear("I'm not looking for an internship at your company, just advice")
        #expect(!negated.contains(.jobAsk))
        #expect(negated.contains(.purpose))
        for cue in detector.hear("any names come to mind of folks worth a natter?").cues where cue.pattern == "learned" {
            #expect((cue.confidence ?? 0) >= SignalModel.threshold)
        }
    }

    @Test func crossValidatedHearingReportsEachThresholdAndTheLinesHeardOtherwise() {
        // A line labelled against what any hearing would say comes back as a miss, with what was heard.
        let examples = Self.examples + [.init(text: "Thanks so much for today.", signals: [])]
        let (report, misses) = SignalModel.crossValidateHearing(examples, folds: 2, thresholds: [0.8, 0.9])
        let rows = report.split(separator: "\n")
        #expect(rows.count == 2)
        #expect(rows.first?.hasPrefix("hearing at 0.8: macro-F1 ") == true)
        #expect(rows.allSatisfy { $0.contains("referral_ask P") && $0.contains("thanks P") })
        let mislabelled = misses.first { $0.example.text == "Thanks so much for today." }
        #expect(mislabelled?.heard.contains(.thanks) == true)
        #expect(misses.allSatisfy { $0.example.signals != $0.heard })
    }

    @Test func withoutTheModelOnlyPatternsAreHeard() {
        let hearing = SignalDetector(model: nil).hear("any names come to mind of folks worth a natter?")
        #expect(hearing.cues.allSatisfy { $0.confidence == nil })
    }
}

@Suite("The bundled weights")
struct BundledWeightsTests {
    /// The weights in SignalModel+Weights.swift are what scripts/train-signals makes from the tune
    /// part of the labelled set; a stale file means the labelled lines changed without retraining.
    @Test func matchTheTunePartOfTheLabelledSet() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/signals")
        var examples: [SignalModel.Example] = []
        for name in ["tune", "tune-more"] {
            let text = try String(contentsOf: folder.appendingPathComponent("\(name).jsonl"), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                let item = try JSONDecoder().decode(LabelledSetTests.Line.self, from: Data(line.utf8))
                examples.append(.init(text: item.text, signals: Set(item.signals.compactMap(Signal.init(rawValue:)))))
            }
        }
        for persona in try PackLoader.bundled().personas {
            for topic in persona.topics { examples += topic.asks.map { SignalModel.Example(text: $0, signals: []) } }
        }
        let model = SignalModel.train(examples, normalizer: SignalDetector(model: nil).normalizer)
        #expect(model.serialized == SignalModel.bundledWeights + "\n" || model.serialized == SignalModel.bundledWeights,
                "the bundled weights are stale: run scripts/train-signals")
    }
}
