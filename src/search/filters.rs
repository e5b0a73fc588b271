//! Field filters: speaker, affiliation, section, kind and date range, each
//! turned into a Tantivy query that must match.

use std::ops::Bound;

use tantivy::query::{BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::Term;

use crate::attribution::Kind;
use crate::store::analyzer::name_analyzer;
use crate::store::Fields;

/// Restrictions on which sentences may match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Any part of the speaker's name, case- and accent-insensitive.
    pub speaker: Option<String>,
    pub affiliation: Option<String>,
    pub section: Option<String>,
    pub kind: Option<Kind>,
    /// Seconds since the epoch, inclusive bounds on the article's date.
    pub since: Option<i64>,
    pub until: Option<i64>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    /// One query a filter; all of them must match.
    pub fn queries(&self, f: &Fields) -> Vec<Box<dyn Query>> {
        let mut out: Vec<Box<dyn Query>> = Vec::new();
        let mut analyzer = name_analyzer();
        for (value, field) in
            [(&self.speaker, f.speaker), (&self.affiliation, f.affiliation), (&self.section, f.section)]
        {
            if let Some(v) = value {
                out.push(words_query(&mut analyzer, field, v));
            }
        }
        if let Some(k) = self.kind {
            out.push(Box::new(TermQuery::new(
                Term::from_field_text(f.kind, k.as_str()),
                IndexRecordOption::Basic,
            )));
        }
        if self.since.is_some() || self.until.is_some() {
            let bound = |v: Option<i64>| match v {
                Some(v) => Bound::Included(Term::from_field_i64(f.date_ts, v)),
                None => Bound::Unbounded,
            };
            out.push(Box::new(RangeQuery::new(bound(self.since), bound(self.until))));
        }
        out
    }
}

/// Every word of `value` must be in `field`: "howell" finds "Edward Howell",
/// "chatham house" finds the fellow at Chatham House.
fn words_query(analyzer: &mut TextAnalyzer, field: Field, value: &str) -> Box<dyn Query> {
    let clauses: Vec<(Occur, Box<dyn Query>)> = name_words(analyzer, value)
        .iter()
        .map(|w| {
            let term = Term::from_field_text(field, w);
            (Occur::Must, Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>)
        })
        .collect();
    if clauses.is_empty() {
        // A value with no words in it matches nothing rather than everything.
        let term = Term::from_field_text(field, "\u{0}");
        return Box::new(TermQuery::new(term, IndexRecordOption::Basic));
    }
    Box::new(BooleanQuery::new(clauses))
}

/// The words of `value` as a name field holds them.
fn name_words(analyzer: &mut TextAnalyzer, value: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut stream = analyzer.token_stream(value);
    while let Some(t) = stream.next() {
        words.push(t.text.clone());
    }
    words
}

/// The words a filter asks for, to check names against as the filter's
/// field does: the speakers a `--speaker` filter counts are those it names,
/// not the others quoted in the same sentences.
pub struct NameWords {
    analyzer: TextAnalyzer,
    wanted: Vec<String>,
}

impl NameWords {
    pub fn new(wanted: &str) -> NameWords {
        let mut analyzer = name_analyzer();
        let wanted = name_words(&mut analyzer, wanted);
        NameWords { analyzer, wanted }
    }

    /// Whether `value` holds every word asked for.
    pub fn held_by(&mut self, value: &str) -> bool {
        let have = name_words(&mut self.analyzer, value);
        self.wanted.iter().all(|w| have.contains(w))
    }
}
