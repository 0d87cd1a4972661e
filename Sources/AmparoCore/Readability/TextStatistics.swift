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

    /// The statistics of `text`.
    public init(_ text: String) {
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
        let letters = Array(word.lowercased().filter(\.isLetter))
        guard !letters.isEmpty else { return 1 }  // a number reads as about one syllable
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var count = 0
        var previousWasVowel = false
        for letter in letters {
            let isVowel = vowels.contains(letter)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        if letters.count > 2, letters.last == "e", letters[letters.count - 2] != "l", !vowels.contains(letters[letters.count - 2]) {
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
