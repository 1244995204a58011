//! Runs the whole pipeline over the test articles cycled to about 1 MB,
//! `N` times (default 20), for a profiler to watch:
//!
//!     cargo build --release -p marginalia-engine --example profile
//!     perf record -g target/release/examples/profile 20
//!     target/release/examples/profile 20 articles   # each article alone
//!
//! Prints characters per second at the end.

use std::time::Instant;

use marginalia_engine::{Document, WireDocument};

fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(20);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut articles = Vec::new();
    for dir in [root.join("tests/fixtures"), root.join("../shared/corpus/seeds")] {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        articles.extend(paths.iter().map(|p| std::fs::read_to_string(p).expect("article")));
    }
    let mut text = String::new();
    'fill: for copy in 0.. {
        for article in &articles {
            for paragraph in article.split('\n').filter(|p| !p.trim().is_empty()) {
                text.push_str(&format!("[{copy}] {paragraph}\n\n"));
            }
            if text.len() >= 1 << 20 {
                break 'fill;
            }
        }
    }
    let mode = std::env::args().nth(2).unwrap_or_default();
    if mode == "articles" {
        // One article at a time, as the app and the browser benchmark see them.
        let start = Instant::now();
        for _ in 0..runs * 30 {
            for article in &articles {
                std::hint::black_box(Document::analyze(article));
            }
        }
        let seconds = start.elapsed().as_secs_f64() / (runs * 30) as f64;
        let chars: usize = articles.iter().map(|a| a.chars().count()).sum();
        println!("{:.2} M characters/s, one article at a time", chars as f64 / seconds / 1e6);
        return;
    }
    let with_wire = mode == "wire";
    let start = Instant::now();
    for _ in 0..runs {
        let doc = Document::analyze(&text);
        if with_wire {
            std::hint::black_box(WireDocument::from_document(&doc, false));
        }
        std::hint::black_box(doc);
    }
    let seconds = start.elapsed().as_secs_f64() / runs as f64;
    println!("{:.2} M characters/s", text.chars().count() as f64 / seconds / 1e6);
}
