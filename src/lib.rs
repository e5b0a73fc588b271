//! whosaid: a full-text search engine for quotations in news.
//!
//! The modules follow the data: [`corpus`] reads files into articles,
//! [`structure`] finds sections and paragraphs, [`sentences`] splits them,
//! [`attribution`] finds quotations and who said them, [`annotate`] puts
//! those together; [`store`] writes and opens the Tantivy index, [`search`]
//! answers queries with phrase-aware snippets, and [`printer`] shows results.
//! See `ARCHITECTURE.md`.

pub mod annotate;
pub mod attribution;
pub mod bench;
pub mod corpus;
pub mod eval;
pub mod printer;
pub mod scale;
pub mod search;
pub mod sentences;
pub mod store;
pub mod structure;
pub mod text;

pub use annotate::{annotate, AnnotatedSentence};
pub use attribution::{Attribution, Kind, Span};
pub use corpus::{Article, FieldNames, ReadIssue};
pub use search::{Engine, Filters, Hit, SearchError, SpeakerCount};
pub use store::{index_corpus, IndexOptions, IndexReport, Store, StoreError};
