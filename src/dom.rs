//! Browser chores the views need: reading a paste or a dropped file as
//! plain text, downloading a file, and scrolling to a highlight.
//!
//! Pasted HTML, and a saved web page opened as an article, are never
//! inserted into the page: they are parsed by a `DOMParser` into an inert
//! document (no scripts run, nothing loads) and only their text is kept,
//! with a paragraph break after each block element (and, of a saved page,
//! what its markup says of the article).

use std::cell::Cell;

use marginalia_model::ArticleFacts;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ClipboardEvent, DomParser, Node, SupportedType};

/// The plain text of a paste: the HTML flavour turned into paragraphs when
/// there is one (it keeps paragraph breaks that some plain-text flavours
/// lose), else the plain-text flavour.
pub fn pasted_text(ev: &ClipboardEvent) -> Option<String> {
    let data = ev.clipboard_data()?;
    let html = data.get_data("text/html").ok().filter(|h| !h.trim().is_empty());
    if let Some(text) = html.as_deref().and_then(html_to_text).filter(|t| !t.trim().is_empty()) {
        return Some(text);
    }
    data.get_data("text/plain").ok().map(|t| normalise_newlines(&t))
}

/// Turns an HTML fragment into paragraphs of plain text.
pub fn html_to_text(html: &str) -> Option<String> {
    let parser = DomParser::new().ok()?;
    let doc = parser.parse_from_string(html, SupportedType::TextHtml).ok()?;
    Some(text_of(doc.body()?.as_ref()))
}

/// The paragraphs of plain text under `node`.
fn text_of(node: &Node) -> String {
    let mut out = String::new();
    collect_text(node, &mut out);
    tidy_paragraphs(&out)
}

/// A saved web page (a whole `.html` file) as an article: the text of its
/// `<article>` (the longest, when there are several) or `<main>`, else of
/// its body, and what its markup says of it ([`ArticleFacts::from_markup`]).
/// Parsed inert: nothing in it runs or loads.
pub fn saved_page(html: &str) -> Option<(String, ArticleFacts)> {
    let doc = DomParser::new().ok()?.parse_from_string(html, SupportedType::TextHtml).ok()?;
    let all = |selector: &str| -> Vec<web_sys::Element> {
        let found = doc.query_selector_all(selector).ok();
        let found = found.as_ref();
        (0..found.map_or(0, |f| f.length()))
            .filter_map(|i| found?.item(i)?.dyn_into::<web_sys::Element>().ok())
            .collect()
    };
    let main = all("article").iter().map(|a| text_of(a)).max_by_key(String::len).filter(|t| !t.is_empty());
    let main = main.or_else(|| all("main").first().map(|m| text_of(m)).filter(|t| !t.is_empty()));
    let text = main.or_else(|| doc.body().map(|b| text_of(&b)))?;
    let mut metas: Vec<(String, String)> = all("meta[content]")
        .iter()
        .filter_map(|m| {
            let key = m
                .get_attribute("property")
                .or_else(|| m.get_attribute("name"))
                .or_else(|| m.get_attribute("itemprop"))?;
            Some((key, m.get_attribute("content")?))
        })
        .collect();
    metas.extend(
        all("link[rel=canonical][href]").iter().filter_map(|l| Some(("canonical".into(), l.get_attribute("href")?))),
    );
    let json_ld: Vec<String> =
        all("script[type='application/ld+json']").iter().filter_map(|s| s.text_content()).collect();
    Some((text, ArticleFacts::from_markup(&metas, &json_ld)))
}

const BLOCKS: &[&str] = &[
    "P",
    "DIV",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "LI",
    "BLOCKQUOTE",
    "SECTION",
    "ARTICLE",
    "HEADER",
    "FOOTER",
    "FIGURE",
    "FIGCAPTION",
    "TR",
    "PRE",
    "UL",
    "OL",
    "TABLE",
    "ASIDE",
    "NAV",
    "MAIN",
    "DT",
    "DD",
    "HR",
    "ADDRESS",
];
const SKIPPED: &[&str] = &["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "IFRAME", "OBJECT", "SVG", "CANVAS"];

fn collect_text(node: &Node, out: &mut String) {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else { continue };
        match child.node_type() {
            Node::TEXT_NODE => {
                // Whitespace inside text (including its line breaks) is just
                // spacing in HTML; runs are collapsed by `tidy_paragraphs`.
                if let Some(t) = child.node_value() {
                    out.extend(t.chars().map(|c| if c.is_whitespace() { ' ' } else { c }));
                }
            }
            Node::ELEMENT_NODE => {
                let name = child.node_name().to_uppercase();
                if SKIPPED.contains(&name.as_str()) {
                    continue;
                }
                if name == "BR" {
                    out.push('\n');
                    continue;
                }
                let block = BLOCKS.contains(&name.as_str());
                if block {
                    out.push_str("\n\n");
                }
                collect_text(&child, out);
                if block {
                    out.push_str("\n\n");
                }
            }
            _ => {}
        }
    }
}

