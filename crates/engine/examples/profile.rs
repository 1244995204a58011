//! Runs the whole pipeline over the test articles cycled to about 1 MB,
//! `N` times (default 20), for a profiler to watch:
//!
//!     cargo build --profile bench -p marginalia-engine --example profile
//!     perf record -g target/release/examples/profile 20
//!     target/release/examples/profile 20 articles   # each article alone
//!
//! Prints characters per second at the end.

use std::time::Instant;

use marginalia_engine::{Document, WireDocument};

#[path = "../benches/support/texts.rs"]
mod texts;
use texts::{articles, cycled};

fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(20);
    let named = articles();
    let text = cycled(&named, 1 << 20);
    let articles: Vec<String> = named.into_iter().map(|(_, text)| text).collect();
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
            std::hint::black_box(WireDocument::from_document(&doc, marginalia_engine::ArticleText::Omitted));
        }
        std::hint::black_box(doc);
    }
    let seconds = start.elapsed().as_secs_f64() / runs as f64;
    println!("{:.2} M characters/s", text.chars().count() as f64 / seconds / 1e6);
}
