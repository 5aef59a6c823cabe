import Foundation

/// The learned half of hearing: one logistic regression per signal over a line's words and word pairs
/// (Porter2 stems), with the rules' concept sets (`~people`, `~talk`, …) as words
/// of their own, so that "might you know a colleague I could ring?" shares features with "is there
/// anyone I should talk to?".
///
/// The cue patterns are precise but only hear the wordings they were written for; the model
/// generalises from the labelled lines it was trained on (`scripts/train-signals`, from the tune
/// part of the labelled set only). `SignalDetector` adds a signal the model is confident of and the
/// rules missed, unless a veto or a negation says otherwise, and `explain` names the features
/// that weighed most.
public struct SignalModel: Sendable {
    /// Per signal: the bias and each feature's weight.
    struct Weights: Sendable {
        var bias: Double
        var features: [String: Double]
    }

    let weights: [Signal: Weights]
    /// The same weights by feature, one per signal in `Signal.allCases` order: hearing a line looks
    /// each feature up once.
    private let byFeature: [String: [Double]]
    private let biases: [Double]
    /// The same weights again over numbers, for hearing a line without building or hashing
    /// feature strings.
    private let numbered: Numbered
    /// How sure the model must be before it adds a signal the rules did not hear.
    public static let threshold = 0.8

    init(weights: [Signal: Weights]) {
        self.weights = weights
        let signals = Signal.allCases
        var byFeature: [String: [Double]] = [:]
        for (position, signal) in signals.enumerated() {
            for (feature, weight) in weights[signal]?.features ?? [:] {
                byFeature[feature, default: [Double](repeating: 0, count: signals.count)][position] = weight
            }
        }
        self.byFeature = byFeature
        biases = signals.map { weights[$0]?.bias ?? 0 }
        numbered = Numbered(byFeature, signals: signals.count)
    }

    /// The model Parley ships, trained by `scripts/train-signals`.
    public static let bundled: SignalModel = SignalModel(serialized: SignalModel.bundledWeights)

    // MARK: Features

    /// A line's features: stems and concept names, their pairs, the first word, and
    /// whether the line asks with a question mark.
    static func features(of line: NormalizedLine) -> Set<String> {
        var features: Set<String> = []
        features.reserveCapacity(line.tokens.count * 6)
        forEachFeature(of: line) { features.insert($0) }
        return features
    }

    /// Calls `body` with each of the line's features (a feature may come more than once).
    static func forEachFeature(of line: NormalizedLine, _ body: (String) -> Void) {
        let stems = stemCache.stems(line.tokens)
        let noConcepts: [String] = []
        for sentence in line.sentences where !sentence.range.isEmpty {
            let range = sentence.range
            body("^" + stems[range.lowerBound])
            if sentence.endsWithQuestionMark { body("?") }
            for index in range {
                let word = stems[index]
                let concepts = conceptIndex[line.tokens[index]] ?? noConcepts
                body(word)
                for concept in concepts { body(concept) }
                guard index + 1 < range.upperBound else { continue }
                let next = stems[index + 1]
                body(word + " " + next)
                for concept in concepts { body(concept + " " + next) }
                for concept in conceptIndex[line.tokens[index + 1]] ?? noConcepts { body(word + " " + concept) }
            }
        }
    }

    /// The model's probability for each signal, and the rows (see `strongest(rows:for:)`) of the
    /// line's features that carry weight. Gives the same sums as `probabilities(features(of:))`.
    func hear(_ line: NormalizedLine) -> (probabilities: [Signal: Double], rows: [Int32]) {
        let rows = numbered.rows(of: line)
        var z = biases
        let width = z.count
        numbered.weights.withUnsafeBufferPointer { weights in
            for row in rows {
                let base = Int(row) * width
                for index in 0..<width { z[index] += weights[base + index] }
            }
        }
        var result: [Signal: Double] = [:]
        for (index, signal) in Signal.allCases.enumerated() where weights[signal] != nil {
            result[signal] = 1 / (1 + exp(-z[index]))
        }
        return (result, rows)
    }

    /// The features of `rows` (from `hear`) that pushed hardest towards `signal`, strongest first.
    func strongest(rows: [Int32], for signal: Signal, count: Int = 3) -> [String] {
        strongest(Set(rows.map { numbered.names[Int($0)] }), for: signal, count: count)
    }

