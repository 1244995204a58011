//! What a save costs after a review action, on an article of about 100,000
//! words (the test articles cycled to 600 KB) with 200 decisions made:
//! serialising the whole stored form, against what the app does (the
//! document's part kept from the last save, only the work serialised beside
//! it, `SaveState::to_save`, which also records the save's revision).
//!
//!     cargo bench -p marginalia-model --bench save

use criterion::{criterion_group, criterion_main, Criterion};
use marginalia_engine::Document;
use marginalia_model::{derive_marks, parse_stored, to_storage_json, Revision, SaveState, Work};

#[path = "../../engine/benches/support/texts.rs"]
mod texts;

fn save(c: &mut Criterion) {
    let text = texts::cycled(&texts::articles(), 600_000);
    let doc = Document::analyze(&text);
    let revision = Revision { id: "r0".into(), parent: None };
    let stored = to_storage_json(&doc, &Work::default(), &revision);
    let mut state = SaveState::read(&stored, &parse_stored(&stored).expect("reads back"));
    let marks = derive_marks(&doc, &Work::default());
    let mut group = c.benchmark_group(format!("save after an accept ({} KB stored)", stored.len() / 1024));
    // A reviewer's work: 200 decisions, one of which changes at each save.
    let mut work = Work::default();
    for m in marks.iter().take(200) {
        work.accept(&doc, m.id);
    }
    let mut n = 0;
    let mut accepted = |work: &mut Work| {
        n += 1;
        if n % 2 == 0 {
            work.accept(&doc, marks[0].id);
        } else {
            work.delete(&doc, marks[0].id);
        }
    };
    group.bench_function("whole stored form", |b| {
        b.iter(|| {
            accepted(&mut work);
            to_storage_json(&doc, &work, &revision)
        })
    });
    group.bench_function("work only, document part kept", |b| {
        b.iter(|| {
            accepted(&mut work);
            let pending = state.to_save(&doc, &work, "r1".into()).expect("something to save");
            let json = pending.json.clone();
            state.saved(pending);
            json
        })
    });
    group.finish();
}

criterion_group!(benches, save);
criterion_main!(benches);
