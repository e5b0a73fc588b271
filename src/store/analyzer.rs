//! Text analysis for the index: English stemming through rust-stemmers, and
//! case- and accent-folding for names.

use std::borrow::Cow;
use std::mem;

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

/// Token filter that stems English words with rust-stemmers (Snowball).
#[derive(Clone, Copy)]
pub struct EnglishStemmer;

impl TokenFilter for EnglishStemmer {
    type Tokenizer<T: Tokenizer> = StemFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> StemFilter<T> {
        StemFilter { inner }
    }
}

#[derive(Clone)]
pub struct StemFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for StemFilter<T> {
    type TokenStream<'a> = StemStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        StemStream {
            tail: self.inner.token_stream(text),
            stemmer: Stemmer::create(Algorithm::English),
            buffer: String::new(),
        }
    }
}

pub struct StemStream<T> {
    tail: T,
    stemmer: Stemmer,
    buffer: String,
}

impl<T: TokenStream> TokenStream for StemStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        match self.stemmer.stem(&token.text) {
            Cow::Owned(s) => token.text = s,
            Cow::Borrowed(s) => {
                self.buffer.clear();
                self.buffer.push_str(s);
                mem::swap(&mut token.text, &mut self.buffer);
            }
        }
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
    fn names_are_folded_not_stemmed() {
        assert_eq!(terms(name_analyzer(), "Volodymyr Zélenskyy"), vec!["volodymyr", "zelenskyy"]);
    }
}
