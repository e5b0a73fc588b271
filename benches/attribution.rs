//! Attribution throughput: structure, sentences and attribution over every
//! article of the corpus, on one core, in MB of text a second.

mod common;

// The allocator of the `whosaid` binary, so the figure is what `index` and
// `annotate` get.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use whosaid::corpus::{discover, read_file, FieldNames};

fn attribution(c: &mut Criterion) {
    let (files, _) = discover(&common::corpus());
    let articles: Vec<_> = files
        .iter()
        .filter_map(|f| read_file(f, &FieldNames::default()).ok())
        .flat_map(|c| c.articles)
        .collect();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("attribution");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(format!("annotate {} articles", articles.len()), |b| {
        b.iter(|| articles.iter().map(|a| whosaid::annotate(a).len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, attribution);
criterion_main!(benches);
