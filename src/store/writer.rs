//! Indexing a corpus: reading and attribution on one thread, Tantivy's writer
//! on another, one commit at the end so a failed run leaves the index as it was.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use tantivy::{IndexWriter, TantivyDocument, Term};

use super::{Fields, Store, KEY_SEPARATOR};
use crate::annotate::{annotate, AnnotatedSentence};
use crate::corpus::{self, Article, FieldNames, ReadIssue};

/// How to index.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    pub fields: FieldNames,
    /// Memory budget of Tantivy's writer, all threads together, in bytes.
    pub memory_bytes: usize,
    /// Tantivy's indexing threads; the machine's cores by default.
    pub threads: Option<usize>,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions { fields: FieldNames::default(), memory_bytes: 256 << 20, threads: None }
    }
}

/// What an indexing run did.
#[derive(Debug, Default, Clone)]
pub struct IndexReport {
    pub files: usize,
    pub articles: usize,
    pub sentences: usize,
    /// Bytes of article text read.
    pub bytes: u64,
    pub skipped: Vec<ReadIssue>,
    pub elapsed: Duration,
}

impl IndexReport {
    pub fn megabytes_per_second(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.elapsed.as_secs_f64().max(1e-9)
    }

    pub fn sentences_per_second(&self) -> f64 {
        self.sentences as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// Receives progress while indexing; the CLI draws a bar with it.
pub trait Progress {
    fn start(&self, _files: usize) {}
    fn file_done(&self, _report: &IndexReport) {}
    fn issue(&self, _issue: &ReadIssue) {}
}

impl Progress for () {}

/// What the reading thread hands the writer, in file order.
enum Message {
    /// A file was opened: its old sentences go.
    File {
        key: String,
    },
    /// Annotated articles of the current file, as index documents.
    Docs {
        articles: usize,
        bytes: u64,
        docs: Vec<TantivyDocument>,
    },
    /// A record, or a whole file, that could not be read.
    Issue(ReadIssue),
    FileDone,
}

/// Articles a message carries: enough to keep the channel cheap, few
/// enough that memory stays flat.
const BATCH: usize = 64;

/// Indexes every article under `paths` into `store`, replacing the sentences
/// of files indexed before. Unreadable files and records are skipped and
/// reported; an error from the index itself aborts without committing.
///
/// Reading and attribution run on one thread while Tantivy's writer indexes
/// on the others; memory is bounded by the writer's budget and a few
/// batches in flight, whatever the size of the corpus.
pub fn index_corpus(
    store: &Store,
    paths: &[PathBuf],
    options: &IndexOptions,
    progress: &dyn Progress,
) -> tantivy::Result<IndexReport> {
    let started = Instant::now();
    let (files, issues) = corpus::discover(paths);
    let mut report = IndexReport { skipped: issues, ..Default::default() };
    for issue in &report.skipped {
        progress.issue(issue);
    }
    progress.start(files.len());
    let threads =
        options.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut writer: IndexWriter = store
        .index
        .writer_with_num_threads(threads.max(1), options.memory_bytes.max((15 << 20) * threads.max(1)))?;
    // Segments stop growing by merges at 500k sentences: queries stay fast
    // (a handful of segments), and merging never has to hold a whole large
    // corpus, so peak memory does not grow with it.
    let mut merges = tantivy::indexer::LogMergePolicy::default();
    merges.set_max_docs_before_merge(500_000);
    writer.set_merge_policy(Box::new(merges));
    let f = store.fields;
    let (tx, rx) = mpsc::sync_channel::<Message>(8);
    let fields = options.fields.clone();
    let reader = std::thread::spawn(move || read_and_annotate(&files, &fields, &f, &tx));
    for msg in rx {
        match msg {
            Message::File { key } => {
                writer.delete_term(Term::from_field_text(f.file_key, &key));
            }
            Message::Docs { articles, bytes, docs } => {
                report.articles += articles;
                report.bytes += bytes;
                report.sentences += docs.len();
                for d in docs {
                    writer.add_document(d)?;
                }
            }
            Message::Issue(issue) => {
                progress.issue(&issue);
                report.skipped.push(issue);
            }
            Message::FileDone => {
                report.files += 1;
                progress.file_done(&report);
            }
        }
    }
    reader.join().map_err(|_| tantivy::TantivyError::InternalError("the reading thread panicked".into()))?;
    writer.commit()?;
    writer.wait_merging_threads()?;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// The reading thread: files in order, articles in batches.
fn read_and_annotate(files: &[PathBuf], fields: &FieldNames, f: &Fields, tx: &mpsc::SyncSender<Message>) {
    for path in files {
        let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()).display().to_string();
        let mut opened = false;
        let mut batch = Message::Docs { articles: 0, bytes: 0, docs: Vec::new() };
        let mut pending_issues = Vec::new();
        let mut closed = false;
        let result = corpus::for_each_article(path, fields, &mut |item| {
            if closed {
                return;
            }
            if !opened {
                opened = true;
                closed |= tx.send(Message::File { key: key.clone() }).is_err();
            }
            match item {
                Ok(article) => {
                    if let Message::Docs { articles, bytes, docs } = &mut batch {
                        *articles += 1;
                        *bytes += article.text.len() as u64;
                        for s in annotate(&article) {
                            docs.push(document(f, &key, &article, &s));
                        }
                        if *articles >= BATCH {
                            let full = std::mem::replace(
                                &mut batch,
                                Message::Docs { articles: 0, bytes: 0, docs: Vec::new() },
                            );
                            closed |= tx.send(full).is_err();
                        }
                    }
                }
                Err(issue) => pending_issues.push(issue),
            }
        });
        let mut out = vec![batch];
        out.extend(pending_issues.into_iter().map(Message::Issue));
        if let Err(issue) = result {
            out.push(Message::Issue(issue));
        }
        out.push(Message::FileDone);
        for m in out {
            if tx.send(m).is_err() {
                return;
            }
        }
    }
}

/// The index document of one sentence.
pub fn document(f: &Fields, file_key: &str, article: &Article, s: &AnnotatedSentence) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.file_key, file_key);
    doc.add_text(f.file, &article.file);
    doc.add_text(f.article, &article.id);
    if let Some(t) = &article.title {
        doc.add_text(f.title, t);
    }
    if let Some(d) = &article.date {
        doc.add_text(f.date, d);
        if let Some(ts) = corpus::parse_date(d) {
            doc.add_i64(f.date_ts, ts);
        }
    }
    if let Some(u) = &article.url {
        doc.add_text(f.url, u);
    }
    if let Some(sec) = &s.section {
        doc.add_text(f.section, sec);
    }
    doc.add_u64(f.paragraph, s.paragraph as u64);
    doc.add_u64(f.sentence, s.sentence as u64);
    doc.add_u64(f.start, s.start as u64);
    doc.add_u64(f.end, s.end as u64);
    let a = &s.attribution;
    doc.add_text(f.kind, a.kind.as_str());
    if let Some(sp) = &a.speaker {
        doc.add_text(f.speaker, sp);
        let key = format!("{sp}{KEY_SEPARATOR}{}", a.affiliation.as_deref().unwrap_or(""));
        doc.add_text(f.speaker_key, &key);
    }
    if let Some(af) = &a.affiliation {
        doc.add_text(f.affiliation, af);
    }
    // Further speakers of the sentence are found by --speaker and counted
    // by `speakers` too; the first speaker stays the one shown.
    for o in &a.others {
        if let Some(sp) = &o.speaker {
            doc.add_text(f.speaker, sp);
            let key = format!("{sp}{KEY_SEPARATOR}{}", o.affiliation.as_deref().unwrap_or(""));
            doc.add_text(f.speaker_key, &key);
        }
        if let Some(af) = &o.affiliation {
            doc.add_text(f.affiliation, af);
        }
    }
    doc.add_text(f.text, s.text(article));
    doc
}
