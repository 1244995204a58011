//! Compiles the date and quantity patterns (`src/patterns.rs`) into sparse
//! DFAs with `regex-automata`, written to `OUT_DIR` for `src/when.rs` to
//! include. Building them here keeps a regex compiler (and the Unicode
//! tables another dependency would drag in) out of the WASM bundle, and the
//! work out of the app's start-up.

use regex_automata::dfa::{dense, regex::Regex};

include!("src/patterns.rs");

fn main() {
    println!("cargo:rerun-if-changed=src/patterns.rs");
    println!("cargo:rerun-if-changed=build.rs");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let little = std::env::var("CARGO_CFG_TARGET_ENDIAN").map_or(true, |e| e == "little");
    for (name, pattern) in [("date", date_pattern()), ("quantity", quantity_pattern())] {
        let regex = Regex::builder()
            .dense(dense::Config::new().minimize(true))
            .build(&pattern)
            .unwrap_or_else(|e| panic!("the {name} pattern does not compile: {e}"));
        for (direction, dfa) in [("forward", regex.forward()), ("reverse", regex.reverse())] {
            let sparse = dfa.to_sparse().expect("a dense DFA converts to a sparse one");
            let bytes = if little { sparse.to_bytes_little_endian() } else { sparse.to_bytes_big_endian() };
            std::fs::write(format!("{out}/{name}.{direction}.dfa"), bytes).expect("OUT_DIR is writable");
        }
    }
}