    /// The weights by number. Every stem and `~concept` a feature names is an atom; a feature is
    /// a row of weights, found by its atom (a word alone), the first word's atom, or a pair of
    /// atoms. A word's atoms are looked up once and remembered.
    final class Numbered: @unchecked Sendable {
        private let atoms: [String: Int32]
        private let wordRows: [Int32]
        private let startRows: [Int32]
        private let pairRows: [Int: Int32]
        private let questionRow: Int32
        /// Row-major: a row's weight for each signal in `Signal.allCases` order.
        let weights: [Double]
        let names: [String]
        private let lock = NSLock()
        private var known: [String: (stem: Int32, concepts: [Int32])] = [:]
        private let limit = 50_000

        init(_ byFeature: [String: [Double]], signals: Int) {
            var atoms: [String: Int32] = [:]
            func atom(_ text: Substring) -> Int32 {
                if let number = atoms[String(text)] { return number }
                let number = Int32(atoms.count)
                atoms[String(text)] = number
                return number
            }
            var names: [String] = []
            var weights: [Double] = []
            var words: [Int32: Int32] = [:], starts: [Int32: Int32] = [:], pairs: [Int: Int32] = [:]
            var question: Int32 = -1
            for (feature, row) in byFeature.sorted(by: { $0.key < $1.key }) {
                let number = Int32(names.count)
                names.append(feature)
                weights += row
                if feature == "?" {
                    question = number
                } else if feature.hasPrefix("^") {
                    starts[atom(feature.dropFirst())] = number
                } else if let space = feature.firstIndex(of: " ") {
                    let first = atom(feature[..<space]), second = atom(feature[feature.index(after: space)...])
                    pairs[Self.pair(first, second)] = number
                } else {
                    words[atom(feature[...])] = number
                }
            }
            func table(_ rows: [Int32: Int32]) -> [Int32] {
                var table = [Int32](repeating: -1, count: atoms.count)
                for (atom, row) in rows { table[Int(atom)] = row }
                return table
            }
            self.atoms = atoms
            wordRows = table(words)
            startRows = table(starts)
            pairRows = pairs
            questionRow = question
            self.weights = weights
            self.names = names
        }

        private static func pair(_ first: Int32, _ second: Int32) -> Int {
            Int(first) << 32 | Int(UInt32(bitPattern: second))
        }

        /// Each word's stem and concept sets as atoms (-1: no feature names the stem).
        private func atoms(of words: [String]) -> [(stem: Int32, concepts: [Int32])] {
            lock.lock()
            defer { lock.unlock() }
            return words.map { word in
                if let found = known[word] { return found }
                let concepts = (SignalModel.conceptIndex[word] ?? []).compactMap { atoms[$0] }
                let found = (stem: atoms[Stemmer.stem(word)] ?? -1, concepts: concepts)
                if known.count < limit { known[word] = found }
                return found
            }
        }

        /// The rows of the line's features that carry weight, each once, in ascending order.
        /// Mirrors `SignalModel.forEachFeature`.
        func rows(of line: NormalizedLine) -> [Int32] {
            let words = atoms(of: line.tokens)
            var rows: [Int32] = []
            func add(_ row: Int32) { if row >= 0 { rows.append(row) } }
            func add(_ first: Int32, _ second: Int32) {
                guard first >= 0, second >= 0, let row = pairRows[Self.pair(first, second)] else { return }
                rows.append(row)
            }
            for sentence in line.sentences where !sentence.range.isEmpty {
                let range = sentence.range
                if words[range.lowerBound].stem >= 0 { add(startRows[Int(words[range.lowerBound].stem)]) }
                if sentence.endsWithQuestionMark { add(questionRow) }
                for index in range {
                    let word = words[index]
                    if word.stem >= 0 { add(wordRows[Int(word.stem)]) }
                    for concept in word.concepts { add(wordRows[Int(concept)]) }
                    guard index + 1 < range.upperBound else { continue }
                    let next = words[index + 1]
                    add(word.stem, next.stem)
                    for concept in word.concepts { add(concept, next.stem) }
                    for concept in next.concepts { add(word.stem, concept) }
                }
            }
            rows.sort()
            var kept = 0
            for row in rows where kept == 0 || rows[kept - 1] != row {
                rows[kept] = row
                kept += 1
            }
            rows.removeLast(rows.count - kept)
            return rows
        }
    }

    static let stemCache = StemCache()

