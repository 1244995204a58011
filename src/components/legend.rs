//! `<Legend/>`: how to read the highlights (the colours of the labels are
//! listed, with their counts, in the review table).

use leptos::prelude::*;

/// How highlights are drawn.
#[component]
pub fn Legend() -> impl IntoView {
    view! {
        <section class="legend" aria-label="How to read the highlights" data-testid="legend">
            <ul>
                <li><mark class="layer-entity suggested sample" style="--hl:#e9ecef;--hl-ink:#495057">"dashed"</mark>" suggested by the engine"</li>
                <li><mark class="layer-entity confirmed sample" style="--hl:#e9ecef;--hl-ink:#495057">"solid"</mark>" confirmed by you"</li>
                <li><mark class="layer-claim confirmed sample" style="--hl:#e9ecef;--hl-ink:#495057">"underlined"</mark>" a claim"</li>
                <li>"Press " <kbd>"?"</kbd> " for the keys"</li>
            </ul>
        </section>
    }
}
