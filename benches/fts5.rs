//! whosaid against SQLite FTS5 on the same sentences and the same queries,
//! reported as ratios from one run.
//!
//! FTS5 gets the `porter unicode61` tokenizer, `snippet()` for the top 10,
//! column filters for speaker and section, and GROUP BY for "who said".

mod common;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use rusqlite::{params, Connection};
use whosaid::bench::{Latency, QuerySpec};

const RUNS: usize = 10;

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let n = common::scale_sentences();
    let index = common::scale_index(n);
    let engine = common::engine(&index);
    let db_path = index.with_file_name(format!("fts5-{n}.db"));
    if !db_path.exists() {
        let tmp = db_path.with_extension("partial");
        let _ = std::fs::remove_file(&tmp);
        let mut db = Connection::open(&tmp).expect("sqlite");
        db.execute_batch(
            "CREATE VIRTUAL TABLE s USING fts5(text, speaker, section, affiliation, kind UNINDEXED, \
             tokenize = 'porter unicode61');",
        )
        .expect("create fts5 table");
        let t = Instant::now();
        let tx = db.transaction().expect("transaction");
        {
            let mut insert = tx.prepare("INSERT INTO s VALUES (?1, ?2, ?3, ?4, ?5)").expect("insert");
            engine
                .for_each_sentence(|d| {
                    insert
                        .execute(params![d.text, d.speaker, d.section, d.affiliation, d.kind])
                        .map(|_| ())
                        .map_err(std::io::Error::other)
                })
                .expect("copy sentences");
        }
        tx.commit().expect("commit");
        db.execute_batch("INSERT INTO s(s) VALUES('optimize');").expect("optimize");
        drop(db);
        std::fs::rename(&tmp, &db_path).expect("rename");
        eprintln!("FTS5 table built in {:.1}s", t.elapsed().as_secs_f64());
    }
    let db = Connection::open(&db_path).expect("open fts5");

    let mut ours: BTreeMap<String, Vec<Duration>> = BTreeMap::new();
    let mut theirs: BTreeMap<String, Vec<Duration>> = BTreeMap::new();
    for q in common::queries() {
        let filters = q.filters();
        let expr = fts5_expression(&q);
        let sql = if q.speakers {
            "SELECT speaker, count(*) FROM s WHERE s MATCH ?1 GROUP BY speaker ORDER BY count(*) DESC"
        } else {
            "SELECT rowid, speaker, section, snippet(s, 0, '[', ']', '…', 24) FROM s WHERE s MATCH ?1 \
             ORDER BY rank LIMIT 10"
        };
        let mut stmt = db.prepare(sql).expect("prepare");
        let mut run_fts5 = || -> usize {
            let mut rows = stmt.query(params![expr]).expect("fts5 query");
            let mut k = 0;
            while rows.next().expect("row").is_some() {
                k += 1;
            }
            k
        };
        let run_ours = || -> usize {
            if q.speakers {
                engine.speakers(&q.query, &filters).expect("whosaid").len()
            } else {
                engine.search(&q.query, &filters, 10).expect("whosaid").len()
            }
        };
        run_fts5();
        run_ours();
        for _ in 0..RUNS {
            let t = Instant::now();
            std::hint::black_box(run_ours());
            ours.entry(q.class.clone()).or_default().push(t.elapsed());
            let t = Instant::now();
            std::hint::black_box(run_fts5());
            theirs.entry(q.class.clone()).or_default().push(t.elapsed());
        }
    }

    println!(
        "whosaid vs SQLite FTS5, {} sentences, {RUNS} runs a query, top 10 with snippets (µs)",
        engine.num_sentences()
    );
    println!(
        "{:<18} {:>10} {:>10} {:>8} | {:>10} {:>10} {:>8}",
        "class", "ours p50", "fts5 p50", "ratio", "ours p99", "fts5 p99", "ratio"
    );
    let mut all_ours = Vec::new();
    let mut all_theirs = Vec::new();
    for (class, mut o) in ours {
        let mut t = theirs.remove(&class).unwrap_or_default();
        all_ours.extend_from_slice(&o);
        all_theirs.extend_from_slice(&t);
        row(&class, &Latency::of(&mut o), &Latency::of(&mut t));
    }
    row("overall", &Latency::of(&mut all_ours), &Latency::of(&mut all_theirs));
}

fn row(name: &str, o: &Latency, t: &Latency) {
    println!(
        "{:<18} {:>10.1} {:>10.1} {:>7.1}x | {:>10.1} {:>10.1} {:>7.1}x",
        name,
        o.p50_us,
        t.p50_us,
        t.p50_us / o.p50_us.max(1e-9),
        o.p99_us,
        t.p99_us,
        t.p99_us / o.p99_us.max(1e-9)
    );
}

/// The same query in FTS5's syntax: the query as written (phrases and
/// AND/OR/NOT mean the same), with column filters for speaker and section.
fn fts5_expression(q: &QuerySpec) -> String {
    let words = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| format!("\"{}\"", w.to_lowercase()))
            .collect::<Vec<_>>()
            .join(" AND ")
    };
    let mut expr = format!("({})", q.query);
    for (column, value) in [("speaker", &q.speaker), ("section", &q.section), ("affiliation", &q.affiliation)]
    {
        if let Some(v) = value {
            expr.push_str(&format!(" AND {column} : ({})", words(v)));
        }
    }
    expr
}
