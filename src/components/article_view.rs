//! `<ArticleView/>`: the article with its highlights. Entities are marked
//! with a background colour per label; claims are a separate layer (an
//! underline), so a claim and the names inside it show together. Page
//! furniture is dimmed.
//!
//! Rendering is built for long articles. The view is derived once per
//! document change as a plan of paragraphs; each paragraph is rendered by a
//! keyed `<For>` whose key is a hash of everything the paragraph shows, so an
//! edit re-renders only the paragraphs it changed. Highlights carry no
//! reactive code of their own: clicks are delegated to the article, and the
//! selected annotation and focused entity are drawn by one derived
//! stylesheet. Each paragraph's markup is built as one string, with every
//! piece of text and every attribute escaped (the article is never read as
//! HTML), and handed to the DOM in one call: thousands of small crossings
//! from WASM to the DOM were most of the drawing time. A long article is
//! rendered a chunk of paragraphs per frame, first screen first, so the page
//! stays responsive.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use leptos::prelude::*;
use marginalia_engine::{paragraphs, Document, Segment};
use wasm_bindgen::JsCast;

use super::{claim_class, claim_name, label_class, label_name};
use crate::state::{use_workspace, AnnotationRef};

/// Paragraphs rendered at once, then added per frame.
const PARAGRAPHS_PER_FRAME: usize = 120;

/// One paragraph as drawn.
#[derive(Clone, Debug, PartialEq, Hash)]
struct ParagraphPlan {
    pieces: Vec<Piece>,
}

/// A stretch of text and the layers drawn over it.
#[derive(Clone, Debug, PartialEq, Hash)]
struct Piece {
    text: String,
    entity: Option<Layer>,
    claim: Option<Layer>,
    furniture: bool,
}

/// The attributes of one highlight element.
#[derive(Clone, Debug, PartialEq, Hash)]
struct Layer {
    /// `ann-e3` / `ann-c1`, also the element id on the annotation's first piece.
    ann: String,
    first: bool,
    class: String,
    title: String,
    /// The canonical name (entities), for focusing a whole group.
    group: Option<String>,
}

/// A paragraph's plan with its key, shared (not copied) with the view.
type Keyed = Arc<((usize, u64), ParagraphPlan)>;

fn plan(doc: &Document) -> Vec<Keyed> {
    paragraphs(doc)
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let plan = ParagraphPlan { pieces: p.segments.iter().map(|s| piece(doc, s)).collect() };
            Arc::new((key_of(i, &plan), plan))
        })
        .collect()
}

fn piece(doc: &Document, seg: &Segment) -> Piece {
    let entity = seg.entity.map(|i| {
        let e = &doc.entities[i];
        let title = match &e.canonical {
            Some(c) if c != e.span.text(&doc.text) => format!("{}: {c}", label_name(e.label)),
            _ => label_name(e.label).to_string(),
        };
        Layer {
            ann: AnnotationRef::Entity(i).dom_id(),
            first: e.span.start == seg.span.start,
            class: format!("entity {}", label_class(e.label)),
            title,
            group: e.canonical.clone(),
        }
    });
    let claim = seg.claim.map(|i| {
        let c = &doc.claims[i];
        Layer {
            ann: AnnotationRef::Claim(i).dom_id(),
            first: c.span.start == seg.span.start,
            class: format!("claim {}{}", claim_class(c.kind), if c.hedged { " hedged" } else { "" }),
            title: format!("{} — {}", claim_name(c.kind), c.speaker.as_deref().unwrap_or("no named source")),
            group: None,
        }
    });
    Piece { text: seg.span.text(&doc.text).to_string(), entity, claim, furniture: seg.boilerplate }
}

fn key_of(index: usize, paragraph: &ParagraphPlan) -> (usize, u64) {
    let mut hasher = DefaultHasher::new();
    paragraph.hash(&mut hasher);
    (index, hasher.finish())
}

