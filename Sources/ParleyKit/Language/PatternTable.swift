/// Compiled cue patterns in flat tables of plain values, addressed by number.
///
/// Matching runs for every word of every line against about a thousand patterns, so it must not
/// copy arrays or count references: each pattern's elements, bit sets and phrases live in buffers
/// allocated once, when the table is built, and never change after.
final class PatternTable: @unchecked Sendable {
    /// One element of a pattern: a gap of up to `gap` words (`gap >= 0`), or a word from the bit
    /// set at `bits` or one of the phrases `phrases`.
    struct Element {
        var gap: Int32
        var optional: Bool
        var bits: Int32
        var phrases: Range<Int32>
    }

    /// Collects patterns, then freezes them into a table.
    struct Builder {
        let lexicon: [String: Int32]
        private(set) var elements: [Element] = []
        private(set) var bits: [UInt64] = []
        /// Where each distinct bit set already sits in `bits`: concepts recur across patterns.
        private var bitOffsets: [[UInt64]: Int32] = [:]
        private(set) var phrases: [Range<Int32>] = []
        private(set) var phraseWords: [Int32] = []
        private(set) var patterns: [Range<Int32>] = []

        init(lexicon: [String: Int32]) { self.lexicon = lexicon }

        /// Adds a pattern and returns its number in the table.
        mutating func add(_ pattern: CuePattern) -> Int {
            let size = (lexicon.count + 63) / 64
            let first = Int32(elements.count)
            for element in pattern.elements {
                switch element {
                case .gap(let most):
                    elements.append(Element(gap: Int32(most), optional: false, bits: 0, phrases: 0..<0))
                case .words(let set, let list, let optional):
                    var words = [UInt64](repeating: 0, count: size)
                    for word in set {
                        guard let id = lexicon[word] else { continue }
                        words[Int(id) >> 6] |= 1 << UInt64(id & 63)
                    }
                    let offset: Int32
                    if let known = bitOffsets[words] {
                        offset = known
                    } else {
                        offset = Int32(bits.count)
                        bits += words
                        bitOffsets[words] = offset
                    }
                    let firstPhrase = Int32(phrases.count)
                    for phrase in list {
                        let start = Int32(phraseWords.count)
                        phraseWords += phrase.map { lexicon[$0] ?? -2 }
                        phrases.append(start..<Int32(phraseWords.count))
                    }
                    elements.append(Element(gap: -1, optional: optional, bits: offset, phrases: firstPhrase..<Int32(phrases.count)))
                }
            }
            patterns.append(first..<Int32(elements.count))
            return patterns.count - 1
        }
    }

    let lexicon: [String: Int32]
    private let elements: UnsafeMutableBufferPointer<Element>
    private let bits: UnsafeMutableBufferPointer<UInt64>
    private let phrases: UnsafeMutableBufferPointer<Range<Int32>>
    private let phraseWords: UnsafeMutableBufferPointer<Int32>
    private let patterns: UnsafeMutableBufferPointer<Range<Int32>>

    init(_ builder: Builder) {
        lexicon = builder.lexicon
        elements = Self.freeze(builder.elements)
        bits = Self.freeze(builder.bits)
        phrases = Self.freeze(builder.phrases)
        phraseWords = Self.freeze(builder.phraseWords)
        patterns = Self.freeze(builder.patterns)
    }

    deinit {
        elements.deallocate()
        bits.deallocate()
        phrases.deallocate()
        phraseWords.deallocate()
        patterns.deallocate()
    }

    private static func freeze<T>(_ values: [T]) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(values.count, 1))
        _ = buffer.initialize(from: values)
        return buffer
    }

    /// A line's words as numbers of the lexicon (-1: a word no pattern names).
    func numbers(_ words: [String]) -> [Int32] {
        words.map { lexicon[$0] ?? -1 }
    }

    /// The match of pattern `pattern` beginning at `start`, within `range`.
    func match(_ pattern: Int, ids: UnsafeBufferPointer<Int32>, at start: Int, range: Range<Int>) -> Range<Int>? {
        let elements = patterns[pattern]
        return match(ids, element: Int(elements.lowerBound), end: Int(elements.upperBound), at: start, limit: range.upperBound)
            .map { start..<$0 }
    }

    func match(_ pattern: Int, ids: [Int32], at start: Int, range: Range<Int>) -> Range<Int>? {
        ids.withUnsafeBufferPointer { match(pattern, ids: $0, at: start, range: range) }
    }

    /// Every match of pattern `pattern` inside `range`, at most one per starting word.
    func matches(_ pattern: Int, ids: [Int32], range: Range<Int>) -> [Range<Int>] {
        ids.withUnsafeBufferPointer { ids in range.compactMap { match(pattern, ids: ids, at: $0, range: range) } }
    }

    /// Whether pattern `pattern` matches anywhere inside `range`.
    func matchesAnywhere(_ pattern: Int, ids: [Int32], range: Range<Int>) -> Bool {
        ids.withUnsafeBufferPointer { ids in range.contains { match(pattern, ids: ids, at: $0, range: range) != nil } }
    }

    private func match(_ ids: UnsafeBufferPointer<Int32>, element: Int, end: Int, at position: Int, limit: Int) -> Int? {
        guard element < end else { return position }
        let current = elements[element]
        if current.gap >= 0 {
            for skip in 0...Int(current.gap) where position + skip <= limit {
                if let found = match(ids, element: element + 1, end: end, at: position + skip, limit: limit) {
                    return found
                }
            }
            return nil
        }
        if position < limit {
            let id = ids[position]
            if id >= 0, bits[Int(current.bits) + Int(id >> 6)] & (1 << UInt64(id & 63)) != 0,
                let found = match(ids, element: element + 1, end: end, at: position + 1, limit: limit)
            {
                return found
            }
        }
        for index in current.phrases {
            let phrase = phrases[Int(index)]
            let length = Int(phrase.upperBound - phrase.lowerBound)
            guard position + length <= limit else { continue }
            var same = true
            for offset in 0..<length where ids[position + offset] != phraseWords[Int(phrase.lowerBound) + offset] {
                same = false
                break
            }
            if same, let found = match(ids, element: element + 1, end: end, at: position + length, limit: limit) {
                return found
            }
        }
        return current.optional ? match(ids, element: element + 1, end: end, at: position, limit: limit) : nil
    }
}
