//! Phrase-aware highlighting. A phrase is marked as one range where its words
//! stand together; a word that occurs in the query only inside a phrase is
//! not marked where it stands alone.

use std::collections::HashSet;

use tantivy::query::{BooleanQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::Field;
use tantivy::tokenizer::TextAnalyzer;

/// The positive words and phrases of a query on one field, as analyzed terms.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Highlighter {
    words: HashSet<String>,
    phrases: Vec<Vec<String>>,
}

impl Highlighter {
    pub fn new(query: &dyn Query, field: Field) -> Highlighter {
        let mut h = Highlighter::default();
        h.collect(query, field);
        h
    }

    fn collect(&mut self, query: &dyn Query, field: Field) {
        if let Some(b) = query.downcast_ref::<BooleanQuery>() {
            for (occur, sub) in b.clauses() {
                if *occur != Occur::MustNot {
                    self.collect(sub.as_ref(), field);
                }
            }
        } else if let Some(p) = query.downcast_ref::<PhraseQuery>() {
            if p.field() == field {
                let terms: Vec<String> =
                    p.phrase_terms().iter().filter_map(|t| t.value().as_str().map(str::to_string)).collect();
                self.phrases.push(terms);
            }
        } else if let Some(t) = query.downcast_ref::<TermQuery>() {
            if t.term().field() == field {
                if let Some(s) = t.term().value().as_str() {
                    self.words.insert(s.to_string());
                }
            }
        } else {
            query.query_terms(&mut |term, _| {
                if term.field() == field {
                    if let Some(s) = term.value().as_str() {
                        self.words.insert(s.to_string());
                    }
                }
            });
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty()
    }

    /// Byte ranges of `text` to highlight, sorted and merged.
    pub fn ranges(&self, analyzer: &mut TextAnalyzer, text: &str) -> Vec<(usize, usize)> {
        let mut tokens: Vec<(String, usize, usize)> = Vec::new();
        let mut stream = analyzer.token_stream(text);
        while let Some(t) = stream.next() {
            tokens.push((t.text.clone(), t.offset_from, t.offset_to));
        }
        let mut ranges = Vec::new();
        for (word, from, to) in &tokens {
            if self.words.contains(word) {
                ranges.push((*from, *to));
            }
        }
        for phrase in &self.phrases {
            if phrase.is_empty() || phrase.len() > tokens.len() {
                continue;
            }
            for i in 0..=tokens.len() - phrase.len() {
                if phrase.iter().zip(&tokens[i..]).all(|(p, t)| *p == t.0) {
                    ranges.push((tokens[i].1, tokens[i + phrase.len() - 1].2));
                }
            }
        }
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
        for (s, e) in ranges {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        merged
    }
}

/// A snippet of a sentence: the sentence itself when short, else a window
/// around the first highlight, cut at word boundaries.
pub fn snippet(text: &str, ranges: &[(usize, usize)], max_len: usize) -> (String, Vec<(usize, usize)>) {
    if text.len() <= max_len {
        return (text.to_string(), ranges.to_vec());
    }
    let anchor = ranges.first().map(|r| r.0).unwrap_or(0);
    let mut start = anchor.saturating_sub(max_len / 3);
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    if start > 0 {
        start = text[start..].find(' ').map(|i| start + i + 1).filter(|&s| s <= anchor).unwrap_or(start);
    }
    let mut end = (start + max_len).min(text.len());
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    if end < text.len() {
        end = text[..end].rfind(' ').filter(|&e| e > start).unwrap_or(end);
    }
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if end < text.len() { "…" } else { "" };
    let shift = prefix.len();
    let out = format!("{prefix}{}{suffix}", &text[start..end]);
    let kept = ranges
        .iter()
        .filter(|(s, e)| *s >= start && *e <= end)
        .map(|(s, e)| (s - start + shift, e - start + shift))
        .collect();
    (out, kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::analyzer::text_analyzer;

    fn highlighter(words: &[&str], phrases: &[&[&str]]) -> Highlighter {
        Highlighter {
            words: words.iter().map(|s| s.to_string()).collect(),
            phrases: phrases.iter().map(|p| p.iter().map(|s| s.to_string()).collect()).collect(),
        }
    }

    #[test]
    fn a_phrase_is_one_range_and_its_lone_words_are_not_marked() {
        let h = highlighter(&[], &[&["cannon", "fodder"]]);
        let text = "Troops became cannon fodder; a cannon fired.";
        let r = h.ranges(&mut text_analyzer(), text);
        assert_eq!(r, vec![(14, 27)]);
        assert_eq!(&text[r[0].0..r[0].1], "cannon fodder");
    }

    #[test]
    fn stemmed_words_are_marked_in_their_written_form() {
        let h = highlighter(&["soldier"], &[]);
        let text = "Soldiers and a soldier.";
        let r = h.ranges(&mut text_analyzer(), text);
        assert_eq!(r, vec![(0, 8), (15, 22)]);
    }

    #[test]
    fn long_sentences_are_cut_around_the_first_highlight() {
        let text = format!("{} cannon fodder {}", "word ".repeat(100), "tail ".repeat(100));
        let at = text.find("cannon").unwrap();
        let (snip, ranges) = snippet(&text, &[(at, at + 13)], 120);
        assert!(snip.starts_with('…') && snip.ends_with('…'));
        assert_eq!(&snip[ranges[0].0..ranges[0].1], "cannon fodder");
    }
}
