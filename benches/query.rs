//! Query latency on the scale index (1M sentences by default): a phrase, a
//! phrase with a speaker filter, top 10 with snippets against a count, and
//! "who said" speaker aggregation.

mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use whosaid::Filters;

fn queries(c: &mut Criterion) {
    let engine = common::engine(&common::scale_index(common::scale_sentences()));
    let none = Filters::default();
    let trump = Filters { speaker: Some("trump".into()), ..Default::default() };
    let mut g = c.benchmark_group("query");
    g.bench_function("phrase top10 snippets", |b| {
        b.iter(|| engine.search("\"prime minister\"", &none, 10).unwrap())
    });
    g.bench_function("phrase count", |b| b.iter(|| engine.count("\"prime minister\"", &none).unwrap()));
    g.bench_function("rare phrase top10 snippets", |b| {
        b.iter(|| engine.search("\"tip of the iceberg\"", &none, 10).unwrap())
    });
    g.bench_function("phrase + speaker filter top10 snippets", |b| {
        b.iter(|| engine.search("\"white house\"", &trump, 10).unwrap())
    });
    g.bench_function("term top10 snippets", |b| b.iter(|| engine.search("government", &none, 10).unwrap()));
    g.bench_function("who said (speakers of a phrase)", |b| {
        b.iter(|| engine.speakers("\"prime minister\"", &none).unwrap())
    });
    g.bench_function("who said (speakers of a rare phrase)", |b| {
        b.iter(|| engine.speakers("\"cannon fodder\"", &none).unwrap())
    });
    g.finish();
}

criterion_group!(benches, queries);
criterion_main!(benches);
