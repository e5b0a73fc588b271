//! Word and punctuation tokens with byte offsets, for the attribution rules.

use super::cues::{self, CueClass};

/// A word ("U.S.", "Boyechko's", "Russian-born", "11,000") or one punctuation
/// character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub word: bool,
    /// ASCII with no capital: the text is its own lowercase (most tokens;
    /// the rules lowercase tokens often, and this spares the check).
    pub plain: bool,
    /// A short ASCII word with capitals, lowercased once here: the rules ask
    /// for the lowercase of capitalised words again and again.
    low: [u8; LOW],
    low_len: u8,
    /// What the word can be as a cue, looked up once here: the cue search
    /// runs over a sentence more than once, and every rule asks it again.
    pub cue: CueClass,
}

// (Sixteen, not the fourteen that cues need: a token is copied a machine
// word at a time, and an array of fourteen bytes is copied as two words
// that overlap, which stalls the processor.)
const LOW: usize = 16;

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// A word that opens with a capital, or with a digit in a name written
    /// in both cases ("3Com", "7-Eleven").
    #[inline]
    pub fn is_capitalised(&self, text: &str) -> bool {
        // (A plain token is ASCII with no capital.)
        if !self.word || self.plain {
            return false;
        }
        // (The first byte decides for most words, without decoding a char.)
        match text.as_bytes().get(self.start) {
            Some(b) if b.is_ascii_uppercase() => true,
            Some(b) if b.is_ascii_digit() => self.digits_then_capital(text),
            Some(b) if *b >= 0x80 => self.text(text).starts_with(char::is_uppercase),
            _ => false,
        }
    }

    /// Digits, a capital, then small letters ("3Com", "7-Eleven"; not
    /// "35PMChris" of a page's furniture).
    fn digits_then_capital(&self, text: &str) -> bool {
        let w = self.text(text);
        let rest = w.trim_start_matches(|c: char| c.is_ascii_digit());
        let rest = rest.strip_prefix('-').unwrap_or(rest);
        rest.len() < w.len()
            && rest.starts_with(|c: char| c.is_ascii_uppercase())
            && rest.len() > 1
            && rest[1..].bytes().all(|b| b.is_ascii_lowercase())
    }

    /// The first character, for punctuation tests.
    pub fn ch(&self, text: &str) -> char {
        text[self.start..].chars().next().unwrap_or(' ')
    }

    /// The token's text in lowercase, allocating only when it must.
    #[inline]
    pub fn lower<'a>(&'a self, text: &'a str) -> Lower<'a> {
        if self.plain {
            Lower(Repr::Borrowed(self.text(text)))
        } else if self.low_len > 0 {
            // SAFETY: `new` fills `low[..low_len]` with the bytes of an ASCII
            // word, lowercased, and ASCII is valid UTF-8. (Borrowed from the
            // token, not copied: the rules lowercase capitalised words often.)
            Lower(Repr::Borrowed(unsafe {
                std::str::from_utf8_unchecked(&self.low[..self.low_len as usize])
            }))
        } else {
            Lower::of(self.text(text))
        }
    }

    fn new(start: usize, end: usize, word: bool, plain: bool, text: &str) -> Token {
        let mut low = [0u8; LOW];
        let mut low_len = 0;
        let bytes = &text.as_bytes()[start..end];
        if !plain && word && bytes.len() <= LOW && bytes.is_ascii() {
            // (Sixteen bytes from the text where it has them, else the word's.)
            let mut padded = [0u8; LOW];
            let chunk = text.as_bytes().get(start..start + LOW).unwrap_or_else(|| {
                padded[..bytes.len()].copy_from_slice(bytes);
                &padded
            });
            low = ascii_lowercase_prefix(chunk, bytes.len());
            low_len = bytes.len() as u8;
        }
        // (Cues are 3 to 14 ASCII letters: most words are looked up as they
        // stand, and only words with other letters are lowercased first.)
        let cue = if !word || bytes.len() < 3 {
            CueClass::default()
        } else if plain {
            cues::classify_bytes(bytes)
        } else if low_len > 0 {
            cues::classify_bytes(&low[..low_len as usize])
        } else if !bytes.is_ascii() {
            cues::classify(&Lower::of(&text[start..end]))
        } else {
            CueClass::default()
        };
        Token { start, end, word, plain, low, low_len, cue }
    }
}

