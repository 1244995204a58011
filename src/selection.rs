//! The browser's text selection over the article, in the engine's units.
//!
//! The article is drawn as `<p data-start="BYTE">` paragraphs whose text
//! nodes hold exactly the paragraph's text (the markup adds elements, never
//! characters), so a DOM point (node, UTF-16 offset) maps to a byte offset
//! of the document by measuring the text from the paragraph's start to the
//! point: the DOM's unit is converted here, at the edge, and nowhere else.

use marginalia_engine::Span;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn selection() -> Option<web_sys::Selection> {
    web_sys::window()?.get_selection().ok().flatten()
}

/// The article element, when one is shown.
pub fn article() -> Option<Element> {
    document()?.query_selector(".article-view").ok().flatten()
}

/// The byte span the user has selected in the article (not yet snapped),
/// or `None` when nothing, or something outside the article, is selected.
pub fn selected_span() -> Option<Span> {
    let article = article()?;
    let sel = selection()?;
    if sel.range_count() == 0 || sel.is_collapsed() {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    let start = point_to_byte(&article, &range.start_container().ok()?, range.start_offset().ok()?)?;
    let end = point_to_byte(&article, &range.end_container().ok()?, range.end_offset().ok()?)?;
    (start < end).then(|| Span::new(start, end))
}

/// The byte where the collapsed selection (the caret) is in the article.
pub fn caret_byte() -> Option<usize> {
    let article = article()?;
    let sel = selection()?;
    if sel.range_count() == 0 {
        return None;
    }
    point_to_byte(&article, &sel.focus_node()?, sel.focus_offset())
}

fn paragraph_start(p: &Element) -> Option<usize> {
    p.get_attribute("data-start")?.parse().ok()
}

/// The document byte offset of a DOM point inside the article.
fn point_to_byte(article: &Element, node: &Node, offset: u32) -> Option<usize> {
    if !article.contains(Some(node)) {
        return None;
    }
    // A point between paragraphs: the start of the next one (or the end of
    // the last).
    if node.is_same_node(Some(article)) {
        let paragraphs = article.query_selector_all("p[data-start]").ok()?;
        let children = article.children();
        let mut index = offset;
        while let Some(child) = children.item(index) {
            if let Some(start) = paragraph_start(&child) {
                return Some(start);
            }
            index += 1;
        }
        let last: Element = paragraphs.item(paragraphs.length().checked_sub(1)?)?.dyn_into().ok()?;
        return Some(paragraph_start(&last)? + last.text_content().unwrap_or_default().len());
    }
    let element = match node.dyn_ref::<Element>() {
        Some(e) => e.clone(),
        None => node.parent_element()?,
    };
    let p = element.closest("p[data-start]").ok()??;
    let range = document()?.create_range().ok()?;
    range.set_start(&p, 0).ok()?;
    range.set_end(node, offset).ok()?;
    let before: String = range.to_string().into();
    Some(paragraph_start(&p)? + before.len())
}

/// The DOM point of a document byte offset inside the article.
fn byte_to_point(article: &Element, byte: usize) -> Option<(Node, u32)> {
    let paragraphs = article.query_selector_all("p[data-start]").ok()?;
    let mut chosen = None;
    for i in 0..paragraphs.length() {
        let p: Element = paragraphs.item(i)?.dyn_into().ok()?;
        if paragraph_start(&p)? > byte {
            break;
        }
        chosen = Some(p);
    }
    let p = chosen?;
    let mut remaining = byte - paragraph_start(&p)?;
    let walker = document()?.create_tree_walker_with_what_to_show(&p, 4 /* SHOW_TEXT */).ok()?;
    let mut last = None;
    while let Ok(Some(node)) = walker.next_node() {
        let text = node.text_content().unwrap_or_default();
        if remaining <= text.len() {
            let prefix = text.get(..remaining)?;
            return Some((node, prefix.encode_utf16().count() as u32));
        }
        remaining -= text.len();
        last = Some((node.clone(), text.encode_utf16().count() as u32));
    }
    last
}

/// Selects `span` in the article (or places the caret when it is empty).
pub fn select(span: Span) -> Option<()> {
    let article = article()?;
    let (start_node, start_offset) = byte_to_point(&article, span.start)?;
    let (end_node, end_offset) = byte_to_point(&article, span.end)?;
    let sel = selection()?;
    sel.set_base_and_extent(&start_node, start_offset, &end_node, end_offset).ok()
}

/// Moves or extends the selection like a text caret: `alter` is `move` or
/// `extend`, `forward` the direction, `granularity` `character`, `word` or
/// `line`.
pub fn modify(alter: &str, forward: bool, granularity: &str) {
    if let Some(sel) = selection() {
        let _ = sel.modify(alter, if forward { "forward" } else { "backward" }, granularity);
    }
}

/// Clears the browser's selection.
pub fn clear_selection() {
    if let Some(sel) = selection() {
        let _ = sel.remove_all_ranges();
    }
}

/// Where something is on the page, in whole CSS pixels (whole numbers keep
/// float formatting, ~14 KB, out of the bundle).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageBox {
    /// Left edge.
    pub left: i32,
    /// Top edge.
    pub top: i32,
    /// Bottom edge.
    pub bottom: i32,
}

impl PageBox {
    fn of(rect: &web_sys::DomRect) -> Option<PageBox> {
        let window = web_sys::window()?;
        let (sx, sy) = (window.scroll_x().ok()?, window.scroll_y().ok()?);
        Some(PageBox {
            left: (rect.left() + sx).round() as i32,
            top: (rect.top() + sy).round() as i32,
            bottom: (rect.bottom() + sy).round() as i32,
        })
    }

    /// The inline style placing a popover just below this box.
    pub fn popover_style(self) -> String {
        format!("left:{}px;top:{}px", self.left.max(8), self.bottom + 6)
    }
}

/// Where the selection or caret is on the page.
pub fn selection_box() -> Option<PageBox> {
    let sel = selection()?;
    if sel.range_count() == 0 {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    let rects = range.get_client_rects()?;
    let rect = match rects.length() {
        0 => range.get_bounding_client_rect(),
        n => rects.get(n - 1)?,
    };
    PageBox::of(&rect)
}

/// Where the element with `id` is on the page.
pub fn element_box(id: &str) -> Option<PageBox> {
    PageBox::of(&document()?.get_element_by_id(id)?.get_bounding_client_rect())
}

/// Gives the article the keyboard focus.
pub fn focus_article() {
    if let Some(el) = article().and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}
