//! `<ArticleView/>`: the article with its highlights, where the user
//! selects text to tag it and opens highlights to edit them.
//!
//! Every highlight is a `<mark>` layer: entity-like labels paint a
//! background, claim-like labels an underline, and overlapping highlights
//! nest (outermost first, each outer layer padded so its colour still shows
//! under the inner one), so all stay visible and clickable. Suggestions are
//! drawn dashed, confirmed highlights solid. Page furniture is dimmed.
//!
//! Rendering is built for long articles. The view is derived once per
//! change of the marks as a plan of paragraphs; each paragraph is rendered
//! by a keyed `<For>` whose key is a hash of everything it shows, so an edit
//! re-renders only the paragraphs it changed. Highlights carry no reactive
//! code: clicks are delegated to the article, and the selected highlight
//! and focused entity are drawn by one derived stylesheet. Each paragraph's
//! markup is built as one string, every piece of text and attribute escaped
//! (the article is never read as HTML), and handed to the DOM in one call.
//! A long article is rendered a chunk of paragraphs per frame, first screen
//! first, so the page stays responsive.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use leptos::prelude::*;
use marginalia_engine::Document;
use marginalia_model::{background_for, ink_for, layout, Layer, Mark, MarkId};
use wasm_bindgen::JsCast;

use crate::actions;
use crate::selection;
use crate::store::use_workspace;

/// Text drawn in the first frame: about two screens, so that highlights
/// appear at once; the paragraphs after it follow, a chunk per frame.
const FIRST_FRAME_BYTES: usize = 6_000;

/// Paragraphs added per frame after the first.
const PARAGRAPHS_PER_FRAME: usize = 120;

/// One paragraph as drawn.
#[derive(Clone, Debug, PartialEq, Hash)]
struct ParagraphPlan {
    /// Its first byte in the document (for mapping selections).
    start: usize,
    pieces: Vec<Piece>,
}

/// A stretch of text and the layers drawn over it, outermost first.
#[derive(Clone, Debug, PartialEq, Hash)]
struct Piece {
    text: String,
    layers: Vec<PieceLayer>,
    furniture: bool,
}

/// One highlight over one piece: the highlight's attributes (shared by all
/// its pieces), whether the piece is its first, and the room left below it
/// for the layers nested inside (0–3).
#[derive(Clone, Debug, PartialEq, Hash)]
struct PieceLayer {
    layer: Arc<LayerPlan>,
    first: bool,
    room: u8,
}

/// The attributes of one highlight element.
#[derive(Clone, Debug, PartialEq, Hash)]
struct LayerPlan {
    /// `ann-e3` / `ann-c1` / `ann-u7`, also the element id on the first piece.
    ann: String,
    class: String,
    style: Arc<str>,
    title: String,
    /// The canonical name (entities), for focusing a whole group.
    group: Option<String>,
    /// The label id.
    label: String,
}

/// A paragraph's plan with its key, shared (not copied) with the view.
type Keyed = Arc<((usize, u64), ParagraphPlan)>;

fn plan(doc: &Document, marks: &[Mark]) -> Vec<Keyed> {
    // Colours are worked out once per label, not once per highlight.
    let mut styles: HashMap<&str, Arc<str>> = HashMap::new();
    let layers: Vec<Arc<LayerPlan>> = marks
        .iter()
        .map(|m| {
            let style = styles
                .entry(m.label.id.as_str())
                .or_insert_with(|| {
                    format!("--hl:{};--hl-ink:{}", background_for(&m.label.colour), ink_for(&m.label.colour)).into()
                })
                .clone();
            Arc::new(layer_plan(doc, m, style))
        })
        .collect();
    layout(&doc.text, marks, &doc.boilerplate)
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let pieces = p
                .segments
                .iter()
                .map(|s| {
                    let depth = s.marks.len();
                    let layers = s
                        .marks
                        .iter()
                        .enumerate()
                        .map(|(nesting, &m)| PieceLayer {
                            layer: layers[m].clone(),
                            first: marks[m].span.start == s.span.start,
                            // Outer layers get room below the inner ones.
                            room: (depth - 1 - nesting).min(3) as u8,
                        })
                        .collect();
                    Piece { text: s.span.text(&doc.text).to_string(), layers, furniture: s.furniture }
                })
                .collect();
            let plan = ParagraphPlan { start: p.span.start, pieces };
            Arc::new((key_of(i, &plan), plan))
        })
        .collect()
}

