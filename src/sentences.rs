//! Sentence boundaries inside one paragraph.
//!
//! Rules, not a model: a sentence ends at `.`, `!`, `?` or `…` (plus any closing
//! quote marks and brackets right after it) when the next word starts a new
//! sentence. Abbreviations, initials, decimals and ellipses that run on, and a
//! quotation followed by its frame (`"Why?" he asked.`) do not end a sentence.

use crate::attribution::cues;
use crate::attribution::tokens::lowercase;
use crate::text::{is_closing_mark, is_opening_mark, Words};

/// Abbreviations that never end a sentence (compared without the final dot,
/// lowercase).
static TITLES_AND_SHORTHANDS: Words = Words::new(&[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "reps", "gov", "lt", "col", "capt", "sgt", "maj",
    "adm", "cmdr", "st", "jr", "sr", "rev", "hon", "mt", "ft", "vs", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "fig", "inc", "corp", "co",
    "ltd", "bros", "gov't", "pres", "supt", "insp", "det", "cpl", "pvt", "messrs", "mme", "mlle", "sens",
    "univ", "assn", "ave", "blvd",
]);

/// Words that start a sentence; after an acronym such as "U.S." they tell a
/// sentence end from a name ("the U.S. He said" vs "the U.S. Army").
static SENTENCE_STARTERS: Words = Words::new(&[
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "but",
    "and",
    "in",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "their",
    "its",
    "on",
    "at",
    "as",
    "if",
    "when",
    "while",
    "meanwhile",
    "however",
    "officials",
    "so",
    "yet",
    "after",
    "before",
    "since",
]);

/// Splits `text[start..end]` (one paragraph) into sentences, returned as byte
/// ranges into `text` without surrounding white space.
pub fn split(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    split_into(text, start, end, &mut out);
    out
}

/// `split` into `out`, emptied first: one buffer for every paragraph of an
/// article.
pub fn split_into(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let para = &text[start..end];
    let bytes = para.as_bytes();
    let mut sent_start = skip_space(para, 0);
    let mut terminators = Terminators::new(bytes);
    let mut i = 0;
    while i < para.len() {
        // Jump to the next terminator.
        match terminators.next(i) {
            Some(k) => i = k,
            None => break,
        }
        // The run of terminators and closing marks.
        let term_start = i;
        let mut j = i;
        while j < para.len() {
            let d = para[j..].chars().next().unwrap_or(' ');
            if matches!(d, '.' | '!' | '?' | '…') || is_closing_mark(d) || d == ')' || d == ']' {
                // A straight quote right after a terminator closes a quotation;
                // after a space it would open one, and the loop stops before that.
                j += d.len_utf8();
            } else {
                break;
            }
        }
        let next = skip_space(para, j);
        if next >= para.len() {
            break; // the paragraph ends the sentence
        }
        if next == j {
            // No space after the terminator: "2.5", "U.S.-led", "example.com".
            i = j;
            continue;
        }
        if is_boundary(para, bytes, term_start, j, next) {
            let s = trim_end(para, sent_start, j);
            if s > sent_start {
                out.push((start + sent_start, start + s));
            }
            sent_start = next;
        }
        i = next;
    }
    let s = trim_end(para, sent_start, para.len());
    if s > sent_start {
        out.push((start + sent_start, start + s));
    }
}

/// Finds sentence terminators (`.`, `!`, `?`, `…`) with SIMD byte searches:
/// the whole text goes through here, and a char-by-char scan showed in
/// profiles. The next ellipsis is remembered, since it is rarer.
struct Terminators<'a> {
    bytes: &'a [u8],
    /// The next "…" at or after the last search, or `bytes.len()` for none.
    ellipsis: Option<usize>,
}

/// (Built once: a searcher set up for every paragraph showed in profiles.)
static ELLIPSIS: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("…"));

