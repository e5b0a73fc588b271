//! Indexing a corpus: reading and attribution on this thread, Tantivy's
//! indexing threads beside it, one commit at the end so a failed run leaves
//! the index as it was.

use std::path::PathBuf;
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
    /// Files and records read with a guess (text not in UTF-8), all indexed.
    pub notes: Vec<ReadIssue>,
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

/// Indexes every article under `paths` into `store`, replacing the sentences
/// of files indexed before. Unreadable files and records are skipped and
/// reported; an error from the index itself aborts without committing.
///
/// This thread reads and attributes while Tantivy's indexing threads index
/// what it hands them, so both cores work; memory is bounded by the
/// writer's budget and its queue of documents, whatever the size of the
/// corpus. (A reading thread of its own, handing batches to this one, only
/// added a hop: the writer's queue already decouples the two.)
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
    let f = &store.fields;
    for path in &files {
        index_file(&writer, f, path, &options.fields, &mut report, progress)?;
        report.files += 1;
        progress.file_done(&report);
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// One file's articles, attributed and handed to the writer as they come;
/// the file's sentences indexed before go first.
fn index_file(
    writer: &IndexWriter,
    f: &Fields,
    path: &std::path::Path,
    fields: &FieldNames,
    report: &mut IndexReport,
    progress: &dyn Progress,
) -> tantivy::Result<()> {
    let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()).display().to_string();
    let mut opened = false;
    let mut failed: Option<tantivy::TantivyError> = None;
    let mut issues = Vec::new();
    let result = corpus::for_each_article(path, fields, &mut |item| {
        if failed.is_some() {
            return;
        }
        if !opened {
            opened = true;
            writer.delete_term(Term::from_field_text(f.file_key, &key));
        }
        match item {
            Ok(article) => {
                report.articles += 1;
                report.bytes += article.text.len() as u64;
                let documents = ArticleDocuments::new(f, &key, &article);
                for s in annotate(&article) {
                    if let Err(e) = writer.add_document(documents.sentence(&article, &s)) {
                        failed = Some(e);
                        return;
                    }
                    report.sentences += 1;
                }
            }
            Err(issue) => issues.push(issue),
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    // (Reported after the file's articles, as they were read.)
    issues.extend(result.err());
    for issue in issues {
        progress.issue(&issue);
        if issue.guessed {
            report.notes.push(issue);
        } else {
            report.skipped.push(issue);
        }
    }
    Ok(())
}

/// The index document of one sentence.
pub fn document(f: &Fields, file_key: &str, article: &Article, s: &AnnotatedSentence) -> TantivyDocument {
    ArticleDocuments::new(f, file_key, article).sentence(article, s)
}

/// The index documents of one article's sentences. The article's own fields
/// (file, title, date, url) are made once and copied into each sentence's
/// document: making them again for every sentence showed in profiles.
pub struct ArticleDocuments {
    f: Fields,
    head: TantivyDocument,
}

impl ArticleDocuments {
    pub fn new(f: &Fields, file_key: &str, article: &Article) -> ArticleDocuments {
        let mut head = TantivyDocument::default();
        head.add_text(f.file_key, file_key);
        head.add_text(f.file, &article.file);
        head.add_text(f.article, &article.id);
        if let Some(t) = &article.title {
            head.add_text(f.title, t);
        }
        if let Some(d) = &article.date {
            head.add_text(f.date, d);
            if let Some(ts) = corpus::parse_date(d) {
                head.add_i64(f.date_ts, ts);
            }
        }
        if let Some(u) = &article.url {
            head.add_text(f.url, u);
        }
        ArticleDocuments { f: *f, head }
    }

    /// The document of sentence `s` of the article.
    pub fn sentence(&self, article: &Article, s: &AnnotatedSentence) -> TantivyDocument {
        let f = &self.f;
        let mut doc = self.head.clone();
        if let Some(sec) = &s.section {
            doc.add_text(f.section, sec);
        }
        doc.add_u64(f.paragraph, s.paragraph as u64);
        doc.add_u64(f.sentence, s.sentence as u64);
        doc.add_u64(f.start, s.start as u64);
        doc.add_u64(f.end, s.end as u64);
        let a = &s.attribution;
        doc.add_text(f.kind, a.kind.as_str());
        let mut key = String::new();
        // Speakers and affiliations are stored in step, an empty value for
        // one not known, so that the n-th affiliation is the n-th speaker's.
        let mut add_speaker =
            |doc: &mut TantivyDocument, speaker: &Option<String>, affiliation: &Option<String>| {
                if speaker.is_none() && affiliation.is_none() {
                    return;
                }
                doc.add_text(f.speaker, speaker.as_deref().unwrap_or(""));
                doc.add_text(f.affiliation, affiliation.as_deref().unwrap_or(""));
                if let Some(sp) = speaker {
                    key.clear();
                    key.push_str(sp);
                    key.push(KEY_SEPARATOR);
                    key.push_str(affiliation.as_deref().unwrap_or(""));
                    doc.add_text(f.speaker_key, &key);
                }
            };
        add_speaker(&mut doc, &a.speaker, &a.affiliation);
        // Further speakers of the sentence are found by --speaker and counted
        // by `speakers` too; the first speaker stays the one shown.
        for o in &a.others {
            add_speaker(&mut doc, &o.speaker, &o.affiliation);
        }
        doc.add_text(f.text, s.text(article));
        doc
    }
}