    /// Stems of words seen before: people reuse the same few thousand words, and stemming each
    /// one again is most of the cost of a line's features. Bounded; thread-safe.
    final class StemCache: @unchecked Sendable {
        private let lock = NSLock()
        private var table: [String: String] = [:]
        private let limit = 50_000

        func stems(_ words: [String]) -> [String] {
            lock.lock()
            defer { lock.unlock() }
            return words.map { word in
                if let stem = table[word] { return stem }
                let stem = Stemmer.stem(word)
                if table.count < limit { table[word] = stem }
                return stem
            }
        }
    }

    /// Word → the concept sets holding it, as `~name`.
    static let conceptIndex: [String: [String]] = {
        var index: [String: [String]] = [:]
        for (name, words) in SignalRules.concepts.sorted(by: { $0.key < $1.key }) {
            for word in words { index[word, default: []].append("~" + name) }
        }
        return index
    }()

    // MARK: Hearing

    /// The model's probability for each signal.
    func probabilities(_ features: Set<String>) -> [Signal: Double] {
        var z = biases
        for feature in features {
            guard let row = byFeature[feature] else { continue }
            for index in z.indices { z[index] += row[index] }
        }
        var result: [Signal: Double] = [:]
        for (index, signal) in Signal.allCases.enumerated() where weights[signal] != nil {
            result[signal] = 1 / (1 + exp(-z[index]))
        }
        return result
    }

    /// The features that pushed hardest towards `signal`, strongest first.
    func strongest(_ features: Set<String>, for signal: Signal, count: Int = 3) -> [String] {
        guard let weights = weights[signal] else { return [] }
        var weighed: [(feature: String, weight: Double)] = []
        for feature in features {
            if let weight = weights.features[feature], weight > 0 { weighed.append((feature, weight)) }
        }
        weighed.sort { left, right in
            left.weight != right.weight ? left.weight > right.weight : left.feature < right.feature
        }
        return weighed.prefix(count).map { $0.feature }
    }

    // MARK: Training

    /// One labelled line.
    public struct Example: Sendable {
        public var text: String
        public var signals: Set<Signal>

        public init(text: String, signals: Set<Signal>) {
            self.text = text
            self.signals = signals
        }
    }

    /// Trains a model by full-batch gradient descent on the class-balanced logistic loss with L2
    /// regularisation. Deterministic: the same examples in the same order give the same weights.
    public static func train(
        _ examples: [Example], normalizer: TextNormalizer, epochs: Int = 600, rate: Double = 1.0,
        l2: Double = 0.001, minimumLines: Int = 2, keep: Double = 0.02
    ) -> SignalModel {
        // Features seen in one line only would be memorised, not learned: they are left out.
        let lineFeatures = examples.map { features(of: normalizer.normalize($0.text)).sorted() }
        var seen: [String: Int] = [:]
        for features in lineFeatures {
            for feature in features { seen[feature, default: 0] += 1 }
        }
        var vocabulary: [String: Int] = [:]
        var names: [String] = []
        let rows: [[Int]] = lineFeatures.map { features in
            features.compactMap { feature in
                guard seen[feature, default: 0] >= minimumLines else { return nil }
                if let index = vocabulary[feature] { return index }
                vocabulary[feature] = names.count
                names.append(feature)
                return names.count - 1
            }
        }
        // The rows are laid out flat (row i's features are flat[starts[i]..<starts[i + 1]]) so the
        // descent runs on raw buffers: the same sums in the same order, so the same weights, at a
        // fraction of the cost in a debug build, where the bundled-weights test retrains.
        var flat: [Int32] = rows.flatMap { $0.map(Int32.init) }
        flat.append(0)  // one slot more, so the buffer has an address even with no features
        var starts = [0]
        for row in rows { starts.append(starts[starts.count - 1] + row.count) }
        var result: [Signal: Weights] = [:]
        let count = Double(max(1, examples.count))
        for signal in Signal.allCases {
            let labels = examples.map { $0.signals.contains(signal) ? 1.0 : 0.0 }
            let positive = min(max(labels.reduce(0, +) / count, 0.001), 0.999)
            let classWeight = labels.map { $0 > 0 ? 0.5 / positive : 0.5 / (1 - positive) }
            let (w, bias) = descend(
                flat: flat, starts: starts, labels: labels, classWeight: classWeight, featureCount: names.count,
                epochs: epochs, rate: rate, l2: l2)
            var kept: [String: Double] = [:]
            for (index, weight) in w.enumerated() where abs(weight) >= keep {
                kept[names[index]] = (weight * 10_000).rounded() / 10_000
            }
            result[signal] = Weights(bias: (bias * 10_000).rounded() / 10_000, features: kept)
        }
        return SignalModel(weights: result)
    }