fn layer_plan(doc: &Document, m: &Mark, style: Arc<str>) -> LayerPlan {
    let layer = match m.label.layer {
        Layer::Entity => "layer-entity",
        Layer::Claim => "layer-claim",
    };
    let mut title = format!("{} ({})", m.label.name, m.status.as_str());
    match m.label.layer {
        Layer::Entity => {
            if let Some(c) = m.canonical.as_deref().filter(|c| *c != m.span.text(&doc.text)) {
                title.push_str(&format!(": {c}"));
            }
        }
        Layer::Claim => title
            .push_str(&format!(" — {}", m.speaker.as_deref().unwrap_or(marginalia_model::queries::NO_NAMED_SOURCE))),
    }
    if !m.note.is_empty() {
        title.push_str(&format!("\nNote: {}", m.note));
    }
    LayerPlan {
        ann: m.id.dom_id(),
        class: format!(
            "{layer} {}{}{}",
            m.status.as_str(),
            if m.hedged { " hedged" } else { "" },
            if m.note.is_empty() { "" } else { " noted" }
        ),
        style,
        title,
        group: (m.label.layer == Layer::Entity).then(|| m.canonical.clone()).flatten(),
        label: m.label.id.to_string(),
    }
}

fn key_of(index: usize, paragraph: &ParagraphPlan) -> (usize, u64) {
    (index, super::content_key(paragraph))
}

/// The highlighted article.
#[component]
pub fn ArticleView() -> impl IntoView {
    let workspace = use_workspace();
    let plan = Memo::new(move |_| {
        workspace.article.marks.with(|marks| {
            workspace.article.document.with(|doc| crate::dom::timed("marginalia:plan", || plan(doc, marks)))
        })
    });
    let shown = RwSignal::new(plan.with_untracked(|p| first_frame(p)));
    render_progressively(plan, shown);
    // Releasing the mouse after selecting text offers the label picker.
    let on_mouseup = move |_: web_sys::MouseEvent| actions::offer_picker(workspace);
    // A click (no text selected) on a highlight opens it.
    let on_click = move |ev: web_sys::MouseEvent| {
        if selection::selected_span().is_some() {
            return;
        }
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let ann =
            target.and_then(|t| t.closest("mark[data-ann]").ok().flatten()).and_then(|m| m.get_attribute("data-ann"));
        if let Some(id) = ann.as_deref().and_then(MarkId::from_dom_id) {
            actions::open(workspace, id);
        }
    };
    let caret = caret_tracker();
    view! {
        <style>{move || highlight_css(workspace.view.selected.get(), workspace.view.focused_group.get())}</style>
        {move || workspace.article.analysing.get().then(|| view! {
            <p class="analysing" data-testid="analysing" role="status">"Finding entities and claims…"</p>
        })}
        <article
            class="article-view"
            data-testid="article-view"
            tabindex="0"
            aria-busy=move || workspace.article.analysing.get().then_some("true")
            aria-label="Article. Select text to tag it; j and k move between highlights; Enter opens one; ? lists every key."
            aria-describedby="article-status"
            on:mouseup=on_mouseup
            on:click=on_click
        >
            <For
                each=move || {
                    let limit = shown.get();
                    plan.with(|p| p.iter().take(limit).cloned().collect::<Vec<_>>())
                }
                key=|keyed| keyed.0
                children=|keyed| paragraph_view(&keyed.1)
            />
        </article>
        {move || caret.get().map(|b| view! {
            <div class="kbd-caret" aria-hidden="true" style=format!("left:{}px;top:{}px;height:{}px", b.left, b.top, b.bottom - b.top)></div>
        })}
    }
}

