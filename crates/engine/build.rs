//! Compiles the date and quantity patterns (`src/patterns.rs`) into dense,
//! anchored, forward DFAs with `regex-automata`, written to `OUT_DIR` for
//! `src/when.rs` to include (it finds where a match can begin itself).
//! Building them here keeps a regex compiler (and the Unicode
//! tables another dependency would drag in) out of the WASM bundle, and the
//! work out of the app's start-up.
//!
//! Also writes the word lists of `data/` to `OUT_DIR/data/` as the engine
//! embeds them: without their header comments (source, licence, how they
//! were made: kept in the repository's files) and blank lines, which would
//! otherwise ship in the bundle.

use regex_automata::dfa::{dense, StartKind};

include!("src/patterns.rs");

fn main() {
    println!("cargo:rerun-if-changed=src/patterns.rs");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=data");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    write_word_lists(&out);
    let little = std::env::var("CARGO_CFG_TARGET_ENDIAN").map_or(true, |e| e == "little");
    for (name, pattern) in [("date", date_pattern()), ("quantity", quantity_pattern())] {
        let dfa = dense::Builder::new()
            .configure(dense::Config::new().minimize(true).start_kind(StartKind::Anchored))
            .build(&pattern)
            .unwrap_or_else(|e| panic!("the {name} pattern does not compile: {e}"));
        let (bytes, padding) = if little { dfa.to_bytes_little_endian() } else { dfa.to_bytes_big_endian() };
        let bytes = &bytes[padding..];
        std::fs::write(format!("{out}/{name}.forward.dfa"), bytes).expect("OUT_DIR is writable");
    }
}

/// Each `data/*.txt` without comment lines and blank lines.
fn write_word_lists(out: &str) {
    let dir = format!("{out}/data");
    std::fs::create_dir_all(&dir).expect("OUT_DIR is writable");
    for entry in std::fs::read_dir("data").expect("the engine's data/ folder") {
        let path = entry.expect("a data file").path();
        if path.extension().is_some_and(|e| e == "txt") {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path).expect("a word list is UTF-8 text");
            let kept: String = text
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
                .flat_map(|l| [l, "\n"])
                .collect();
            let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
            std::fs::write(format!("{dir}/{name}"), kept).expect("OUT_DIR is writable");
        }
    }
}
