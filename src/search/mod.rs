//! Searching the index: ranked sentences with phrase-aware snippets, counts,
//! and "who said" speaker aggregation.

mod filters;
pub mod highlight;
mod query_text;
mod speakers;

use serde::Serialize;
use std::ops::Bound;

use tantivy::collector::{Count, DocSetCollector, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, ExistsQuery, Occur, Query, QueryParser, QueryParserError,
    RangeQuery,
};
use tantivy::schema::Value;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, IndexReader, Order, ReloadPolicy, Searcher, TantivyDocument, Term};

pub use filters::Filters;
pub use highlight::Highlighter;
pub use speakers::SpeakerCount;

use crate::store::analyzer::text_analyzer;
use crate::store::schema::DATE_TS;
use crate::store::{Fields, Store, StoreError};

/// Longest snippet, in bytes, before it is cut around the first highlight.
pub const SNIPPET_LEN: usize = 300;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("invalid query {query:?}: {message}")]
    Query { query: String, message: String },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// One sentence found: the sentence with all its fields, its rank and
/// score (none in a listing), and a snippet with the matched words' byte
/// ranges.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Hit {
    pub rank: usize,
    /// BM25 score; none where no words were asked for, and sentences are
    /// listed by date instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
    #[serde(flatten)]
    pub sentence: SentenceDoc,
    pub snippet: String,
    /// `[start, end]` byte ranges within `snippet`.
    pub highlights: Vec<(usize, usize)>,
}

/// One indexed sentence with every field, as `whosaid export` writes it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SentenceDoc {
    pub article: String,
    pub file: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub section: Option<String>,
    pub paragraph: u64,
    pub sentence: u64,
    pub start: u64,
    pub end: u64,
    pub kind: String,
    pub speaker: Option<String>,
    pub affiliation: Option<String>,
    /// The further speakers the sentence reports ("..., Lima said, while
    /// Reed said ..."), which `--speaker` finds too.
    pub others: Vec<OtherSpeakerDoc>,
    pub text: String,
}

/// A further speaker of an indexed sentence.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OtherSpeakerDoc {
    pub speaker: Option<String>,
    pub affiliation: Option<String>,
}

impl SentenceDoc {
    fn from_doc(f: &Fields, doc: &TantivyDocument) -> SentenceDoc {
        let text_of = |field| doc.get_first(field).and_then(|v| v.as_str()).map(str::to_string);
        let num_of = |field| doc.get_first(field).and_then(|v| v.as_u64()).unwrap_or(0);
        let all_of = |field| doc.get_all(field).filter_map(|v| v.as_str()).collect::<Vec<_>>();
        let known = |s: &str| (!s.is_empty()).then(|| s.to_string());
        let (speakers, affiliations) = (all_of(f.speaker), all_of(f.affiliation));
        // (Indexes written before speakers and affiliations were stored in
        // step pair only the first ones.)
        let in_step = speakers.len() == affiliations.len();
        let mut people = speakers.iter().enumerate().map(|(n, s)| OtherSpeakerDoc {
            speaker: known(s),
            affiliation: if in_step { known(affiliations[n]) } else { None },
        });
        let first = people.next();
        let others: Vec<OtherSpeakerDoc> = people.collect();
        let (speaker, affiliation) = match first {
            Some(p) if in_step => (p.speaker, p.affiliation),
            _ => (speakers.first().and_then(|s| known(s)), affiliations.first().and_then(|a| known(a))),
        };
        SentenceDoc {
            article: text_of(f.article).unwrap_or_default(),
            file: text_of(f.file).unwrap_or_default(),
            title: text_of(f.title),
            date: text_of(f.date),
            url: text_of(f.url),
            section: text_of(f.section),
            paragraph: num_of(f.paragraph),
            sentence: num_of(f.sentence),
            start: num_of(f.start),
            end: num_of(f.end),
            kind: text_of(f.kind).unwrap_or_default(),
            speaker,
            affiliation,
            others,
            text: text_of(f.text).unwrap_or_default(),
        }
    }

    /// A stable id: the file, the article and the sentence number.
    pub fn id(&self) -> String {
        format!("{}#{}#{}", self.file, self.article, self.sentence)
    }
}

/// An opened index, ready to answer queries; cheap to query many times.
pub struct Engine {
    store: Store,
    reader: IndexReader,
    parser: QueryParser,
    /// What "who said" has read of the speaker dictionaries.
    speaker_keys: speakers::SpeakerKeyCache,
}

impl Engine {
    pub fn open(store: Store) -> Result<Engine, SearchError> {
        let reader = store.index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let f = store.fields;
        let mut parser = QueryParser::for_index(&store.index, vec![f.text]);
        // Every word must match unless the query says OR: quote search wants precision.
        parser.set_conjunction_by_default();
        Ok(Engine { store, reader, parser, speaker_keys: Default::default() })
    }

