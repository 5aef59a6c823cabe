/// A cue's payload split by voice: `<v Name>` (or `<v.loud Name>`) starts a speaker's text;
/// other tags (`<c>`, `<i>`, `<00:00:01.000>`, `</v>`) are dropped; entities are decoded.
struct WebVTTCueText {
    struct Segment: Equatable {
        /// From a voice tag; nil for text outside any voice.
        var voice: String?
        var text: String
    }

    var segments: [Segment] = []

    init(_ payload: String) {
        var voice: String?
        var text = ""
        func flush() {
            let cleaned = WebVTTCueText.decodeEntities(text)[...].wordsJoinedBySpaces()
            if !cleaned.isEmpty { segments.append(Segment(voice: voice, text: cleaned)) }
            text = ""
        }
        var rest = payload[...]
        while let open = rest.firstIndex(of: "<") {
            text += rest[..<open]
            let afterOpen = rest.index(after: open)
            // "a < b" is text: a tag starts right after its "<".
            guard afterOpen < rest.endIndex, !rest[afterOpen].isWhitespace,
                let close = rest[afterOpen...].firstIndex(of: ">")
            else {
                text += "<"
                rest = rest[afterOpen...]
                continue
            }
            let tag = rest[afterOpen..<close]
            if let name = WebVTTCueText.voiceName(tag) {
                flush()
                voice = name
            } else if tag == "/v" {
                flush()
                voice = nil
            }
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        flush()
    }

    /// The annotation of a voice start tag (`v Name`, `v.class.other Name`), or nil.
    static func voiceName(_ tag: Substring) -> String? {
        guard tag.first == "v", tag.dropFirst().first.map({ $0 == "." || $0.isWhitespace }) == true,
            let space = tag.firstIndex(where: \.isWhitespace)
        else { return nil }
        let name = decodeEntities(String(tag[space...]))[...].wordsJoinedBySpaces()
        return name.isEmpty ? nil : name
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "nbsp": " ", "quot": "\"", "apos": "'", "lrm": "", "rlm": "",
    ]

    /// Decodes `&amp;`, `&lt;`, `&gt;`, `&nbsp;`, `&quot;`, `&apos;`, `&lrm;`, `&rlm;` and numeric
    /// references; anything else is left as written.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";"), let decoded = decode(after[..<semicolon]) {
                out += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    private static func decode(_ name: Substring) -> String? {
        if let named = entities[String(name)] { return named }
        guard name.hasPrefix("#") else { return nil }
        let number = name.dropFirst()
        let value = number.first == "x" || number.first == "X" ? UInt32(number.dropFirst(), radix: 16) : UInt32(number)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