/// Collapses spaces within each line, trims it, and leaves at most one blank
/// line between paragraphs.
pub fn tidy_paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(&line);
    }
    out
}

/// `\r\n` and `\r` to `\n`.
pub fn normalise_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// A file-name stem from a title: its first six words, lower case, joined
/// by hyphens.
pub fn slug(title: &str) -> String {
    let words: Vec<String> =
        title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(6).map(str::to_lowercase).collect();
    if words.is_empty() {
        "article".to_string()
    } else {
        words.join("-")
    }
}

/// Offers `contents` as a file download named `filename`; the error says
/// in words what the browser refused.
pub fn download(filename: &str, mime: &str, contents: &str) -> Result<(), String> {
    offer_download(filename, mime, contents).map_err(|e| js_error_text(&e))
}

fn offer_download(filename: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// A JavaScript error in words, for the user: the name of an `Error`
/// (`QuotaExceededError`), the text of a thrown string, or "unknown error".
pub fn js_error_text(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// Moves the keyboard focus to the first element matching `selector`, once
/// the frame that draws it has run (a dialog just opened, say).
pub fn focus_soon(selector: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let target = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = target {
            let _ = el.focus();
        }
    });
}

/// Runs `f` after a frame has been painted, in a task of its own, so that
/// what the frame shows (an article's highlights) does not wait on it.
/// Work queued so runs one piece per frame, in order (the side panel, the
/// article's next paragraphs, the save), so each frame is painted between
/// them. Nothing waits long: the article queues its next chunk only when
/// the last one has run, so a save queued meanwhile runs a frame or two
/// later, however long the article. A hidden page paints no frames: a
/// piece then runs 200 ms after it was due.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    AFTER_PAINT.with_borrow_mut(|queue| queue.push(Box::new(f)));
    ask_for_frame();
}

thread_local! {
    /// Work waiting for a painted frame (see [`after_next_paint`]), oldest
    /// first; true while a frame is asked for it.
    static AFTER_PAINT: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = Default::default();
    static FRAME_ASKED: Cell<bool> = const { Cell::new(false) };
}

fn ask_for_frame() {
    if FRAME_ASKED.replace(true) {
        return;
    }
    use leptos::prelude::{request_animation_frame, set_timeout};
    request_animation_frame(|| set_timeout(run_next_after_paint, std::time::Duration::ZERO));
    set_timeout(run_next_after_paint, std::time::Duration::from_millis(200));
}

fn run_next_after_paint() {
    if !FRAME_ASKED.replace(false) {
        return;
    }
    let job = AFTER_PAINT.with_borrow_mut(|queue| (!queue.is_empty()).then(|| queue.remove(0)));
    if let Some(job) = job {
        job();
    }
    if AFTER_PAINT.with_borrow(|queue| !queue.is_empty()) {
        ask_for_frame();
    }
}

/// Scrolls the element with `id` into view and flashes it.
pub fn scroll_to_and_flash(id: &str) {
    let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else { return };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_behavior(web_sys::ScrollBehavior::Smooth);
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    // Restart the flash animation even when it is already running.
    let classes = el.class_list();
    let _ = classes.remove_1("flash");
    if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.offset_width();
    }
    let _ = classes.add_1("flash");
}

/// Runs `work` and records it on the browser's performance timeline as a
/// measure named `name` (`marginalia:analyze`, `marginalia:save`), so
/// benchmarks and the browser's profiler can tell the phases apart.
pub fn timed<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let result = work();
    if let Some(p) = &performance {
        let _ = p.mark(&end);
        let _ = p.measure_with_start_mark_and_end_mark(name, &start, &end);
    }
    result
}
