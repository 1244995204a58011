/*!
Marginalia's text engine: finds the entities (people, organisations, places,
dates, quantities) and the claims (direct quotes and reported speech, with
speaker, cue and hedging) of a news article, and sets aside the page
furniture a copy-paste brings along.

It is plain Rust with no web dependency: the app compiles it to WebAssembly,
and `cargo test` / `cargo bench` run it on the host.

Offsets inside the engine are UTF-8 byte [`Span`]s. The exchange format
([`WireDocument`]) counts Unicode code points, as the W3C Web Annotation
model and the corpus gold do; the DOM counts UTF-16 code units. Convert only
at those edges, with an [`OffsetMap`].

# Example
```
use marginalia_engine::{ArticleText, ClaimKind, Document, Label, WireDocument};

let doc = Document::analyze("Fedorov said eight people were hurt in Zaporizhzhia.");
let people: Vec<_> = doc.entities.iter().filter(|e| e.label == Label::Person).collect();
assert_eq!(people[0].span.text(&doc.text), "Fedorov");
assert_eq!(doc.claims[0].kind, ClaimKind::Reported);
assert_eq!(doc.claims[0].span.text(&doc.text), "eight people were hurt in Zaporizhzhia");

let json = WireDocument::from_document(&doc, ArticleText::Included).to_json();
assert_eq!(WireDocument::parse(&json).unwrap(), doc);
```
*/
#![deny(missing_docs)]

pub use crate::claim::{Claim, ClaimKind};
pub use crate::correction::{Corrections, Merge, SpeakerChoice, Split};
pub use crate::document::Document;
pub use crate::entity::{Entity, Label};
pub use crate::offset::{CharPos, OffsetMap, Utf16Pos};
pub use crate::packed::{PackError, PackedDocument};
pub use crate::quote::{find_quotations, Quotation};
pub use crate::span::Span;
pub use crate::text_edit::TextEdit;
pub use crate::token::{tokenize, Token, TokenKind};
pub use crate::triage::{ClaimType, ClaimTypes};
pub use crate::wire::{ArticleText, WireClaim, WireDocument, WireEntity, WireError, WireRange, SCHEMA_VERSION};

mod alias;
mod boilerplate;
mod claim;
mod context;
mod correction;
mod cue;
mod document;
mod entity;
mod gazetteer;
mod offset;
mod packed;
mod quote;
mod reported;
mod span;
mod speaker;
mod sweep;
mod text_edit;
mod token;
mod triage;
mod when;
mod wire;

#[cfg(test)]
mod testoibits {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_sync() {
        assert_send_sync::<Document>();
        assert_send_sync::<OffsetMap>();
        assert_send_sync::<WireDocument>();
    }
}
