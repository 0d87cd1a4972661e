/// How long and how hard a text is to read: words, sentences, characters and, for English, the
/// Flesch-Kincaid grade (A2J Author's per-page measure). Other languages get words and
/// characters only: the grade formula is calibrated for English.
public struct TextStatistics: Hashable, Codable, Sendable {
    /// Words (runs of letters or digits; an ideograph or kana counts as one word each, since
    /// Chinese and Japanese write no spaces).
    public var words: Int
    /// Sentences (ended by . ! ? or their full-width forms; at least one in non-empty text).
    public var sentences: Int
    /// Characters that are not white space.
    public var characters: Int
    /// English syllables, by the usual vowel-group rule.
    public var syllables: Int

    /// The statistics of `text`. ASCII text (most English) is counted from its bytes, which
    /// gives the same figures as counting its characters at a fraction of the cost.
    public init(_ text: String) {
        if let ascii = Self.ascii(text) {
            self = ascii
        } else {
            self.init(countingCharacters: text)
        }
    }

    private init(words: Int, sentences: Int, characters: Int, syllables: Int) {
        self.words = words
        self.sentences = sentences
        self.characters = characters
        self.syllables = syllables
    }

    /// The statistics of ASCII `text` from its bytes (nil when it is not all ASCII): a byte is a
    /// character there, except CR LF, one character that is white space either way.
    static func ascii(_ text: String) -> TextStatistics? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var words = 0, sentences = 0, characters = 0, syllables = 0
        var letters: [UInt8] = []
        var inWord = false, sawText = false
        func endWord() {
            guard inWord else { return }
            words += 1
            syllables += asciiSyllables(letters)
            letters.removeAll(keepingCapacity: true)
            inWord = false
        }
        for byte in text.utf8 {
            let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
            if !isSpace { characters += 1 }
            let lower = byte | 0x20
            let isLetter = lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
            if isLetter || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "'") {
                if isLetter { letters.append(lower) }
                inWord = true
                sawText = true
            } else {
                endWord()
            }
            if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")) && sawText {
                sentences += 1
                sawText = false
            }
        }
        endWord()
        if sawText { sentences += 1 }
        return TextStatistics(words: words, sentences: sentences, characters: characters, syllables: syllables)
    }

    private static let asciiVowels = Set("aeiouy".utf8)

    /// ``syllables(in:)`` of a word's lower-case ASCII letters.
    private static func asciiSyllables(_ letters: [UInt8]) -> Int {
        syllables(ofLetters: letters, vowels: asciiVowels, e: UInt8(ascii: "e"), l: UInt8(ascii: "l"))
    }

    /// The statistics of `text`, character by character (any script).
    init(countingCharacters text: String) {
        var words = 0, sentences = 0, characters = 0, syllables = 0
        var word = ""
        func endWord() {
            guard !word.isEmpty else { return }
            words += 1
            syllables += TextStatistics.syllables(in: word)
            word = ""
        }
        var sawText = false
        for character in text {
            if !character.isWhitespace { characters += 1 }
            if TextStatistics.isIdeographic(character) {
                endWord()
                words += 1
                sawText = true
            } else if character.isLetter || character.isNumber || character == "'" || character == "\u{2019}" {
                word.append(character)
                sawText = true
            } else {
                endWord()
            }
            if ".!?。！？".contains(character) && sawText {
                sentences += 1
                sawText = false
            }
        }
        endWord()
        if sawText { sentences += 1 }
        self.words = words
        self.sentences = sentences
        self.characters = characters
        self.syllables = syllables
    }

    /// The statistics of several texts together.
    public init(joining texts: [String]) {
        self.init("")
        for text in texts {
            let part = TextStatistics(text)
            words += part.words
            sentences += part.sentences
            characters += part.characters
            syllables += part.syllables
        }
    }

    /// The Flesch-Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word
    /// − 15.59. Meaningful for English only; `nil` for empty text.
    public var fleschKincaidGrade: Double? {
        guard words > 0, sentences > 0 else { return nil }
        return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
    }

    /// Syllables of an English word: groups of vowels, less a silent final "e", at least one.
    static func syllables(in word: String) -> Int {
        syllables(ofLetters: Array(word.lowercased().filter(\.isLetter)), vowels: ["a", "e", "i", "o", "u", "y"], e: "e", l: "l")
    }

    /// The vowel-group count of a word's lower-case letters (however they are stored).
    private static func syllables<Letter: Hashable>(ofLetters letters: [Letter], vowels: Set<Letter>, e: Letter, l: Letter) -> Int {
        guard !letters.isEmpty else { return 1 }  // a number reads as about one syllable
        var count = 0
        var previousWasVowel = false
        for letter in letters {
            let isVowel = vowels.contains(letter)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        if letters.count > 2, letters.last == e, letters[letters.count - 2] != l, !vowels.contains(letters[letters.count - 2]) {
            count -= 1
        }
        return max(count, 1)
    }

    /// Whether a character is written without spaces between words (Han, kana:
    /// `EastAsianScript`, the classification width and line breaking use).
    static func isIdeographic(_ character: Character) -> Bool {
        EastAsianScript(character)?.writesWithoutSpaces ?? false
    }
}
