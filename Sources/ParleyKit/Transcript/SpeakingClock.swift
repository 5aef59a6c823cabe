/// How long a line takes to say (SPEC section 6): its words at the speaker's pace, at least 2 seconds.
///
/// Typing time never counts. Times are rounded to the millisecond so sums stay readable in JSON.
public struct SpeakingClock: Sendable, Equatable {
    public static let defaultWordsPerMinute = 150
    public static let minimumSeconds: Double = 2

    public var learnerWordsPerMinute: Int
    public var personaWordsPerMinute: Int

    public init(
        learnerWordsPerMinute: Int = SpeakingClock.defaultWordsPerMinute,
        personaWordsPerMinute: Int = SpeakingClock.defaultWordsPerMinute
    ) {
        self.learnerWordsPerMinute = learnerWordsPerMinute
        self.personaWordsPerMinute = personaWordsPerMinute
    }

    /// Seconds for `speaker` to say `text`.
    public func seconds(toSay text: String, by speaker: Turn.Speaker) -> Double {
        let pace = speaker == .learner ? learnerWordsPerMinute : personaWordsPerMinute
        return SpeakingClock.seconds(words: SpeakingClock.wordCount(text), wordsPerMinute: pace)
    }

    /// Seconds to say `words` words at `wordsPerMinute`, at least `minimumSeconds`.
    public static func seconds(words: Int, wordsPerMinute: Int) -> Double {
        let pace = max(wordsPerMinute, 1)
        return max(minimumSeconds, rounded(Double(words) * 60 / Double(pace)))
    }

    /// The words in `text`: runs of non-whitespace holding at least one letter or digit,
    /// so a lone dash or emoji does not count.
    public static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count { word in
            word.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }
    }

    /// `seconds` to the nearest millisecond, so that sums of clock times print without float noise.
    public static func rounded(_ seconds: Double) -> Double {
        (seconds * 1000).rounded() / 1000
    }
}
