//! Indexing throughput, attribution included, against bare Tantivy indexing
//! the same sentences with the same schema, in one run.
//!
//! WHOSAID_BENCH_SENTENCES sets the corpus size (1M by default),
//! WHOSAID_BENCH_ROUNDS the rounds of both runs (3 by default).

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
    let rounds =
        std::env::var("WHOSAID_BENCH_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(3usize).max(1);
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
    let mb = bytes as f64 / 1e6;
    println!("indexing {sentences} sentences, {mb:.1} MB of text (machine: {} cores)", num_cpus());
    println!(
        "  attribution alone (1 core)    {:>7.2}s  {:>6.1} MB/s",
        attribution_secs,
        mb / attribution_secs
    );

    // Rounds of both, in alternating order: on a shared machine one run of
    // each varies by a tenth, and the order would favour one of them.
    let mut ratios = Vec::new();
    let mut last_index = None;
    for round in 0..rounds {
        let dir = tmp.path().join(format!("round-{round}"));
        let bare = || {
            // Bare Tantivy: the same documents, built beforehand, on both cores.
            let store = Store::open_or_create(&dir.join("bare")).expect("bare index");
            let docs: Vec<_> = annotated
                .iter()
                .flat_map(|(a, ss)| ss.iter().map(|s| whosaid::store::document(&store.fields, &a.file, a, s)))
                .collect();
            let t = Instant::now();
            let cpu = cpu_seconds();
            let mut writer: IndexWriter = store.index.writer(256 << 20).expect("writer");
            for d in docs {
                writer.add_document(d).expect("add");
            }
            writer.commit().expect("commit");
            writer.wait_merging_threads().expect("merge");
            (t.elapsed().as_secs_f64(), cpu_seconds().zip(cpu).map(|(b, a)| b - a))
        };
        let ours = || {
            // whosaid: reading JSON, structure, attribution and indexing.
            let store = Store::open_or_create(&dir.join("whosaid")).expect("whosaid index");
            let (cpu, own) = (cpu_seconds(), thread_cpu_seconds());
            let report =
                whosaid::index_corpus(&store, std::slice::from_ref(&corpus), &IndexOptions::default(), &())
                    .expect("index");
            let spent = |after: Option<f64>, before: Option<f64>| after.zip(before).map(|(b, a)| b - a);
            let cpu = spent(cpu_seconds(), cpu);
            (report.elapsed.as_secs_f64(), cpu, spent(thread_cpu_seconds(), own), store.path.clone())
        };
        let (b, o) = if round % 2 == 0 {
            let b = bare();
            (b, ours())
        } else {
            let o = ours();
            (bare(), o)
        };
        let ((bare_secs, bare_cpu), (ours_secs, ours_cpu, own_cpu, path)) = (b, o);
        println!("  round {} ({} first)", round + 1, if round % 2 == 0 { "bare" } else { "whosaid" });
        println!(
            "    bare Tantivy (same schema)     {:>7.2}s  {:>6.1} MB/s  {:>8.0} sentences/s  {}",
            bare_secs,
            mb / bare_secs,
            sentences as f64 / bare_secs,
            cpu_note(bare_cpu)
        );
        println!(
            "    whosaid index (attribution in) {:>7.2}s  {:>6.1} MB/s  {:>8.0} sentences/s  {}",
            ours_secs,
            mb / ours_secs,
            sentences as f64 / ours_secs,
            cpu_note(ours_cpu)
        );
        // (The calling thread reads and attributes; the rest is Tantivy's.)
        if let (Some(all), Some(own)) = (ours_cpu, own_cpu) {
            println!(
                "      of which reading, attribution and documents {own:.1} CPU-s, Tantivy's threads {:.1} CPU-s",
                all - own
            );
        }
        println!("    whosaid / bare Tantivy throughput: {:.2}", bare_secs / ours_secs);
        ratios.push(bare_secs / ours_secs);
        // (The last round's index stays, to be measured; the others go.)
        if let Some(previous) = last_index.replace(path) {
            let _ = std::fs::remove_dir_all(previous.parent().unwrap_or(&previous));
        }
    }
    ratios.sort_by(f64::total_cmp);
    println!(
        "  whosaid / bare Tantivy throughput, median of {rounds}: {:.2} (from {:.2} to {:.2})",
        ratios[ratios.len() / 2],
        ratios[0],
        ratios[ratios.len() - 1]
    );
    if let Some(path) = last_index {
        println!(
            "  index size: {:.1} MB ({:.2}x the text)",
            dir_size(&path) as f64 / 1e6,
            dir_size(&path) as f64 / bytes as f64
        );
    }
}

/// CPU time of the whole process so far, all threads (Linux only): how much
/// work a run did, beside how long it took.
fn cpu_seconds() -> Option<f64> {
    stat_cpu_seconds("/proc/self/stat")
}

fn stat_cpu_seconds(path: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(path).ok()?;
    // Fields after the command name, which ends with ')': utime and stime are
    // the 12th and 13th, in clock ticks (100 a second on Linux).
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// CPU time of the calling thread so far (Linux only).
fn thread_cpu_seconds() -> Option<f64> {
    stat_cpu_seconds("/proc/thread-self/stat")
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
