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
            Lower(std::borrow::Cow::Owned(s.to_lowercase().replace('’', "'")))
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
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token { start: start + i, end: start + i + c.len_utf8(), word: false });
            continue;
        }
        let mut j = i + c.len_utf8();
        let mut prev = c;
        while let Some(&(k, d)) = chars.peek() {
            let joins = if d.is_alphanumeric() {
                true
            } else if matches!(d, '\'' | '’' | '-' | '.' | ',') {
                // Inner punctuation joins only between word characters, and a
                // comma only between digits ("11,000").
                let next = s[k + d.len_utf8()..].chars().next();
                match next {
                    Some(n) if n.is_alphanumeric() => {
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
            j = k + d.len_utf8();
            prev = d;
            chars.next();
        }
        // "U.S." and "Mr." keep their final dot.
        if s[j..].starts_with('.') {
            let w = &s[i..j];
            let dotted_acronym = w.contains('.')
                && w.chars().any(char::is_alphabetic)
                && w.split('.').all(|p| p.chars().count() <= 2);
            if dotted_acronym || DOTTED.contains(&w.to_lowercase().as_str()) {
                j += 1;
                chars.next();
            }
        }
        out.push(Token { start: start + i, end: start + j, word: true });
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