/// True when `toks[k]` sets off an aside as a dash does: an en or em dash,
/// the horizontal bar, or, as typewriters and wires set them, "--" and a
/// hyphen with spaces round it (" - ").
pub fn is_dash_at(text: &str, toks: &[Token], k: usize) -> bool {
    let Some(t) = toks.get(k).filter(|t| !t.word) else { return false };
    let c = t.ch(text);
    let hyphen = |j: usize| toks.get(j).is_some_and(|t| !t.word && t.ch(text) == '-');
    crate::text::is_dash(c)
        || (c == '-'
            && (hyphen(k + 1)
                || (k > 0 && hyphen(k - 1))
                || (k > 0 && toks[k - 1].end < t.start && toks.get(k + 1).is_some_and(|n| t.end < n.start))))
}

/// A token's text in lowercase, with ’ as '. Borrowed when it already is
/// (or from the token, which keeps a short capitalised word's lowercase),
/// kept inline when short and ASCII: words are lowercased per rule, and an
/// allocation each time showed in profiles.
#[derive(Clone)]
pub struct Lower<'a>(Repr<'a>);

// (Thirty-two: a buffer of a size that is no multiple of sixteen is copied as
// moves that overlap, which stalled every `Lower` of a word with capitals.)
const INLINE: usize = 32;

#[derive(Clone)]
enum Repr<'a> {
    Borrowed(&'a str),
    Inline { len: u8, buf: [u8; INLINE] },
    Owned(String),
}

/// `s` in lowercase exactly as `str::to_lowercase` makes it (’ stays ’),
/// without allocating for ASCII of up to 32 bytes: the rules lowercase
/// words of names and descriptions again and again.
pub fn lowercase(s: &str) -> Lower<'_> {
    if s.is_ascii() {
        Lower::of(s)
    } else {
        Lower(Repr::Owned(s.to_lowercase()))
    }
}

impl<'a> Lower<'a> {
    pub fn of(s: &'a str) -> Lower<'a> {
        let bytes = s.as_bytes();
        if bytes.iter().all(|&b| b.is_ascii() && !b.is_ascii_uppercase()) {
            Lower(Repr::Borrowed(s))
        } else if bytes.len() <= INLINE && s.is_ascii() {
            let mut buf = [0u8; INLINE];
            for (to, from) in buf.iter_mut().zip(bytes) {
                *to = from.to_ascii_lowercase();
            }
            Lower(Repr::Inline { len: bytes.len() as u8, buf })
        } else {
            let l = s.to_lowercase();
            Lower(Repr::Owned(if l.contains('’') { l.replace('’', "'") } else { l }))
        }
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Borrowed(s) => s,
            // SAFETY: `of` fills `buf[..len]` only with the bytes of an ASCII
            // string, lowercased, and ASCII is valid UTF-8. (The checked
            // conversion showed in profiles: this is read for every rule.)
            Repr::Inline { len, buf } => unsafe { std::str::from_utf8_unchecked(&buf[..*len as usize]) },
            Repr::Owned(s) => s,
        }
    }
}

impl std::fmt::Debug for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

impl PartialEq for Lower<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Lower<'_> {}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Abbreviations whose dot belongs to the word ("Mr.", "Gen.").
const DOTTED: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "adm",
    "st", "jr", "sr", "rev", "hon", "cmdr", "pres", "sens", "reps", "gens", "supt", "det", "insp", "cpl",
    "pvt", "amb", "atty", "messrs",
];

/// What an ASCII byte is, for the tokenizer's inner loop: a letter or digit,
/// and whether a capital.
const ALNUM: u8 = 1;
const UPPER: u8 = 2;
const ASCII_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = ALNUM | if c.is_ascii_uppercase() { UPPER } else { 0 };
        }
        b += 1;
    }
    table
};

/// The first `n` (at most `LOW`) bytes of `chunk`, ASCII, lowercased, the
/// rest zero: in two machine words rather than a byte at a time, since the
/// token is then read a word at a time (bytes written one by one and read
/// back as a word stall the processor).
fn ascii_lowercase_prefix(chunk: &[u8], n: usize) -> [u8; LOW] {
    let x = u128::from_le_bytes(chunk.get(..LOW).and_then(|c| c.try_into().ok()).unwrap_or_default())
        & u128::MAX.checked_shr(8 * (LOW - n.min(LOW)) as u32).unwrap_or(0);
    // Capitals get the 0x20 bit: the high bit of each byte in 'A'..='Z',
    // moved down two places.
    let lower = |half: u64| half | (ascii_bytes_in(half, b'A', b'Z') >> 2);
    let mut out = [0u8; LOW];
    out[..8].copy_from_slice(&lower(x as u64).to_le_bytes());
    out[8..].copy_from_slice(&lower((x >> 64) as u64).to_le_bytes());
    out
}