    /// Full-batch gradient descent for one signal over the flattened rows; see `train`.
    private static func descend(
        flat: [Int32], starts: [Int], labels: [Double], classWeight: [Double], featureCount: Int,
        epochs: Int, rate: Double, l2: Double
    ) -> (weights: [Double], bias: Double) {
        let count = Double(max(1, labels.count))
        // One slot more than needed, so the buffers have an address even with no features.
        var w = [Double](repeating: 0, count: featureCount + 1)
        var gradient = [Double](repeating: 0, count: featureCount + 1)
        var bias = 0.0
        w.withUnsafeMutableBufferPointer { w in
            gradient.withUnsafeMutableBufferPointer { gradient in
                flat.withUnsafeBufferPointer { flat in
                    starts.withUnsafeBufferPointer { starts in
                        labels.withUnsafeBufferPointer { labels in
                            classWeight.withUnsafeBufferPointer { classWeight in
                                guard let w = w.baseAddress, let gradient = gradient.baseAddress,
                                      let flat = flat.baseAddress else { return }
                                for _ in 0..<epochs {
                                    var index = 0
                                    while index < featureCount { gradient[index] = l2 * w[index]; index += 1 }
                                    var biasGradient = 0.0
                                    var row = 0
                                    while row < labels.count {
                                        let end = starts[row + 1]
                                        var z = bias
                                        var at = starts[row]
                                        while at < end { z += w[Int(flat[at])]; at += 1 }
                                        let error = (1 / (1 + exp(-z)) - labels[row]) * classWeight[row] / count
                                        biasGradient += error
                                        at = starts[row]
                                        while at < end { gradient[Int(flat[at])] += error; at += 1 }
                                        row += 1
                                    }
                                    index = 0
                                    while index < featureCount { w[index] -= rate * gradient[index]; index += 1 }
                                    bias -= rate * biasGradient
                                }
                            }
                        }
                    }
                }
            }
        }
        return (Array(w.prefix(featureCount)), bias)
    }

    /// k-fold cross-validation of the cue patterns with the model added at several thresholds:
    /// per threshold, the macro-F1 and each signal's precision and recall. The folds are fixed
    /// (line i goes to fold i mod k), so the report is reproducible.
    public static func crossValidate(_ examples: [Example], detector: SignalDetector, folds: Int) -> String {
        let lines = examples.map { detector.normalizer.normalize($0.text) }
        var probabilities = [[Signal: Double]](repeating: [:], count: examples.count)
        for fold in 0..<folds {
            let training = examples.indices.filter { $0 % folds != fold }.map { examples[$0] }
            let model = train(training, normalizer: detector.normalizer)
            for index in examples.indices where index % folds == fold {
                probabilities[index] = model.probabilities(features(of: lines[index]))
            }
        }
        return report(examples, probabilities: probabilities, detector: detector)
    }

    /// k-fold cross-validation of hearing as Parley hears: per fold, a model trained on the other
    /// folds goes into a whole `SignalDetector` (patterns, vetoes and the learned layer's checks),
    /// which hears the fold's lines at each threshold. Returns the report and, at the shipping
    /// threshold, each line heard otherwise than labelled, with what was heard.
    public static func crossValidateHearing(
        _ examples: [Example], folds: Int, thresholds: [Double] = [0.7, 0.75, 0.8, 0.85, 0.9]
    ) -> (report: String, misses: [(example: Example, heard: Set<Signal>)]) {
        let normalizer = SignalDetector(model: nil).normalizer
        var heard = [[Set<Signal>]](repeating: [Set<Signal>](repeating: [], count: examples.count), count: thresholds.count)
        for fold in 0..<folds {
            let training = examples.indices.filter { $0 % folds != fold }.map { examples[$0] }
            let model = train(training, normalizer: normalizer)
            for (position, threshold) in thresholds.enumerated() {
                let detector = SignalDetector(model: model, threshold: threshold)
                for index in examples.indices where index % folds == fold {
                    heard[position][index] = Set(detector.hear(examples[index].text).signals)
                }
            }
        }
        var report = ""
        for (position, threshold) in thresholds.enumerated() {
            let (macro, rows) = scores(examples, digits: 3) { heard[position][$0].contains($1) }
            report += "hearing at \(threshold): macro-F1 \(String(format: "%.3f", macro))  \(rows.joined(separator: "  "))\n"
        }
        let shipping = thresholds.firstIndex(of: threshold) ?? 0
        let misses = examples.indices.filter { examples[$0].signals != heard[shipping][$0] }
            .map { (example: examples[$0], heard: heard[shipping][$0]) }
        return (report, misses)
    }

