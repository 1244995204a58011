//! Primes the engine, where it runs, so that the first paste is as fast as
//! the later ones: in the worker as soon as it starts ([`warm_up_engine`],
//! called by `worker.js`), or on this page a moment after start-up.
//!
//! Chromium first runs a WebAssembly module on its baseline compiler and
//! optimises a function only once it has run enough; the first article
//! pasted into a fresh page would pay for that (about three times slower).
//! A short text written for the purpose is analysed a few times and the
//! results are dropped.

use std::time::Duration;

use leptos::prelude::set_timeout;
use marginalia_engine::Document;
use wasm_bindgen::prelude::wasm_bindgen;

/// Analyses done.
const ROUNDS: u32 = 24;

/// A made-up news paragraph touching every rule: titles, names and their
/// short forms, places, organisations, dates, quantities, quotations with
/// cues before and after, reported speech, hedging, a photo credit.
const TEXT: &str = "Storm closes harbour in Port Ellery\n\n\
Mayor Ines Calvo said on Tuesday that at least 120 families had left the old quarter, \
and the Coastal Safety Agency warned that the sea wall could fail within 48 hours.\n\n\
“We will not wait for the water,” Calvo told reporters in Port Ellery. \
“Every street below the church is being cleared.”\n\n\
According to the agency, repairs will cost more than $3.5 million, about 12% of the city’s budget. \
The U.S. Weather Service reportedly expects two more storms next week.\n\n\
Dr. Omar Haddad, the regional health officer, said hospitals in Lisbon and Porto were ready. \
Haddad added that nobody had been hurt since December 2, 2025.\n\n\
JANE DOE/AP";

/// Runs the warm-up at once (in the worker, where nothing waits on it).
/// After the short rounds, an article's length of the same text, twice:
/// a long text takes paths a short one does not (the compiler tiers up
/// what runs long, and the module's memory grows to an article's size
/// once, here rather than on the first paste). Measured in the worker on
/// a 5,000-word article: the first analysis took 20 ms after the short
/// rounds alone, 5 ms once warm.
#[wasm_bindgen]
pub fn warm_up_engine() {
    short_rounds();
    let article = TEXT.repeat(LONG_ROUND_BYTES / TEXT.len());
    for _ in 0..2 {
        std::hint::black_box(Document::analyze(&article));
    }
}

fn short_rounds() {
    for _ in 0..ROUNDS {
        std::hint::black_box(Document::analyze(TEXT));
    }
}

/// About a 6,000-word article.
const LONG_ROUND_BYTES: usize = 40_000;

/// Starts the warm-up on this page (when no worker could start) a second
/// after the call: the short rounds only, a few milliseconds in one task.
pub fn prime_engine() {
    set_timeout(short_rounds, Duration::from_secs(1));
}