impl<'a> Terminators<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Terminators { bytes, ellipsis: None }
    }

    /// The byte offset of the next terminator at or after `from`.
    fn next(&mut self, from: usize) -> Option<usize> {
        let rest = self.bytes.get(from..)?;
        let ascii = memchr::memchr3(b'.', b'!', b'?', rest).map(|k| from + k);
        let ellipsis = match self.ellipsis {
            Some(e) if e >= from => e,
            _ => {
                let e = ELLIPSIS.find(rest).map_or(self.bytes.len(), |k| from + k);
                self.ellipsis = Some(e);
                e
            }
        };
        match ascii {
            Some(a) if a < ellipsis => Some(a),
            _ if ellipsis < self.bytes.len() => Some(ellipsis),
            _ => None,
        }
    }
}

fn is_boundary(para: &str, bytes: &[u8], term_start: usize, term_end: usize, next: usize) -> bool {
    let terms = &para[term_start..term_end];
    let first_next = para[next..].chars().next().unwrap_or(' ');
    let next_word = word_at(para, next);
    let starts_upper = first_next.is_uppercase()
        || first_next.is_ascii_digit()
        || is_opening_mark(first_next)
        || first_next == '(';
    if !starts_upper {
        return false;
    }
    let ends_quote = terms.chars().any(is_closing_mark);
    // `"Why?" Smith asked.` — a quotation followed by its frame.
    if ends_quote && terms.contains(['?', '!']) && frame_follows(para, next).is_some() {
        return false;
    }
    // `"... people." Clinton said.`: a full stop inside the quotation, where
    // a comma belongs, and the frame alone after it.
    if ends_quote && frame_follows(para, next).is_some_and(|after| para[after..].starts_with('.')) {
        return false;
    }
    if terms.starts_with('.') && !terms.starts_with("..") {
        let word = word_before(para, bytes, term_start);
        let lower = lowercase(word);
        if TITLES_AND_SHORTHANDS.contains(&lower.as_str()) {
            return false;
        }
        // "No. 10", "Nos. 3 and 4".
        if (lower == "no" || lower == "nos") && first_next.is_ascii_digit() {
            return false;
        }
        // Initials ("J. Smith") and acronyms written with dots ("U.S.").
        let mut letters = word.chars().filter(|c| *c != '.');
        let single_initial = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
        let dotted_acronym =
            word.contains('.') && word.chars().filter(|c| *c != '.').all(char::is_alphabetic);
        if single_initial && !word.contains('.') {
            return false;
        }
        if dotted_acronym || (single_initial && word.contains('.')) {
            let w = lowercase(next_word);
            return SENTENCE_STARTERS.contains(&w.as_str()) || is_opening_mark(first_next);
        }
    }
    true
}

/// When the words after a closing quote are a speech frame (up to four
/// name-like words or a pronoun, then a speech verb: "Smith asked", "he
/// said"), where the verb ends.
fn frame_follows(para: &str, from: usize) -> Option<usize> {
    let mut pos = from;
    for _ in 0..5 {
        let w = word_at(para, pos);
        if w.is_empty() {
            return None;
        }
        if cues::is_speech_verb(&crate::attribution::tokens::Lower::of(w)) {
            return Some(pos + w.len());
        }
        let first = w.chars().next().unwrap_or(' ');
        if !first.is_uppercase() {
            return None;
        }
        pos = skip_space(para, pos + w.len());
    }
    None
}

fn word_at(s: &str, at: usize) -> &str {
    let rest = &s[at..];
    let end = rest
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '\'' || *c == '’' || *c == '-'))
        .map(|(i, _)| i)
        .unwrap_or(rest.len());
    &rest[..end]
}

/// The word (letters and inner dots) that ends just before `at`.
fn word_before<'a>(s: &'a str, _bytes: &[u8], at: usize) -> &'a str {
    let head = &s[..at];
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.' || *c == '\'' || *c == '’'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    &head[start..]
}

