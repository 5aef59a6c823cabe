import ArgumentParser
import Foundation
import ParleyKit

extension Parley {
    /// Tools for Parley's developers, hidden from `--help`.
    struct Dev: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Developer tools.", shouldDisplay: false, subcommands: [TrainSignals.self, TopicsLeaveOneOut.self, Trace.self])

        /// Every cue pattern that matches a line and what became of it, for authors of rules.
        struct Trace: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Show every cue pattern that matches a line, and the veto or negation that stopped it.")
            @Argument(help: "The learner line.") var line: String

            func run() throws {
                for row in SignalDetector().trace(line) { print(row) }
            }
        }

        /// How well the bundled personas' topics are reached by asks they have never seen: each ask
        /// in turn is taken out of its topic and out of the shared asks, then matched.
        struct TopicsLeaveOneOut: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "topics-loo", abstract: "Leave-one-out topic matching over the bundled personas' asks.")
            @Flag(help: "List every ask that misses its topic.") var show = false

            func run() throws {
                var right = 0, none = 0, wrong = 0
                for persona in try PackLoader.bundled().personas {
                    for (topicIndex, topic) in persona.topics.enumerated() {
                        for (askIndex, ask) in topic.asks.enumerated() {
                            var topics = persona.topics.map { ($0.id, $0.asks) }
                            topics[topicIndex].1.remove(at: askIndex)
                            var shared = SharedAsks.byTopic
                            if let index = shared[topic.id]?.firstIndex(of: ask) { shared[topic.id]?.remove(at: index) }
                            let got = TopicMatcher(topics: topics, shared: shared, sharedWords: SharedAsks.commonWords).match(ask).best?.topicID
                            if got == topic.id {
                                right += 1
                                continue
                            }
                            if got == nil { none += 1 } else { wrong += 1 }
                            if show { print("  \(persona.id): \(ask)  gold \(topic.id) | got \(got ?? "none")") }
                        }
                    }
                }
                let total = right + none + wrong
                print(String(format: "leave-one-out: %d/%d = %.3f (none %d, wrong %d)", right, total, Double(right) / Double(max(total, 1)), none, wrong))
            }
        }

        struct TrainSignals: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "train-signals",
                abstract: "Train the learned layer of hearing on labelled lines; print its weights.")
            @Argument(help: "JSON Lines files of {\"text\", \"signals\"}.") var files: [String]
            @Flag(help: "Add the bundled personas' asks as lines with no signal.") var bundledAsks = false
            @Option(help: "Instead of training, report k-fold cross-validation of patterns plus model per threshold.")
            var crossValidate = 0
            @Option(help: "Instead of training, report patterns plus model on these held-out lines.")
            var validate: String?
            @Flag(help: "With --cross-validate, hear each fold as Parley does: the whole detector with the fold's model.")
            var hearing = false
            @Option(help: "With --hearing, write the lines heard otherwise than labelled at the shipping threshold here (JSON Lines).")
            var misses: String?

            func run() throws {
                var examples = try Self.load(files)
                if bundledAsks {
                    // Every bundled ask is a question about the work that carries no signal: the
                    // look-alikes the model most needs to see.
                    for persona in try PackLoader.bundled().personas {
                        for topic in persona.topics {
                            examples += topic.asks.map { SignalModel.Example(text: $0, signals: []) }
                        }
                    }
                }
                let detector = SignalDetector(model: nil)
                if let validate {
                    let held = try Self.load([validate])
                    print(SignalModel.validate(training: examples, validation: held, detector: detector))
                    return
                }
                if crossValidate > 1, hearing {
                    let (report, wrong) = SignalModel.crossValidateHearing(examples, folds: crossValidate)
                    print(report, terminator: "")
                    if let misses {
                        let lines = try wrong.map { miss in
                            let object: [String: Any] = [
                                "text": miss.example.text, "signals": miss.example.signals.map(\.rawValue).sorted(),
                                "heard": miss.heard.map(\.rawValue).sorted(),
                            ]
                            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
                        }
                        try (lines.joined(separator: "\n") + "\n").write(toFile: misses, atomically: true, encoding: .utf8)
                    }
                    return
                }
                if crossValidate > 1 {
                    print(SignalModel.crossValidate(examples, detector: detector, folds: crossValidate))
                    return
                }
                let model = SignalModel.train(examples, normalizer: detector.normalizer)
                FileHandle.standardOutput.write(Data(model.serialized.utf8))
            }

            static func load(_ files: [String]) throws -> [SignalModel.Example] {
                var examples: [SignalModel.Example] = []
                for path in files {
                    let text = try String(contentsOfFile: path, encoding: .utf8)
                    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                            let text = object["text"] as? String, let names = object["signals"] as? [String]
                        else {
                            FileHandle.standardError.write(Data("\(path):\(number + 1):1: error: expected {\"text\", \"signals\"}\n".utf8))
                            throw ExitCode(1)
                        }
                        var signals: Set<Signal> = []
                        for name in names {
                            guard let signal = Signal(rawValue: name) else {
                                FileHandle.standardError.write(Data("\(path):\(number + 1):1: error: unknown signal '\(name)'\n".utf8))
                                throw ExitCode(1)
                            }
                            signals.insert(signal)
                        }
                        examples.append(.init(text: text, signals: signals))
                    }
                }
                return examples
            }
        }
    }
}
