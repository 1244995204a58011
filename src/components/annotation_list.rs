//! `<AnnotationList/>`: every annotation in reading order; choosing one
//! scrolls the article to it and flashes it.

use leptos::prelude::*;
use marginalia_engine::Document;

use super::{claim_class, claim_name, label_class, label_name, shorten};
use crate::dom;
use crate::state::{use_workspace, AnnotationRef};

/// One row of the panel, derived from the document.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    target: AnnotationRef,
    class: &'static str,
    kind: &'static str,
    text: String,
    detail: Option<String>,
    start: usize,
}

fn rows(doc: &Document) -> Vec<Row> {
    let entities = doc.entities.iter().enumerate().map(|(i, e)| Row {
        target: AnnotationRef::Entity(i),
        class: label_class(e.label),
        kind: label_name(e.label),
        text: e.span.text(&doc.text).to_string(),
        detail: e.canonical.clone().filter(|c| c != e.span.text(&doc.text)),
        start: e.span.start,
    });
    let claims = doc.claims.iter().enumerate().map(|(i, c)| Row {
        target: AnnotationRef::Claim(i),
        class: claim_class(c.kind),
        kind: claim_name(c.kind),
        text: shorten(c.span.text(&doc.text), 140),
        detail: Some(format!(
            "{}{}{}",
            c.speaker.as_deref().unwrap_or("no named source"),
            c.cue.as_deref().map(|q| format!(" · {q}")).unwrap_or_default(),
            if c.hedged { " · hedged" } else { "" }
        )),
        start: c.span.start,
    });
    let mut all: Vec<Row> = entities.chain(claims).collect();
    all.sort_by_key(|r| r.start);
    all
}

/// The list of all annotations.
#[component]
pub fn AnnotationList() -> impl IntoView {
    let workspace = use_workspace();
    let rows = Memo::new(move |_| workspace.document.with(rows));
    view! {
        <section aria-label="All annotations">
            <h2 class="panel-title">
                "Annotations " <span class="count" data-testid="annotation-count">{move || rows.with(Vec::len)}</span>
            </h2>
            <ul class="annotation-list" data-testid="annotation-list">
                <For each=move || rows.get() key=|row| (row.target, row.start) let:row>
                    {
                        let target = row.target;
                        let selected = move || workspace.selected.get() == Some(target);
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="annotation-row"
                                    class:selected=selected
                                    on:click=move |_| jump_to(workspace, target)
                                    data-target=target.dom_id()
                                >
                                    <span class=format!("chip {}", row.class)>{row.kind}</span>
                                    <span class="row-text">{row.text}</span>
                                    {row.detail.map(|d| view! { <span class="row-detail">{d}</span> })}
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
    }
}

/// Selects `target`, scrolls the article to it and flashes it.
pub fn jump_to(workspace: crate::state::Workspace, target: AnnotationRef) {
    workspace.selected.set(Some(target));
    dom::scroll_to_and_flash(&target.dom_id());
}