fn skip_space(s: &str, mut at: usize) -> usize {
    while at < s.len() {
        let c = s[at..].chars().next().unwrap_or('x');
        if !c.is_whitespace() {
            break;
        }
        at += c.len_utf8();
    }
    at
}

fn trim_end(s: &str, start: usize, end: usize) -> usize {
    start + s[start..end].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::split;

    fn sentences(p: &str) -> Vec<&str> {
        split(p, 0, p.len()).into_iter().map(|(a, b)| &p[a..b]).collect()
    }

    #[test]
    fn abbreviations_and_numbers_do_not_end_sentences() {
        let p = "Gen. Smith met Dr. Jones on Jan. 5 in the U.S. capital. About 11,000 troops, or 2.5 per cent, remain.";
        assert_eq!(
            sentences(p),
            vec![
                "Gen. Smith met Dr. Jones on Jan. 5 in the U.S. capital.",
                "About 11,000 troops, or 2.5 per cent, remain."
            ]
        );
    }

    #[test]
    fn acronym_ends_a_sentence_before_a_sentence_starter() {
        let p = "The troops were sent by the U.S. They arrived on Monday.";
        assert_eq!(sentences(p), vec!["The troops were sent by the U.S.", "They arrived on Monday."]);
        let q = "The U.S. Army said nothing.";
        assert_eq!(sentences(q), vec![q]);
    }

    #[test]
    fn sentence_ending_inside_a_closing_quote() {
        let p = "He called them \"legitimate military targets.\" The ministry did not reply.";
        assert_eq!(
            sentences(p),
            vec!["He called them \"legitimate military targets.\"", "The ministry did not reply."]
        );
        let curly = "She said it was “over.” Then she left.";
        assert_eq!(sentences(curly), vec!["She said it was “over.”", "Then she left."]);
    }

    #[test]
    fn split_quotation_with_frame_is_one_sentence() {
        let p = "\"I think it works,\" he told Newsweek, \"200,000 would make a difference.\"";
        assert_eq!(sentences(p), vec![p]);
        let q = "\"Why now?\" Smith asked. \"Nobody knows.\"";
        assert_eq!(sentences(q), vec!["\"Why now?\" Smith asked.", "\"Nobody knows.\""]);
        // A full stop where the comma belongs keeps the frame with its quotation,
        let r = "“We will look at many people.” Clinton said. “Grizzly Adams?” Maddow asked.";
        assert_eq!(
            sentences(r),
            vec!["“We will look at many people.” Clinton said.", "“Grizzly Adams?” Maddow asked."]
        );
        // but a sentence that goes on after the verb is a sentence of its own.
        let s = "He called it “a disaster.” Clinton said the plan would fail.";
        assert_eq!(sentences(s), vec!["He called it “a disaster.”", "Clinton said the plan would fail."]);
        let t = "He called it “a disaster.” Clinton said, however, that it would pass.";
        assert_eq!(
            sentences(t),
            vec!["He called it “a disaster.”", "Clinton said, however, that it would pass."]
        );
    }

    #[test]
    fn dashes_and_ellipses() {
        let p = "Only 1,000 of them survive—they will come back... and train the rest. Then what?";
        assert_eq!(
            sentences(p),
            vec!["Only 1,000 of them survive—they will come back... and train the rest.", "Then what?"]
        );
        let q = "He paused… Then he spoke.";
        assert_eq!(sentences(q), vec!["He paused…", "Then he spoke."]);
    }

    #[test]
    fn initials_do_not_end_sentences() {
        let p = "George W. Bush spoke first. Then J. K. Rowling read.";
        assert_eq!(sentences(p), vec!["George W. Bush spoke first.", "Then J. K. Rowling read."]);
    }

    #[test]
    fn offsets_point_into_the_whole_text() {
        let text = "Title\n\nFirst one. Second one.";
        let got = split(text, 7, text.len());
        assert_eq!(got, vec![(7, 17), (18, 29)]);
    }
}