    /// Trains on `training` and reports, on `validation` — lines neither the patterns nor the model
    /// were written from — the patterns alone and with the model added at each threshold.
    public static func validate(training: [Example], validation: [Example], detector: SignalDetector) -> String {
        let model = train(training, normalizer: detector.normalizer)
        let probabilities = validation.map { model.probabilities(features(of: detector.normalizer.normalize($0.text))) }
        return report(validation, probabilities: probabilities, detector: detector)
    }

    /// Macro-F1 over the signals and, per signal, its precision and recall to `digits` places, of
    /// `heard(index, signal)` against the labels.
    private static func scores(
        _ examples: [Example], digits: Int, heard: (Int, Signal) -> Bool
    ) -> (macro: Double, rows: [String]) {
        var f1s: [Double] = []
        var rows: [String] = []
        for signal in Signal.allCases {
            var (tp, fp, fn) = (0.0, 0.0, 0.0)
            for index in examples.indices {
                let truth = examples[index].signals.contains(signal), guess = heard(index, signal)
                if truth && guess { tp += 1 } else if guess { fp += 1 } else if truth { fn += 1 }
            }
            let precision = tp + fp > 0 ? tp / (tp + fp) : 1, recall = tp + fn > 0 ? tp / (tp + fn) : 1
            f1s.append(precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0)
            let format = "%.\(digits)f"
            rows.append("\(signal.rawValue) P\(String(format: format, precision)) R\(String(format: format, recall))")
        }
        return (f1s.reduce(0, +) / Double(f1s.count), rows)
    }

    private static func report(_ examples: [Example], probabilities: [[Signal: Double]], detector: SignalDetector) -> String {
        let thresholds = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]
        let ruled = examples.map { Set(detector.hear($0.text).signals) }
        var report = ""
        let alone = scores(examples, digits: 2) { ruled[$0].contains($1) }
        report += "patterns alone: macro-F1 \(String(format: "%.3f", alone.macro))  \(alone.rows.joined(separator: "  "))\n"
        for threshold in thresholds {
            let combined = scores(examples, digits: 2) { ruled[$0].contains($1) || (probabilities[$0][$1] ?? 0) >= threshold }
            report += "threshold \(threshold): macro-F1 \(String(format: "%.3f", combined.macro))  \(combined.rows.joined(separator: "  "))\n"
        }
        return report
    }

    // MARK: Storage

    /// One line per weight, `signal<TAB>feature<TAB>weight`, with the bias under the feature `*`;
    /// sorted, so that retraining on the same lines gives the same text.
    public var serialized: String {
        var lines: [String] = []
        for signal in Signal.allCases {
            guard let weights = weights[signal] else { continue }
            lines.append("\(signal.rawValue)\t*\t\(weights.bias)")
            for (feature, weight) in weights.features.sorted(by: { $0.key < $1.key }) {
                lines.append("\(signal.rawValue)\t\(feature)\t\(weight)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    init(serialized text: String) {
        // Read over bytes: this runs at every start, and splitting 30,000 lines as Strings is
        // most of the start-up time.
        var weights: [Signal: Weights] = [:]
        var text = text
        text.withUTF8 { bytes in
            let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != newline { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                var tabs: [Int] = []
                for index in lineStart..<lineEnd where bytes[index] == tab { tabs.append(index) }
                guard tabs.count == 2 else { continue }
                func field(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
                guard let signal = Signal(rawValue: field(lineStart..<tabs[0])),
                    let weight = Double(field(tabs[1] + 1..<lineEnd))
                else { continue }
                let feature = field(tabs[0] + 1..<tabs[1])
                if feature == "*" {
                    weights[signal, default: Weights(bias: 0, features: [:])].bias = weight
                } else {
                    weights[signal, default: Weights(bias: 0, features: [:])].features[feature] = weight
                }
            }
        }
        self.init(weights: weights)
    }
}
