//! The texts the engine's bench and profiling driver run on: the articles
//! written for the tests and, when `../shared/corpus` is there, the seed
//! articles (read at run time, never copied), alone or cycled to a size.
//! Included by `benches/pipeline.rs` and `examples/profile.rs`.

use std::path::Path;

/// Each article with its file name, test fixtures first.
pub fn articles() -> Vec<(String, String)> {
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
pub fn cycled(articles: &[(String, String)], bytes: usize) -> String {
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
