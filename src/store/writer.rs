//! Indexing a corpus: reading and attribution on one thread, Tantivy's writer
//! on another, one commit at the end so a failed run leaves the index as it was.

use std::path::{Path, PathBuf};
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
    /// Memory budget of Tantivy's writer, in bytes.
    pub memory_bytes: usize,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions { fields: FieldNames::default(), memory_bytes: 256 << 20 }
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

/// One file's worth of work from the reading thread.
struct FileWork {
    key: String,
    articles: Vec<(Article, Vec<AnnotatedSentence>)>,
    issues: Vec<ReadIssue>,
}

type Message = Result<FileWork, ReadIssue>;

/// Indexes every article under `paths` into `store`, replacing the sentences
/// of files indexed before. Unreadable files and records are skipped and
/// reported; an error from the index itself aborts without committing.
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
    let mut writer: IndexWriter =
        store.index.writer_with_num_threads(1, options.memory_bytes.max(15 << 20))?;
    let f = store.fields;
    let (tx, rx) = mpsc::sync_channel::<Message>(16);
    let fields = options.fields.clone();
    let reader = std::thread::spawn(move || {
        for path in files {
            let msg = read_and_annotate(&path, &fields);
            if tx.send(msg).is_err() {
                break;
            }
        }
    });
    for msg in rx {
        report.files += 1;
        match msg {
            Ok(work) => {
                writer.delete_term(Term::from_field_text(f.file_key, &work.key));
                for (article, sentences) in &work.articles {
                    report.articles += 1;
                    report.bytes += article.text.len() as u64;
                    for s in sentences {
                        writer.add_document(document(&f, &work.key, article, s))?;
                        report.sentences += 1;
                    }
                }
                for issue in work.issues {
                    progress.issue(&issue);
                    report.skipped.push(issue);
                }
            }
            Err(issue) => {
                progress.issue(&issue);
                report.skipped.push(issue);
            }
        }
        progress.file_done(&report);
    }
    reader.join().map_err(|_| tantivy::TantivyError::InternalError("the reading thread panicked".into()))?;
    writer.commit()?;
    writer.wait_merging_threads()?;
    report.elapsed = started.elapsed();
    Ok(report)
}

fn read_and_annotate(path: &Path, fields: &FieldNames) -> Message {
    let contents = corpus::read_file(path, fields)?;
    let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()).display().to_string();
    let articles = contents
        .articles
        .into_iter()
        .map(|a| {
            let s = annotate(&a);
            (a, s)
        })
        .collect();
    Ok(FileWork { key, articles, issues: contents.issues })
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
    doc.add_text(f.text, s.text(article));
    doc
}
