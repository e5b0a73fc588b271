//! From an article to annotated sentences: structure, sentences, attribution.

use serde::Serialize;

use crate::attribution::{self, Attribution, Kind, SentenceRef, Span};
use crate::corpus::Article;
use crate::{sentences, structure};

/// One sentence with its place in the article and its attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnotatedSentence {
    pub section: Option<String>,
    /// Paragraph number, from 1.
    pub paragraph: usize,
    /// Sentence number within the article, from 1.
    pub sentence: usize,
    /// Byte range of the sentence in the article text.
    pub start: usize,
    pub end: usize,
    pub attribution: Attribution,
}

/// Runs the whole text pipeline over one article.
pub fn annotate(article: &Article) -> Vec<AnnotatedSentence> {
    let text = article.text.as_str();
    let structure = structure::parse(text, article.body_start, article.markdown);
    let paragraphs: Vec<(usize, usize)> = structure.paragraphs.iter().map(|p| (p.start, p.end)).collect();
    let mut refs = Vec::new();
    let mut spans = Vec::new();
    for (i, p) in structure.paragraphs.iter().enumerate() {
        sentences::split_into(text, p.start, p.end, &mut spans);
        refs.extend(spans.iter().map(|&(s, e)| SentenceRef { paragraph: i, start: s, end: e }));
    }
    let attributions = attribution::attribute(text, &paragraphs, &refs);
    refs.iter()
        .zip(attributions)
        .enumerate()
        .map(|(n, (r, attribution))| AnnotatedSentence {
            section: structure.section_name(&structure.paragraphs[r.paragraph]).map(str::to_string),
            paragraph: r.paragraph + 1,
            sentence: n + 1,
            start: r.start,
            end: r.end,
            attribution,
        })
        .collect()
}

/// A span with its text, as `annotate --json` prints the source and cue.
#[derive(Debug, Serialize)]
pub struct SpanText<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

/// The JSON record of one sentence, as `whosaid annotate --json` prints it.
#[derive(Debug, Serialize)]
pub struct SentenceRecord<'a> {
    pub file: &'a str,
    pub article: &'a str,
    pub section: Option<&'a str>,
    pub paragraph: usize,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub kind: Kind,
    pub speaker: Option<&'a str>,
    pub affiliation: Option<&'a str>,
    pub source: Option<SpanText<'a>>,
    pub cue: Option<SpanText<'a>>,
    pub content: &'a [Span],
    /// Further speakers of the sentence, each with its source and cue.
    pub others: Vec<OtherRecord<'a>>,
}

/// A further speaker in `annotate --json`.
#[derive(Debug, Serialize)]
pub struct OtherRecord<'a> {
    pub speaker: Option<&'a str>,
    pub affiliation: Option<&'a str>,
    pub source: SpanText<'a>,
    pub cue: SpanText<'a>,
}

impl AnnotatedSentence {
    pub fn text<'a>(&self, article: &'a Article) -> &'a str {
        &article.text[self.start..self.end]
    }

    pub fn record<'a>(&'a self, article: &'a Article) -> SentenceRecord<'a> {
        let span_text =
            |s: Span| SpanText { start: s.start, end: s.end, text: &article.text[s.start..s.end] };
        let a = &self.attribution;
        SentenceRecord {
            file: &article.file,
            article: &article.id,
            section: self.section.as_deref(),
            paragraph: self.paragraph,
            sentence: self.sentence,
            start: self.start,
            end: self.end,
            text: self.text(article),
            kind: a.kind,
            speaker: a.speaker.as_deref(),
            affiliation: a.affiliation.as_deref(),
            source: a.source.map(span_text),
            cue: a.cue.map(span_text),
            content: &a.content,
            others: a
                .others
                .iter()
                .map(|o| OtherRecord {
                    speaker: o.speaker.as_deref(),
                    affiliation: o.affiliation.as_deref(),
                    source: span_text(o.source),
                    cue: span_text(o.cue),
                })
                .collect(),
        }
    }
}
