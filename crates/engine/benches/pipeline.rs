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

use std::path::Path;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use marginalia_engine::Document;

fn articles() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut out = Vec::new();
    for dir in [root.join("tests/fixtures"), root.join("../shared/corpus/seeds")] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("bench: {} is absent; skipped", dir.display());
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            out.push((name, std::fs::read_to_string(&p).expect("article")));
        }
    }
    out
}

/// About `bytes` of text made by cycling the articles; each copy's
/// paragraphs carry its number, so that no line repeats (a repeated line
/// would be taken for a caption's second copy and skipped).
fn cycled(articles: &[(String, String)], bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 10_000);
    for copy in 0.. {
        for (_, text) in articles {
            for paragraph in text.split('\n').filter(|p| !p.trim().is_empty()) {
                out.push_str(&format!("[{copy}] {paragraph}\n\n"));
            }
            if out.len() >= bytes {
                return out;
            }
        }
    }
    unreachable!()
}

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
