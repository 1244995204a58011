//! Criterion benchmarks of the whole pipeline (`Document::analyze`:
//! furniture, tokens, entities, dates and quantities, canonical names,
//! claims) on the articles written for the tests and, when
//! `../shared/corpus` is there, the seed articles; one at a time, and
//! cycled to about 1 MB and 10 MB.
//!
//!     cargo bench -p marginalia-engine --bench pipeline
//!
//! Criterion reports the time per run and, from the byte throughput, MiB/s;
//! characters per second are printed once before the runs.

use std::time::Instant;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use marginalia_engine::Document;

#[path = "support/texts.rs"]
mod texts;
use texts::{articles, cycled};

fn report_chars_per_second(name: &str, text: &str) {
    let runs = if text.len() > 2_000_000 { 3 } else { 10 };
    let start = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(Document::analyze(text));
    }
    let seconds = start.elapsed().as_secs_f64() / runs as f64;
    let chars = text.chars().count() as f64;
    eprintln!(
        "{name}: {:.2} M characters/s, {:.2} ms per 5,000 characters",
        chars / seconds / 1e6,
        seconds * 1000.0 * 5000.0 / chars
    );
}

fn pipeline(c: &mut Criterion) {
    let articles = articles();
    let mut group = c.benchmark_group("analyze");
    for (name, text) in &articles {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("article", name), text, |b, t| b.iter(|| Document::analyze(t)));
    }
    group.sample_size(10);
    for (label, bytes) in [("1MB", 1 << 20), ("10MB", 10 << 20)] {
        let text = cycled(&articles, bytes);
        report_chars_per_second(label, &text);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("cycled", label), &text, |b, t| b.iter(|| Document::analyze(t)));
    }
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
