//! Indexing throughput, attribution included, against bare Tantivy indexing
//! the same sentences with the same schema, in one run.
//!
//! WHOSAID_BENCH_SENTENCES sets the corpus size (1M by default).

mod common;

// The allocator of the `whosaid` binary, for both runs alike.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

use tantivy::IndexWriter;
use whosaid::corpus::{read_file, FieldNames};
use whosaid::{annotate, IndexOptions, Store};

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // `cargo bench -- --list`
    }
    let n = common::scale_sentences();
    let corpus = common::scale_corpus(n);
    let tmp = tempfile::tempdir().expect("a temporary folder");

    // Attribution alone, on one core.
    let contents = read_file(&corpus, &FieldNames::default()).expect("read the scale corpus");
    let bytes: usize = contents.articles.iter().map(|a| a.text.len()).sum();
    // Each article's sentences are dropped as they come, as `whosaid index`
    // does: keeping them all would time the growth of memory too.
    let t = Instant::now();
    let sentences: usize = contents.articles.iter().map(|a| std::hint::black_box(annotate(a)).len()).sum();
    let attribution_secs = t.elapsed().as_secs_f64();
    let annotated: Vec<_> = contents.articles.iter().map(|a| (a, annotate(a))).collect();

    // Bare Tantivy: the same documents, built beforehand, on both cores.
    let bare = Store::open_or_create(&tmp.path().join("bare")).expect("bare index");
    let docs: Vec<_> = annotated
        .iter()
        .flat_map(|(a, ss)| ss.iter().map(|s| whosaid::store::document(&bare.fields, &a.file, a, s)))
        .collect();
    drop(annotated);
    let t = Instant::now();
    let cpu = cpu_seconds();
    let mut writer: IndexWriter = bare.index.writer(256 << 20).expect("writer");
    for d in docs {
        writer.add_document(d).expect("add");
    }
    writer.commit().expect("commit");
    writer.wait_merging_threads().expect("merge");
    let bare_secs = t.elapsed().as_secs_f64();
    let bare_cpu = cpu_seconds().zip(cpu).map(|(b, a)| b - a);

    // whosaid: reading JSON, structure, attribution and indexing.
    let ours = Store::open_or_create(&tmp.path().join("whosaid")).expect("whosaid index");
    let cpu = cpu_seconds();
    let report = whosaid::index_corpus(&ours, &[corpus], &IndexOptions::default(), &()).expect("index");
    let ours_secs = report.elapsed.as_secs_f64();
    let ours_cpu = cpu_seconds().zip(cpu).map(|(b, a)| b - a);

    let mb = bytes as f64 / 1e6;
    println!("indexing {sentences} sentences, {mb:.1} MB of text (machine: {} cores)", num_cpus());
    println!(
        "  attribution alone (1 core)    {:>7.2}s  {:>6.1} MB/s",
        attribution_secs,
        mb / attribution_secs
    );
    println!(
        "  bare Tantivy (same schema)     {:>7.2}s  {:>6.1} MB/s  {:>8.0} sentences/s  {}",
        bare_secs,
        mb / bare_secs,
        sentences as f64 / bare_secs,
        cpu_note(bare_cpu)
    );
    println!(
        "  whosaid index (attribution in) {:>7.2}s  {:>6.1} MB/s  {:>8.0} sentences/s  {}",
        ours_secs,
        mb / ours_secs,
        report.sentences as f64 / ours_secs,
        cpu_note(ours_cpu)
    );
    println!("  whosaid / bare Tantivy throughput: {:.2}", bare_secs / ours_secs);
    println!(
        "  index size: {:.1} MB ({:.2}x the text)",
        dir_size(&ours.path) as f64 / 1e6,
        dir_size(&ours.path) as f64 / bytes as f64
    );
}

/// CPU time of the whole process so far, all threads (Linux only): how much
/// work a run did, beside how long it took.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which ends with ')': utime and stime are
    // the 12th and 13th, in clock ticks (100 a second on Linux).
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn cpu_note(cpu: Option<f64>) -> String {
    cpu.map(|c| format!("{c:.1} CPU-s")).unwrap_or_default()
}

fn num_cpus() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
}

fn dir_size(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|rd| rd.flatten().filter_map(|e| e.metadata().ok()).map(|m| m.len()).sum())
        .unwrap_or(0)
}
