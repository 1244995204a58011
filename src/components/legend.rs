//! `<Legend/>`: one colour per label and per claim kind, with counts.

use leptos::prelude::*;
use marginalia_engine::{ClaimKind, Label};

use super::{claim_class, claim_name, label_class, label_name};
use crate::state::use_workspace;

/// One colour per label, with counts.
#[component]
pub fn Legend() -> impl IntoView {
    let workspace = use_workspace();
    let counts = Memo::new(move |_| {
        workspace.document.with(|doc| {
            let labels: Vec<(Label, usize)> =
                Label::ALL.iter().map(|&l| (l, doc.entities.iter().filter(|e| e.label == l).count())).collect();
            let kinds: Vec<(ClaimKind, usize)> = [ClaimKind::Quote, ClaimKind::Reported]
                .iter()
                .map(|&k| (k, doc.claims.iter().filter(|c| c.kind == k).count()))
                .collect();
            (labels, kinds)
        })
    });
    view! {
        <section class="legend" aria-label="Legend" data-testid="legend">
            <h2 class="panel-title">"Legend"</h2>
            <ul>
                {move || {
                    let (labels, kinds) = counts.get();
                    let labels = labels.into_iter().map(|(l, n)| view! {
                        <li><span class=format!("chip {}", label_class(l))>{label_name(l)}</span>" "{n}</li>
                    }).collect_view();
                    let kinds = kinds.into_iter().map(|(k, n)| view! {
                        <li><span class=format!("chip {}", claim_class(k))>{claim_name(k)}</span>" "{n}</li>
                    }).collect_view();
                    (labels, kinds)
                }}
            </ul>
        </section>
    }
}
