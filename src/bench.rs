//! `whosaid bench`: query latency measured in-process on a warm index.
//!
//! A query set is one query a line, or JSON Lines of [`QuerySpec`]. Every
//! query runs `runs` times after one warm-up run, both as `search` does it
//! (top 10 with snippets; "who said" classes aggregate speakers instead) and
//! as a count only.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::attribution::Kind;
use crate::search::{Engine, Filters, SearchError};

/// One query of a query set.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct QuerySpec {
    /// The class it is reported under ("phrase-common", "who-said-rare", ...).
    pub class: String,
    pub query: String,
    pub speaker: Option<String>,
    pub affiliation: Option<String>,
    pub section: Option<String>,
    pub kind: Option<String>,
    /// Answer with the speakers of the matches ("who said X?").
    pub speakers: bool,
    /// Hits to fetch; 10 unless set.
    pub limit: Option<usize>,
    /// The line of the query set it was read from, for messages.
    #[serde(skip)]
    pub line: usize,
}

impl QuerySpec {
    pub fn filters(&self) -> Filters {
        Filters {
            speaker: self.speaker.clone(),
            affiliation: self.affiliation.clone(),
            section: self.section.clone(),
            kind: self.kind.as_deref().and_then(Kind::parse),
            since: None,
            until: None,
        }
    }
}

/// Reads a query set: JSON Lines when a line starts with `{`, else one query
/// a line (classed "query"). Blank lines and `#` comments are skipped. A
/// field it does not know, a kind that is none, or a set with no query is
/// an error naming the line: a figure measured without them would mislead.
pub fn parse_query_set(text: &str) -> Result<Vec<QuerySpec>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = i + 1;
        if line.starts_with('{') {
            let mut q: QuerySpec =
                serde_json::from_str(line).map_err(|e| format!("line {at}: malformed JSON: {e}"))?;
            if q.class.is_empty() {
                q.class = "query".into();
            }
            if let Some(k) = q.kind.as_deref().filter(|k| Kind::parse(k).is_none()) {
                return Err(format!("line {at}: kind {k:?} is none of direct, indirect, mixed, none"));
            }
            q.line = at;
            out.push(q);
        } else {
            out.push(QuerySpec {
                class: "query".into(),
                query: line.to_string(),
                line: at,
                ..Default::default()
            });
        }
    }
    if out.is_empty() {
        return Err("no queries in it".into());
    }
    Ok(out)
}

/// Latency figures for a set of timings.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Latency {
    pub queries: usize,
    pub p50_us: f64,
    pub p95_us: f64,
    pub p99_us: f64,
    pub max_us: f64,
    pub mean_us: f64,
    pub qps: f64,
}

impl Latency {
    pub fn of(samples: &mut [Duration]) -> Latency {
        if samples.is_empty() {
            return Latency::default();
        }
        samples.sort_unstable();
        let us = |d: Duration| d.as_secs_f64() * 1e6;
        let at = |q: f64| us(samples[((samples.len() - 1) as f64 * q).round() as usize]);
        let total: f64 = samples.iter().map(|d| us(*d)).sum();
        Latency {
            queries: samples.len(),
            p50_us: at(0.50),
            p95_us: at(0.95),
            p99_us: at(0.99),
            max_us: us(samples[samples.len() - 1]),
            mean_us: total / samples.len() as f64,
            qps: samples.len() as f64 / (total / 1e6),
        }
    }
}

/// Figures for one class of queries (or all of them).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct ClassReport {
    /// Top 10 with snippets, as `search` answers (speakers for "who said").
    pub search: Latency,
    /// Counting the matches only.
    pub count: Latency,
    /// Matches of the class's queries, summed over one run.
    pub matches: u64,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct BenchReport {
    pub sentences: u64,
    pub runs: usize,
    pub by_class: BTreeMap<String, ClassReport>,
    pub overall: ClassReport,
}

/// Runs the query set `runs` times (after a warm-up) and reports latencies.
pub fn run(engine: &Engine, queries: &[QuerySpec], runs: usize) -> Result<BenchReport, SearchError> {
    let mut search: BTreeMap<String, Vec<Duration>> = BTreeMap::new();
    let mut count: BTreeMap<String, Vec<Duration>> = BTreeMap::new();
    let mut matches: BTreeMap<String, u64> = BTreeMap::new();
    for q in queries {
        let filters = q.filters();
        let limit = q.limit.unwrap_or(10);
        // The number of matches; then a warm-up of what is timed, which
        // reads from disk what the query needs (and, for "who said", the
        // speaker keys the engine keeps).
        let n = engine.count(&q.query, &filters)?;
        *matches.entry(q.class.clone()).or_default() += n as u64;
        let answer = || -> Result<(), SearchError> {
            if q.speakers {
                std::hint::black_box(engine.speakers(&q.query, &filters)?);
            } else {
                std::hint::black_box(engine.search(&q.query, &filters, limit)?);
            }
            Ok(())
        };
        answer()?;
        for _ in 0..runs.max(1) {
            let t = Instant::now();
            answer()?;
            search.entry(q.class.clone()).or_default().push(t.elapsed());
            let t = Instant::now();
            std::hint::black_box(engine.count(&q.query, &filters)?);
            count.entry(q.class.clone()).or_default().push(t.elapsed());
        }
    }
    let mut report = BenchReport { sentences: engine.num_sentences(), runs, ..Default::default() };
    let mut all_search = Vec::new();
    let mut all_count = Vec::new();
    for (class, mut s) in search {
        let mut c = count.remove(&class).unwrap_or_default();
        all_search.extend_from_slice(&s);
        all_count.extend_from_slice(&c);
        let m = matches.get(&class).copied().unwrap_or(0);
        report.overall.matches += m;
        report.by_class.insert(
            class,
            ClassReport { search: Latency::of(&mut s), count: Latency::of(&mut c), matches: m },
        );
    }
    report.overall.search = Latency::of(&mut all_search);
    report.overall.count = Latency::of(&mut all_count);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_sets_mix_plain_lines_and_json() {
        let set = "# comment\ncannon fodder\n{\"class\": \"who-said\", \"query\": \"\\\"cannon fodder\\\"\", \"speakers\": true}\n";
        let q = parse_query_set(set).unwrap();
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].class, "query");
        assert!(q[1].speakers);
        assert!(parse_query_set("{oops").is_err());
    }

    #[test]
    fn a_query_set_that_would_measure_something_else_is_refused_by_line() {
        let err = |text: &str| parse_query_set(text).unwrap_err();
        assert_eq!(err("# nothing\n\n"), "no queries in it");
        assert!(err("war\n{\"query\": \"war\", \"kind\": \"quote\"}").starts_with("line 2: kind \"quote\""));
        assert!(err("{\"query\": \"war\", \"speakr\": \"x\"}").contains("unknown field `speakr`"));
        assert_eq!(parse_query_set("war\n\npeace").unwrap()[1].line, 3);
    }

    #[test]
    fn percentiles_come_from_sorted_samples() {
        let mut s: Vec<Duration> = (1..=100).rev().map(Duration::from_micros).collect();
        let l = Latency::of(&mut s);
        assert_eq!(l.p50_us.round(), 51.0);
        assert_eq!(l.p99_us.round(), 99.0);
        assert_eq!(l.max_us.round(), 100.0);
    }
}