/// The highlighted article.
#[component]
pub fn ArticleView() -> impl IntoView {
    let workspace = use_workspace();
    let plan = Memo::new(move |_| workspace.document.with(plan));
    let shown = RwSignal::new(PARAGRAPHS_PER_FRAME);
    render_progressively(plan, shown);
    let on_click = move |ev: web_sys::MouseEvent| {
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let ann =
            target.and_then(|t| t.closest("mark[data-ann]").ok().flatten()).and_then(|m| m.get_attribute("data-ann"));
        if let Some(r) = ann.as_deref().and_then(AnnotationRef::from_dom_id) {
            workspace.selected.set(Some(r));
        }
    };
    view! {
        <style>{move || highlight_css(workspace.selected.get(), workspace.focused_group.get())}</style>
        <article class="article-view" data-testid="article-view" aria-label="Article with highlights" on:click=on_click>
            <For
                each=move || {
                    let limit = shown.get();
                    plan.with(|p| p.iter().take(limit).cloned().collect::<Vec<_>>())
                }
                key=|keyed| keyed.0
                children=|keyed| paragraph_view(&keyed.1)
            />
        </article>
    }
}

/// Adds a chunk of paragraphs per frame until the whole plan is shown.
fn render_progressively(plan: Memo<Vec<Keyed>>, shown: RwSignal<usize>) {
    Effect::new(move |_| {
        let total = plan.with(Vec::len);
        if shown.get() < total {
            request_animation_frame(move || shown.update(|n| *n += PARAGRAPHS_PER_FRAME));
        }
    });
}

fn paragraph_view(paragraph: &ParagraphPlan) -> impl IntoView {
    view! { <p inner_html=paragraph_html(paragraph)></p> }
}

/// The markup of one paragraph: text and attributes escaped.
fn paragraph_html(paragraph: &ParagraphPlan) -> String {
    let mut html = String::with_capacity(paragraph.pieces.iter().map(|p| p.text.len() + 64).sum());
    for piece in &paragraph.pieces {
        if piece.furniture {
            html.push_str(r#"<span class="furniture" title="Page furniture: not part of the article">"#);
        }
        if let Some(l) = &piece.claim {
            open_tag(&mut html, "span", l);
        }
        if let Some(l) = &piece.entity {
            open_tag(&mut html, "mark", l);
        }
        escape_into(&mut html, &piece.text);
        if piece.entity.is_some() {
            html.push_str("</mark>");
        }
        if piece.claim.is_some() {
            html.push_str("</span>");
        }
        if piece.furniture {
            html.push_str("</span>");
        }
    }
    html
}

fn open_tag(html: &mut String, tag: &str, layer: &Layer) {
    html.push('<');
    html.push_str(tag);
    let mut attribute = |name: &str, value: &str| {
        html.push(' ');
        html.push_str(name);
        html.push_str("=\"");
        escape_into(html, value);
        html.push('"');
    };
    attribute("class", &layer.class);
    if layer.first {
        attribute("id", &layer.ann);
    }
    attribute("data-ann", &layer.ann);
    if let Some(group) = &layer.group {
        attribute("data-group", group);
    }
    attribute("title", &layer.title);
    html.push('>');
}

/// Appends `text` with the five HTML-significant characters escaped.
fn escape_into(html: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            '\'' => html.push_str("&#39;"),
            c => html.push(c),
        }
    }
}

/// The stylesheet that draws the selection and the focused entity group.
fn highlight_css(selected: Option<AnnotationRef>, focused: Option<String>) -> String {
    let mut css = String::new();
    if let Some(r) = selected {
        css.push_str(&format!(
            ".article-view [data-ann=\"{}\"] {{ outline: 2px solid #1f4e8c; outline-offset: 1px; }}\n",
            r.dom_id()
        ));
    }
    if let Some(group) = focused {
        css.push_str(&format!(
            ".article-view mark[data-group=\"{}\"] {{ box-shadow: 0 0 0 2px #1f4e8c; }}\n",
            css_string(&group)
        ));
    }
    css
}

/// `text` escaped for a double-quoted CSS string.
fn css_string(text: &str) -> String {
    text.chars()
        .flat_map(|c| match c {
            '"' | '\\' => vec!['\\', c],
            '\n' => "\\a ".chars().collect(),
            c => vec![c],
        })
        .collect()
}
