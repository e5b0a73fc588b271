//! What the benchmarks share: the corpus they read and the scale index they
//! query, built once under target/whosaid-bench/ and reused.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use whosaid::{Engine, IndexOptions, Store};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// ../shared/corpus when present, else the project's fixtures.
pub fn corpus() -> Vec<PathBuf> {
    let shared = root().join("../shared/corpus");
    if shared.is_dir() {
        vec![shared, root().join("fixtures")]
    } else {
        eprintln!("../shared/corpus is absent: benchmarking on fixtures/");
        vec![root().join("fixtures")]
    }
}

/// Sentences in the scale corpus: WHOSAID_BENCH_SENTENCES, 1M by default.
pub fn scale_sentences() -> usize {
    std::env::var("WHOSAID_BENCH_SENTENCES").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000)
}

fn work_dir() -> PathBuf {
    let dir = root().join("target/whosaid-bench");
    std::fs::create_dir_all(&dir).expect("create target/whosaid-bench");
    dir
}

/// The scale corpus (JSON Lines), generated with seed 42 when missing.
pub fn scale_corpus(sentences: usize) -> PathBuf {
    let path = work_dir().join(format!("scale-{sentences}.jsonl"));
    if !path.exists() {
        let tmp = path.with_extension("partial");
        let mut out = std::io::BufWriter::new(std::fs::File::create(&tmp).expect("create scale corpus"));
        let r = whosaid::scale::generate(&corpus(), sentences, 42, &mut out).expect("generate scale corpus");
        drop(out);
        std::fs::rename(&tmp, &path).expect("rename scale corpus");
        eprintln!(
            "scale corpus: {} sentences, {:.1} MB at {}",
            r.sentences,
            r.bytes as f64 / 1e6,
            path.display()
        );
    }
    path
}

/// The whosaid index of the scale corpus, built when missing.
pub fn scale_index(sentences: usize) -> PathBuf {
    let dir = work_dir().join(format!("index-{sentences}"));
    if !dir.join("meta.json").exists() {
        let corpus = scale_corpus(sentences);
        let _ = std::fs::remove_dir_all(&dir);
        let store = Store::open_or_create(&dir).expect("create the scale index");
        let r = whosaid::index_corpus(&store, &[corpus], &IndexOptions::default(), &()).expect("index");
        eprintln!(
            "scale index: {} sentences in {:.1}s at {}",
            r.sentences,
            r.elapsed.as_secs_f64(),
            dir.display()
        );
    }
    dir
}

pub fn engine(index: &Path) -> Engine {
    Engine::open(Store::open(index).expect("open the scale index")).expect("open the engine")
}

/// The default query set of `whosaid bench`.
pub fn queries() -> Vec<whosaid::bench::QuerySpec> {
    let text = std::fs::read_to_string(root().join("benches/queries.jsonl")).expect("benches/queries.jsonl");
    whosaid::bench::parse_query_set(&text).expect("the default query set parses")
}
