//! Primes the engine once the page has loaded, so that the first paste is
//! as fast as the later ones.
//!
//! Chromium first runs a WebAssembly module on its baseline compiler and
//! optimises a function only once it has run enough; the first article
//! pasted into a fresh page would pay for that (about three times slower).
//! A moment after start-up, a short text written for the purpose is
//! analysed a few times, one analysis per task so that nothing the user
//! does waits behind it, and the results are dropped.

use std::time::Duration;

use leptos::prelude::set_timeout;
use marginalia_engine::Document;

/// Analyses done, one per task.
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

/// Starts the warm-up a second after the call.
pub fn prime_engine() {
    set_timeout(move || analyse_again(ROUNDS), Duration::from_secs(1));
}

fn analyse_again(left: u32) {
    if left == 0 {
        return;
    }
    std::hint::black_box(Document::analyze(TEXT));
    set_timeout(move || analyse_again(left - 1), Duration::ZERO);
}
