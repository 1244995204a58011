//! `<ArticleView/>`: the article with its highlights. Entities are marked
//! with a background colour per label; claims are a separate layer (an
//! underline and a margin tint), so a claim and the names inside it show
//! together. Page furniture is dimmed.

use leptos::prelude::*;
use marginalia_engine::{paragraphs, Document, Segment};

use super::{claim_class, claim_name, label_class, label_name};
use crate::state::{use_workspace, AnnotationRef};

/// The highlighted article.
#[component]
pub fn ArticleView() -> impl IntoView {
    let workspace = use_workspace();
    let paras = Memo::new(move |_| workspace.document.with(paragraphs));
    view! {
        <article class="article-view" data-testid="article-view" aria-label="Article with highlights">
            {move || {
                workspace.document.with(|doc| {
                    paras
                        .get()
                        .into_iter()
                        .map(|p| {
                            let pieces = p.segments.iter().map(|s| segment_view(doc, s)).collect_view();
                            view! { <p>{pieces}</p> }
                        })
                        .collect_view()
                })
            }}
        </article>
    }
}

/// One segment: plain text, or nested claim / entity layers.
fn segment_view(doc: &Document, seg: &Segment) -> AnyView {
    let workspace = use_workspace();
    let text = seg.span.text(&doc.text).to_string();
    let entity = seg.entity.map(|i| {
        let e = &doc.entities[i];
        let first = e.span.start == seg.span.start;
        let title = match &e.canonical {
            Some(c) if c != e.span.text(&doc.text) => format!("{}: {c}", label_name(e.label)),
            _ => label_name(e.label).to_string(),
        };
        (i, label_class(e.label), first, title, e.canonical.clone())
    });
    let inner = match entity {
        Some((i, class, first, title, canonical)) => {
            let r = AnnotationRef::Entity(i);
            let selected = move || workspace.selected.get() == Some(r);
            let in_focus = move || canonical.is_some() && workspace.focused_group.with(|f| f == &canonical);
            view! {
                <mark
                    class=format!("entity {class}")
                    class:selected=selected
                    class:in-focus=in_focus
                    id=first.then(|| r.dom_id())
                    data-ann=r.dom_id()
                    title=title
                    on:click=move |_| workspace.selected.set(Some(r))
                >
                    {text}
                </mark>
            }
            .into_any()
        }
        None => text.into_any(),
    };
    let inner = match seg.claim {
        Some(i) => {
            let c = &doc.claims[i];
            let r = AnnotationRef::Claim(i);
            let first = c.span.start == seg.span.start;
            let title = format!("{} — {}", claim_name(c.kind), c.speaker.as_deref().unwrap_or("no named source"));
            let selected = move || workspace.selected.get() == Some(r);
            view! {
                <span
                    class=format!("claim {}", claim_class(c.kind))
                    class:hedged=c.hedged
                    class:selected=selected
                    id=first.then(|| r.dom_id())
                    data-ann=r.dom_id()
                    title=title
                >
                    {inner}
                </span>
            }
            .into_any()
        }
        None => inner,
    };
    if seg.boilerplate {
        view! { <span class="furniture" title="Page furniture: not part of the article">{inner}</span> }.into_any()
    } else {
        inner
    }
}