/// The high bit of each byte of `x` that is in `lo..=hi`, for bytes below
/// 0x80: adding 0x80 - lo sets a byte's high bit when it is `lo` or more,
/// adding 0x7f - hi when it is more than `hi`, and no byte carries into the
/// next.
fn ascii_bytes_in(x: u64, lo: u8, hi: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    (x.wrapping_add((0x80 - lo as u64) * ONES) & !x.wrapping_add((0x7f - hi as u64) * ONES)) & HIGH
}

/// How many of the eight bytes of `chunk` (in memory order) open it as ASCII
/// letters and digits, and whether a capital is among them.
fn ascii_alnum_prefix(chunk: u64) -> (usize, bool) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // (Bytes of other scripts are cleared to test the rest, then excluded.)
    let x = chunk & !HIGH;
    let upper = ascii_bytes_in(x, b'A', b'Z');
    let alnum = (ascii_bytes_in(x, b'0', b'9') | upper | ascii_bytes_in(x, b'a', b'z')) & !(chunk & HIGH);
    let n = ((!alnum & HIGH).trailing_zeros() / 8) as usize;
    let within = if n >= 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
    (n.min(8), upper & within != 0)
}

/// Tokenizes `text[start..end]`.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, start, end, &mut out);
    out
}

/// Tokenizes `text[start..end]` into `out`, emptied first: one buffer for
/// every sentence of an article. (A new buffer a sentence, a kilobyte or
/// so, leaves its memory page empty after each sentence; in some indexing
/// runs the allocator handed such pages back to the system and took fresh,
/// zeroed ones again, a tenth of the indexing thread's time in the kernel.)
pub fn tokenize_into(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    out.clear();
    let s = &text[start..end];
    let bytes = s.as_bytes();
    // The character at `i` and its length, with a fast path for ASCII.
    let at = |i: usize| -> Option<(char, usize)> {
        let b = *bytes.get(i)?;
        if b < 0x80 {
            Some((b as char, 1))
        } else {
            s[i..].chars().next().map(|c| (c, c.len_utf8()))
        }
    };
    out.reserve(bytes.len() / 5 + 1);
    let mut i = 0;
    while i < bytes.len() {
        // (Spaces, the commonest byte between words, skipped at once.)
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        // (An ASCII letter or digit opens a word: no char to decode, and
        // none of the tests below to make.)
        let b = bytes[i];
        let (c, len) = if ASCII_CLASS[b as usize] & ALNUM != 0 {
            (b as char, 1)
        } else {
            let Some((c, len)) = at(i) else { break };
            // Angle brackets are markup, not words: Reuters writes "<Texaco Inc>
            // said", and feeds keep stray tags. A ticker in them goes whole:
            // "CSR Ltd <CSRA.S> said" is CSR Ltd speaking.
            if c == '<' {
                // (Right after a word: "<IBM> said" opening a sentence is a name.)
                let after_word = out.last().is_some_and(|t: &Token| t.word && t.end + 1 >= start + i);
                let ticker = bytes[i + 1..].iter().take(16).position(|&b| b == b'>').filter(|&n| {
                    after_word
                        && n > 0
                        && bytes[i + 1..i + 1 + n]
                            .iter()
                            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b'.' | b' '))
                });
                i += ticker.map_or(1, |n| n + 2);
                continue;
            }
            if c.is_whitespace() || c == '>' {
                i += len;
                continue;
            }
            if !c.is_alphanumeric() {
                out.push(Token::new(start + i, start + i + len, false, c.is_ascii(), text));
                i += len;
                continue;
            }
            (c, len)
        };
        let mut j = i + len;
        let mut prev = c;
        let mut plain = c.is_ascii() && !c.is_ascii_uppercase();
        loop {
            // ASCII letters and digits, the common case, without decoding
            // and with one table read a byte.
            let run = j;
            let mut seen = 0;
            // (Eight bytes at a time where eight remain: a word's end found
            // by a branch a byte mispredicted once a word.)
            while let Some(chunk) = bytes.get(j..j + 8) {
                let (n, upper) = ascii_alnum_prefix(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
                seen |= if upper { UPPER } else { 0 };
                j += n;
                if n < 8 {
                    break;
                }
            }
            while let Some(&b) = bytes.get(j) {
                let class = ASCII_CLASS[b as usize];
                if class & ALNUM == 0 {
                    break;
                }
                seen |= class;
                j += 1;
            }
            if j > run {
                plain &= seen & UPPER == 0;
                prev = bytes[j - 1] as char;
            }
            // (A space or the end closes the word.)
            if bytes.get(j).is_none_or(|&b| b == b' ') {
                break;
            }
            let Some((d, dl)) = at(j) else { break };
            let joins = if d.is_alphanumeric() {
                true
            } else if matches!(d, '\'' | '’' | '-' | '.' | ',' | '&') {
                // Inner punctuation joins only between word characters, and a
                // comma only between digits ("11,000"); "AT&T", "S&P".
                match at(j + dl) {
                    Some((n, _)) if n.is_alphanumeric() => {
                        d != ',' || (prev.is_ascii_digit() && n.is_ascii_digit())
                    }
                    _ => false,
                }
            } else {
                false
            };
            if !joins {
                break;
            }
            j += dl;
            prev = d;
            plain &= d.is_ascii() && !d.is_ascii_uppercase();
        }
        // "U.S." and "Mr." keep their final dot.
        if bytes.get(j) == Some(&b'.') {
            let w = &s[i..j];
            let dotted_acronym = w.contains('.')
                && w.chars().any(char::is_alphabetic)
                && w.split('.').all(|p| p.chars().count() <= 2);
            // An initial: "George W. Bush", "Jock A. Finlayson".
            let initial = w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase();
            if dotted_acronym || initial || (w.len() <= 6 && DOTTED.iter().any(|d| d.eq_ignore_ascii_case(w)))
            {
                j += 1;
            }
        }
        out.push(Token::new(start + i, start + j, true, plain, text));
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::{ascii_alnum_prefix, ascii_lowercase_prefix, tokenize};

    #[test]
    fn capitals_are_lowercased_in_one_word_and_the_rest_is_zero() {
        let low = |s: &[u8; 16], n: usize| ascii_lowercase_prefix(s, n);
        assert_eq!(&low(b"Sanders said it.", 7)[..8], b"sanders\0");
        // Sixteen bytes, all kept; '@' and '[' beside the capitals stay.
        assert_eq!(&low(b"@AZ[azQWERTYUIOP", 16), b"@az[azqwertyuiop");
        assert_eq!(low(b"ABCDEFGHIJKLMNOP", 0), [0; 16]);
    }

    #[test]
    fn word_scan_stops_at_the_first_byte_no_letter_or_digit() {
        let scan = |b: &[u8; 8]| ascii_alnum_prefix(u64::from_le_bytes(*b));
        assert_eq!(scan(b"said the"), (4, false));
        assert_eq!(scan(b"Sanders,"), (7, true));
        assert_eq!(scan(b"abcdefgh"), (8, false));
        assert_eq!(scan(b"09azAZ@["), (6, true));
        // A capital after the word's end is not the word's.
        assert_eq!(scan(b"so A and"), (2, false));
        // Bytes of other scripts stop it: "Zürich".
        assert_eq!(scan(&[b'Z', 0xC3, 0xBC, b'r', b'i', b'c', b'h', b' ']), (1, true));
        // Punctuation beside the letters' ranges: '/', ':', '@', '[', '`', '{'.
        for b in [b'/', b':', b'@', b'[', b'`', b'{', b' ', 0x7f] {
            assert_eq!(scan(&[b, b'a', b'a', b'a', b'a', b'a', b'a', b'a']).0, 0, "{b:#x}");
        }
    }

    #[test]
    fn words_keep_inner_punctuation() {
        let t = "Mr. Smith's U.S.-born aide said 11,000, not 2.5.";
        let words: Vec<&str> = tokenize(t, 0, t.len()).iter().map(|k| k.text(t)).collect();
        assert_eq!(
            words,
            vec!["Mr.", "Smith's", "U.S.", "-", "born", "aide", "said", "11,000", ",", "not", "2.5", "."]
        );
        // Agency markup: a ticker after a name goes whole, brackets around a name go.
        let t = "<Texaco Inc> and CSR Ltd <CSRA.S> said";
        let words: Vec<&str> = tokenize(t, 0, t.len()).iter().map(|k| k.text(t)).collect();
        assert_eq!(words, vec!["Texaco", "Inc", "and", "CSR", "Ltd", "said"]);
        // An ampersand inside a word joins it; between words it stands alone.
        let t = "AT&T and Ernst & Young";
        let words: Vec<&str> = tokenize(t, 0, t.len()).iter().map(|k| k.text(t)).collect();
        assert_eq!(words, vec!["AT&T", "and", "Ernst", "&", "Young"]);
    }
}
