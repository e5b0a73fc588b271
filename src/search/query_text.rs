//! What a user types, made ready for Tantivy's query grammar: apostrophes
//! and colons inside words are the words' own ("Putin's war", "o'neill",
//! "3:1", "re: budget"), where the grammar reads them as a quoted phrase
//! and a field name.

use std::borrow::Cow;

/// `query` with the apostrophes that follow a letter or digit, and the
/// colons after a word that names no field, escaped for the grammar. Inside
/// "double quotes" nothing changes; an apostrophe opening a word still
/// opens a 'phrase', and `speaker:howell` still asks a field.
pub fn escape_word_punctuation<'q>(query: &'q str, is_field: impl Fn(&str) -> bool) -> Cow<'q, str> {
    if !query.contains(['\'', ':']) {
        return Cow::Borrowed(query);
    }
    let mut out = String::with_capacity(query.len() + 4);
    let (mut in_phrase, mut in_quoted) = (false, false);
    // Where the current word began in `out`, for the colon's test.
    let mut word_start = 0;
    let mut prev: Option<char> = None;
    let mut chars = query.chars().peekable();
    while let Some(c) = chars.next() {
        let next_is_word = chars.peek().is_some_and(|n| n.is_alphanumeric());
        match c {
            '"' if !in_quoted && prev != Some('\\') => in_phrase = !in_phrase,
            '\'' if !in_phrase => {
                let after_word = prev.is_some_and(char::is_alphanumeric);
                if in_quoted && !next_is_word {
                    in_quoted = false; // the end of a 'phrase'
                } else if after_word {
                    out.push('\\');
                } else {
                    in_quoted = true;
                }
            }
            ':' if !in_phrase && !in_quoted && prev != Some('\\') => {
                // ("+speaker:", "(kind:": the field name without what opens it.)
                let word = out[word_start..].trim_start_matches(['+', '-', '(']);
                if !is_field(word) {
                    out.push('\\');
                }
            }
            _ => {}
        }
        out.push(c);
        if c.is_whitespace() || c == '(' {
            word_start = out.len();
        }
        prev = Some(c);
    }
    Cow::Owned(out)
}

/// The first `kind:` value in `query` that is no kind of sentence
/// ("kind:quote"), which would match nothing without a word said.
pub fn unknown_kind(query: &str) -> Option<&str> {
    query.match_indices("kind:").find_map(|(i, _)| {
        // (A field name, not the end of a word: "speaker_kind:" is none.)
        if query[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            return None;
        }
        let value = query[i + 5..].split(|c: char| c.is_whitespace() || c == ')').next()?.trim_matches('"');
        (!matches!(value.to_lowercase().as_str(), "direct" | "indirect" | "mixed" | "none")).then_some(value)
    })
}

/// The first word outside a phrase that ends in `*` ("blai*"), which the
/// grammar would read as the word alone.
pub fn wildcard(query: &str) -> Option<&str> {
    let mut in_phrase = false;
    let mut start = 0;
    for (i, c) in query.char_indices() {
        match c {
            '"' => in_phrase = !in_phrase,
            '*' if !in_phrase && i > start => return Some(&query[start..=i]),
            c if c.is_whitespace() || c == '(' => start = i + c.len_utf8(),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{escape_word_punctuation, unknown_kind, wildcard};

    #[test]
    fn a_word_ending_in_a_star_is_named() {
        assert_eq!(wildcard("blai* war"), Some("blai*"));
        assert_eq!(wildcard("war (sold*)"), Some("sold*"));
        assert_eq!(wildcard("\"stars*\" war"), None);
        assert_eq!(wildcard("* war"), None);
    }

    #[test]
    fn kinds_asked_in_the_query_are_kinds() {
        assert_eq!(unknown_kind("war kind:direct"), None);
        assert_eq!(unknown_kind("(kind:Mixed OR kind:none) war"), None);
        assert_eq!(unknown_kind("war kind:quote"), Some("quote"));
        assert_eq!(unknown_kind("war"), None);
    }

    fn escaped(q: &str) -> String {
        escape_word_punctuation(q, |w| matches!(w, "speaker" | "kind")).into_owned()
    }

    #[test]
    fn apostrophes_inside_words_are_the_words_own() {
        assert_eq!(escaped("Putin's war"), r"Putin\'s war");
        assert_eq!(escaped("don't worry o'neill"), r"don\'t worry o\'neill");
        assert_eq!(escaped("the Smiths' house"), r"the Smiths\' house");
        // A quoted phrase and an apostrophe opening one are left as written.
        assert_eq!(escaped(r#""don't worry" 'cannon fodder'"#), r#""don't worry" 'cannon fodder'"#);
        assert_eq!(escaped("'we don't' war"), r"'we don\'t' war");
    }

    #[test]
    fn colons_ask_a_field_only_after_a_field_name() {
        assert_eq!(escaped("speaker:howell kind:direct"), "speaker:howell kind:direct");
        assert_eq!(escaped("+speaker:howell (kind:direct OR war)"), "+speaker:howell (kind:direct OR war)");
        assert_eq!(escaped("3:1 win"), r"3\:1 win");
        assert_eq!(escaped("re: budget"), r"re\: budget");
        assert_eq!(escaped("Wenger:"), r"Wenger\:");
        assert_eq!(escaped(r#""at 3:1""#), r#""at 3:1""#);
        assert_eq!(escaped("plain words"), "plain words");
    }
}
