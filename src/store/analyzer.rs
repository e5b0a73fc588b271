//! Text analysis for the index: English stemming through rust-stemmers, and
//! case- and accent-folding for names.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::mem;

use crate::text::Fnv;

use rust_stemmers::{Algorithm, Stemmer};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token, TokenFilter,
    TokenStream, Tokenizer,
};

/// Analyzer of sentence text: words, lowercased, accents folded, stemmed.
pub const TEXT_ANALYZER: &str = "whosaid_en";
/// Analyzer of names, affiliations and sections: lowercased, accents folded.
pub const NAME_ANALYZER: &str = "whosaid_name";

pub fn text_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(EnglishStemmer)
        .build()
}

pub fn name_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Registers both analyzers; needed every time an index is opened.
pub fn register(index: &tantivy::Index) {
    index.tokenizers().register(TEXT_ANALYZER, text_analyzer());
    index.tokenizers().register(NAME_ANALYZER, name_analyzer());
}

/// Token filter that stems English words with rust-stemmers (Snowball),
/// remembering the stems it made: news repeats its words, and stemming was
/// a fifth of the CPU time of indexing.
#[derive(Clone, Copy)]
pub struct EnglishStemmer;

impl TokenFilter for EnglishStemmer {
    type Tokenizer<T: Tokenizer> = StemFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> StemFilter<T> {
        StemFilter { inner, stems: StemCache::default() }
    }
}

/// Words already stemmed by one analyzer (each indexing thread has its own).
/// Capped, so that a corpus with a huge vocabulary costs bounded memory.
#[derive(Clone, Default)]
struct StemCache {
    stems: HashMap<String, String, BuildHasherDefault<Fnv>>,
}

const STEM_CACHE_WORDS: usize = 100_000;

#[derive(Clone)]
pub struct StemFilter<T> {
    inner: T,
    stems: StemCache,
}

impl<T: Tokenizer> Tokenizer for StemFilter<T> {
    type TokenStream<'a> = StemStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        StemStream {
            tail: self.inner.token_stream(text),
            stemmer: Stemmer::create(Algorithm::English),
            stems: &mut self.stems,
        }
    }
}

pub struct StemStream<'a, T> {
    tail: T,
    stemmer: Stemmer,
    stems: &'a mut StemCache,
}

impl<T: TokenStream> TokenStream for StemStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(stem) = self.stems.stems.get(token.text.as_str()) {
            token.text.clear();
            token.text.push_str(stem);
            return true;
        }
        let stem = self.stemmer.stem(&token.text).into_owned();
        if self.stems.stems.len() < STEM_CACHE_WORDS {
            self.stems.stems.insert(mem::take(&mut token.text), stem.clone());
        }
        token.text = stem;
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(mut a: TextAnalyzer, s: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut stream = a.token_stream(s);
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn sentence_text_is_stemmed_and_folded() {
        assert_eq!(
            terms(text_analyzer(), "Soldiers fighting Zélensky"),
            vec!["soldier", "fight", "zelenski"]
        );
    }

    #[test]
    fn remembered_stems_are_the_stems() {
        // One analyzer over many values, as an indexing thread uses it: words
        // seen before come from the cache and must stem as the first time.
        let mut a = text_analyzer();
        let text = "Officials said the soldiers were fighting; fighting soldiers, officials said";
        let collect = |a: &mut TextAnalyzer| {
            let mut out = Vec::new();
            let mut stream = a.token_stream(text);
            while stream.advance() {
                out.push(stream.token().text.clone());
            }
            out
        };
        let first = collect(&mut a);
        assert_eq!(first, terms(text_analyzer(), text));
        assert_eq!(collect(&mut a), first);
        assert_eq!(&first[..5], ["offici", "said", "the", "soldier", "were"]);
    }

    #[test]
    fn names_are_folded_not_stemmed() {
        assert_eq!(terms(name_analyzer(), "Volodymyr Zélenskyy"), vec!["volodymyr", "zelenskyy"]);
    }
}
