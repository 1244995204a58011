//! Compiles the date and quantity patterns (`src/patterns.rs`) into dense,
//! anchored, forward DFAs with `regex-automata`, written to `OUT_DIR` for
//! `src/when.rs` to include (it finds where a match can begin itself).
//! Building them here keeps a regex compiler (and the Unicode
//! tables another dependency would drag in) out of the WASM bundle, and the
//! work out of the app's start-up.

use regex_automata::dfa::{dense, StartKind};

include!("src/patterns.rs");

fn main() {
    println!("cargo:rerun-if-changed=src/patterns.rs");
    println!("cargo:rerun-if-changed=build.rs");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
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