    pub fn fields(&self) -> &Fields {
        &self.store.fields
    }

    /// Number of sentences in the index.
    pub fn num_sentences(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Parses a user query (terms, "phrases", AND/OR/NOT, field:value) and
    /// adds the filters. An empty query matches every sentence.
    pub fn query(&self, query: &str, filters: &Filters) -> Result<Box<dyn Query>, SearchError> {
        let user: Box<dyn Query> = if is_blank(query) {
            Box::new(AllQuery)
        } else {
            if let Some(kind) = query_text::unknown_kind(query) {
                let message =
                    format!("kind:{kind} is none of kind:direct, kind:indirect, kind:mixed, kind:none");
                return Err(SearchError::Query { query: query.to_string(), message });
            }
            if let Some(word) = query_text::wildcard(query) {
                let message = format!(
                    "{word}: no wildcards; words are found by their stem (\"soldier\" finds \"soldiers\")"
                );
                return Err(SearchError::Query { query: query.to_string(), message });
            }
            let schema = self.store.index.schema();
            let text = query_text::escape_word_punctuation(query, |w| schema.get_field(w).is_ok());
            let parsed = match self.parser.parse_query(&text) {
                // "NOT blair": every sentence but those, as grep -v.
                Err(QueryParserError::AllButQueryForbidden) => self.parser.parse_query(&format!("* {text}")),
                other => other,
            };
            parsed.map_err(|e| {
                let hint = match e {
                    QueryParserError::SyntaxError(_) => {
                        " (a quotation mark or parenthesis left open? Put words in double quotes to search them as written)"
                    }
                    QueryParserError::FieldNotIndexed(_) => {
                        " (ask speaker:, affiliation:, section:, kind:, title:, text:; dates with --since and --until)"
                    }
                    QueryParserError::FieldDoesNotHavePositionsIndexed(_) => " (title: takes words, not a phrase)",
                    _ => "",
                };
                SearchError::Query { query: query.to_string(), message: format!("{e}{hint}") }
            })?
        };
        let extra = filters.queries(&self.store.fields);
        if extra.is_empty() {
            return Ok(user);
        }
        // Filters narrow the matches and leave their ranking to the words.
        let mut clauses = vec![(Occur::Must, user)];
        clauses.extend(
            extra
                .into_iter()
                .map(|q| (Occur::Must, Box::new(ConstScoreQuery::new(q, 0.0)) as Box<dyn Query>)),
        );
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    /// The top `limit` sentences for `query`, with snippets. A blank query
    /// lists the sentences that pass the filters ("everything Howell said"),
    /// newest article first, articles of one day by file and id, and each
    /// in reading order: with no words asked for, a score would only rank
    /// the filters' own fields.
    pub fn search(&self, query: &str, filters: &Filters, limit: usize) -> Result<Vec<Hit>, SearchError> {
        let q = self.query(query, filters)?;
        let searcher = self.reader.searcher();
        // (No more hits than sentences, whatever the limit asked.)
        let limit = limit.min(usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX));
        if limit == 0 {
            return Ok(Vec::new());
        }
        let found: Vec<(Option<f32>, TantivyDocument)> = if is_blank(query) {
            self.newest(&searcher, q.as_ref(), limit)?.into_iter().map(|doc| (None, doc)).collect()
        } else {
            let ranked = TopDocs::with_limit(limit).order_by_score();
            let top = searcher.search(&q, &ranked)?;
            top.into_iter()
                .map(|(score, addr)| Ok((Some(score), searcher.doc(addr)?)))
                .collect::<Result<_, SearchError>>()?
        };
        let highlighter = Highlighter::new(q.as_ref(), self.store.fields.text);
        let mut analyzer = text_analyzer();
        Ok(found
            .iter()
            .enumerate()
            .map(|(n, (score, doc))| self.hit(n + 1, *score, doc, &highlighter, &mut analyzer))
            .collect())
    }

    /// The `limit` newest sentences matching `q`, read, in listing order. Tantivy
    /// breaks ties of date by where a sentence sits in the index, and an
    /// article's sentences are spread over segments (the indexing threads
    /// share them): so the sentences of the last date kept are read whole
    /// and the first in reading order taken, up to `MAX_TIED`.
    fn newest(
        &self,
        searcher: &Searcher,
        q: &dyn Query,
        limit: usize,
    ) -> Result<Vec<TantivyDocument>, SearchError> {
        let newest = TopDocs::with_limit(limit).order_by_fast_field::<i64>(DATE_TS, Order::Desc);
        let top = searcher.search(q, &newest)?;
        // (The date comes from the fast field: it is not stored.)
        let place = |date: Option<i64>, addr: DocAddress| {
            let doc: TantivyDocument = searcher.doc(addr)?;
            Ok::<_, SearchError>((date, ReadingPlace::of(&self.store.fields, &doc), doc))
        };
        // (The last date is cut only when the limit was reached.)
        let cut = (top.len() == limit).then(|| top.last().map(|(date, _)| *date)).flatten();
        let mut rows = top
            .iter()
            .filter(|(date, _)| cut.is_none_or(|c| *date != c))
            .map(|&(date, addr)| place(date, addr))
            .collect::<Result<Vec<_>, _>>()?;
        if let Some(cut) = cut {
            let day: Box<dyn Query> = match cut {
                Some(d) => {
                    let at = Bound::Included(Term::from_field_i64(self.store.fields.date_ts, d));
                    Box::new(RangeQuery::new(at.clone(), at))
                }
                None => Box::new(ExistsQuery::new(DATE_TS.to_string(), false)),
            };
            let on_cut = if cut.is_some() { Occur::Must } else { Occur::MustNot };
            let tied = BooleanQuery::new(vec![(Occur::Must, q.box_clone()), (on_cut, day)]);
            let tied = searcher.search(&tied, &DocSetCollector)?;
            let mut cut_rows = if tied.len() <= MAX_TIED {
                tied.into_iter().map(|addr| place(cut, addr)).collect::<Result<Vec<_>, _>>()?
            } else {
                top.iter()
                    .filter(|(date, _)| *date == cut)
                    .map(|&(date, addr)| place(date, addr))
                    .collect::<Result<_, _>>()?
            };
            cut_rows.sort_by(|a, b| a.1.cmp(&b.1));
            cut_rows.truncate(limit - rows.len());
            rows.extend(cut_rows);
        }
        // (No date sorts after every date.)
        rows.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        Ok(rows.into_iter().map(|(_, _, doc)| doc).collect())
    }

    /// How many sentences match.
    pub fn count(&self, query: &str, filters: &Filters) -> Result<usize, SearchError> {
        let q = self.query(query, filters)?;
        Ok(self.reader.searcher().search(&q, &Count)?)
    }

    /// Speakers of the matching sentences, most quoted first, each with the
    /// affiliations given, most often given first.
    pub fn speakers(&self, query: &str, filters: &Filters) -> Result<Vec<SpeakerCount>, SearchError> {
        let q = self.query(query, filters)?;
        let mut rows =
            self.reader.searcher().search(&q, &speakers::SpeakerKeys { cache: &self.speaker_keys })?;
        // (A sentence passes the filters by one of its speakers; the others
        // quoted in it are no answer to "--speaker wenger".)
        if let Some(wanted) = &filters.speaker {
            let mut wanted = filters::NameWords::new(wanted);
            rows.retain(|r| wanted.held_by(&r.speaker));
        }
        if let Some(wanted) = &filters.affiliation {
            let mut wanted = filters::NameWords::new(wanted);
            rows.retain(|r| r.affiliations.iter().any(|a| wanted.held_by(a)));
        }
        Ok(rows)
    }

    /// Every indexed sentence with all its fields, in index order.
    pub fn for_each_sentence(
        &self,
        mut f: impl FnMut(SentenceDoc) -> std::io::Result<()>,
    ) -> Result<u64, SearchError> {
        let searcher = self.reader.searcher();
        let fields = &self.store.fields;
        let mut n = 0;
        for segment in searcher.segment_readers() {
            let store = segment.get_store_reader(64).map_err(|e| SearchError::Tantivy(e.into()))?;
            for doc in store.iter::<TantivyDocument>(segment.alive_bitset()) {
                let doc = doc?;
                f(SentenceDoc::from_doc(fields, &doc))?;
                n += 1;
            }
        }
        Ok(n)
    }

    fn hit(
        &self,
        rank: usize,
        score: Option<f32>,
        doc: &TantivyDocument,
        h: &Highlighter,
        analyzer: &mut TextAnalyzer,
    ) -> Hit {
        let sentence = SentenceDoc::from_doc(&self.store.fields, doc);
        let ranges = h.ranges(analyzer, &sentence.text);
        let (snippet, highlights) = highlight::snippet(&sentence.text, &ranges, SNIPPET_LEN);
        Hit { rank, score, sentence, snippet, highlights }
    }
}

/// How many sentences of the date a listing cuts through are read to put
/// them in reading order; past that, they come in index order.
const MAX_TIED: usize = 10_000;

/// Whether a query asks for no words: then sentences are listed, not ranked.
pub fn is_blank(query: &str) -> bool {
    query.trim().is_empty()
}

/// Where a sentence is, for reading order: file, article, sentence number.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct ReadingPlace {
    file: String,
    article: String,
    sentence: u64,
}

impl ReadingPlace {
    fn of(f: &Fields, doc: &TantivyDocument) -> ReadingPlace {
        let text = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or("").to_string();
        let sentence = doc.get_first(f.sentence).and_then(|v| v.as_u64()).unwrap_or(0);
        ReadingPlace { file: text(f.file), article: text(f.article), sentence }
    }
}
