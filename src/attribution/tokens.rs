//! Word and punctuation tokens with byte offsets, for the attribution rules.

/// A word ("U.S.", "Boyechko's", "Russian-born", "11,000") or one punctuation
/// character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub word: bool,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// The first character, for punctuation tests.
    pub fn ch(&self, text: &str) -> char {
        text[self.start..].chars().next().unwrap_or(' ')
    }
}

/// A token's text in lowercase, with ’ as '; borrowed when it already is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lower<'a>(std::borrow::Cow<'a, str>);

impl<'a> Lower<'a> {
    pub fn of(s: &'a str) -> Lower<'a> {
        if s.bytes().all(|b| !b.is_ascii_uppercase() && b.is_ascii()) {
            Lower(std::borrow::Cow::Borrowed(s))
        } else {
            let l = s.to_lowercase();
            Lower(std::borrow::Cow::Owned(if l.contains('’') { l.replace('’', "'") } else { l }))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl Token {
    /// The token's text in lowercase, allocating only when it must.
    pub fn lower<'a>(&self, text: &'a str) -> Lower<'a> {
        Lower::of(self.text(text))
    }
}

/// Abbreviations whose dot belongs to the word ("Mr.", "Gen.").
const DOTTED: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "adm",
    "st", "jr", "sr", "rev", "hon", "cmdr", "pres", "sens", "reps", "gens", "supt", "det", "insp", "cpl",
    "pvt", "amb", "atty", "messrs",
];

/// Tokenizes `text[start..end]`.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
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
    let mut out = Vec::with_capacity(bytes.len() / 5 + 1);
    let mut i = 0;
    while let Some((c, len)) = at(i) {
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token { start: start + i, end: start + i + len, word: false });
            i += len;
            continue;
        }
        let mut j = i + len;
        let mut prev = c;
        while let Some((d, dl)) = at(j) {
            let joins = if d.is_alphanumeric() {
                true
            } else if matches!(d, '\'' | '’' | '-' | '.' | ',') {
                // Inner punctuation joins only between word characters, and a
                // comma only between digits ("11,000").
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
        }
        // "U.S." and "Mr." keep their final dot.
        if bytes.get(j) == Some(&b'.') {
            let w = &s[i..j];
            let dotted_acronym = w.contains('.')
                && w.chars().any(char::is_alphabetic)
                && w.split('.').all(|p| p.chars().count() <= 2);
            if dotted_acronym || (w.len() <= 6 && DOTTED.contains(&w.to_ascii_lowercase().as_str())) {
                j += 1;
            }
        }
        out.push(Token { start: start + i, end: start + j, word: true });
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::tokenize;

    #[test]
    fn words_keep_inner_punctuation() {
        let t = "Mr. Smith's U.S.-born aide said 11,000, not 2.5.";
        let words: Vec<&str> = tokenize(t, 0, t.len()).iter().map(|k| k.text(t)).collect();
        assert_eq!(
            words,
            vec!["Mr.", "Smith's", "U.S.", "-", "born", "aide", "said", "11,000", ",", "not", "2.5", "."]
        );
    }
}