/// The keyboard caret: where the collapsed selection is while the article
/// has focus (browsers draw none in text that cannot be edited).
fn caret_tracker() -> RwSignal<Option<selection::PageBox>> {
    let caret = RwSignal::new(None);
    let update = move || {
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|e| e.class_list().contains("article-view"));
        let collapsed = web_sys::window()
            .and_then(|w| w.get_selection().ok().flatten())
            .is_some_and(|s| s.range_count() > 0 && s.is_collapsed());
        caret.set(if focused && collapsed { selection::selection_box() } else { None });
    };
    let on_change =
        window_event_listener(leptos::ev::Custom::<web_sys::Event>::new("selectionchange"), move |_| update());
    let on_focus = window_event_listener(leptos::ev::focusin, move |_| update());
    let on_blur = window_event_listener(leptos::ev::focusout, move |_| caret.set(None));
    on_cleanup(move || {
        on_change.remove();
        on_focus.remove();
        on_blur.remove();
    });
    caret
}

/// How many paragraphs the first frame draws: those that start within the
/// first `FIRST_FRAME_BYTES` of text (at least one).
fn first_frame(plan: &[Keyed]) -> usize {
    let mut bytes = 0;
    let count = plan
        .iter()
        .take_while(|keyed| {
            let before = bytes;
            bytes += keyed.1.pieces.iter().map(|p| p.text.len()).sum::<usize>();
            before < FIRST_FRAME_BYTES
        })
        .count();
    count.max(1)
}

/// Adds a chunk of paragraphs per frame until the whole plan is shown,
/// each once the frame before it is painted: the first frame holds only
/// the first screens, and is painted as soon as they are laid out.
fn render_progressively(plan: Memo<Vec<Keyed>>, shown: RwSignal<usize>) {
    Effect::new(move |_| {
        let total = plan.with(Vec::len);
        if shown.get() < total {
            let next_chunk = move || shown.update(|n| *n += PARAGRAPHS_PER_FRAME);
            crate::dom::after_next_paint(next_chunk);
        }
    });
}

fn paragraph_view(paragraph: &ParagraphPlan) -> impl IntoView {
    view! { <p data-start=paragraph.start inner_html=paragraph_html(paragraph)></p> }
}

/// The markup of one paragraph: text and attributes escaped.
fn paragraph_html(paragraph: &ParagraphPlan) -> String {
    let mut html = String::with_capacity(paragraph.pieces.iter().map(|p| p.text.len() + 64).sum());
    for piece in &paragraph.pieces {
        if piece.furniture {
            html.push_str(r#"<span class="furniture" title="Page furniture: not part of the article">"#);
        }
        for layer in &piece.layers {
            open_mark(&mut html, layer);
        }
        escape_into(&mut html, &piece.text);
        for _ in &piece.layers {
            html.push_str("</mark>");
        }
        if piece.furniture {
            html.push_str("</span>");
        }
    }
    html
}

fn open_mark(html: &mut String, piece: &PieceLayer) {
    let layer = &piece.layer;
    html.push_str("<mark");
    let mut attribute = |name: &str, value: &str| {
        html.push(' ');
        html.push_str(name);
        html.push_str("=\"");
        escape_into(html, value);
        html.push('"');
    };
    let class = match piece.room {
        0 => layer.class.clone(),
        room => format!("{} under{room}", layer.class),
    };
    attribute("class", &class);
    attribute("style", &layer.style);
    if piece.first {
        attribute("id", &layer.ann);
    }
    attribute("data-ann", &layer.ann);
    attribute("data-label", &layer.label);
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

/// The stylesheet that draws the selected highlight and the focused group.
fn highlight_css(selected: Option<MarkId>, focused: Option<String>) -> String {
    let mut css = String::new();
    if let Some(id) = selected {
        css.push_str(&format!(
            ".article-view mark[data-ann=\"{}\"] {{ outline: 3px solid #1f4e8c; outline-offset: 1px; }}\n",
            id.dom_id()
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
