//! Component tests in headless Chromium (`cargo test --target
//! wasm32-unknown-unknown`, run by wasm-bindgen-test-runner through
//! chromedriver): the app mounted into a real page with real localStorage.
#![cfg(target_arch = "wasm32")]

use marginalia::storage::{document_key, LEGACY_KEY, LIBRARY_KEY, UNREADABLE_PREFIX};
use marginalia::{dom, App};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str = "Floods hit Porto\n\n“The river rose too fast,” said Mayor Inês Carvalho on Monday. 🌊 She said 120 families had left their homes.";

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// What was copied aside under the unreadable-data prefix.
fn kept_aside() -> Vec<String> {
    let storage = storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(UNREADABLE_PREFIX))
        .map(|k| storage.get_item(&k).unwrap().unwrap())
        .collect()
}

/// The stored JSON of the open article (the library index names it).
fn saved_json() -> Option<String> {
    let index = storage().get_item(LIBRARY_KEY).unwrap()?;
    let library = marginalia_model::Library::parse(&index).unwrap();
    storage().get_item(&document_key(library.open.as_deref()?)).unwrap()
}

async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Mounts a fresh `App` into its own element and returns that element.
async fn mount() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    // A test that failed may have left its host behind: ids must stay unique.
    let stale = document.query_selector_all(".test-host").unwrap();
    for i in 0..stale.length() {
        stale.item(i).unwrap().unchecked_into::<web_sys::Element>().remove();
    }
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    host.set_class_name("test-host");
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), App).forget();
    tick().await;
    host
}

fn unmount(host: HtmlElement) {
    host.remove();
}

/// Types `text` into the paste area and waits for the engine, which runs
/// once typing pauses.
async fn type_article(host: &HtmlElement, text: &str) {
    // With an article loaded, the text box is inside "Edit article text".
    if host.query_selector("[data-testid=paste-area]").unwrap().is_none() {
        let details: web_sys::HtmlDetailsElement =
            host.query_selector("details.edit-text").unwrap().expect("edit section").unchecked_into();
        details.set_open(true);
        sleep(50).await;
    }
    let area: HtmlTextAreaElement =
        host.query_selector("[data-testid=paste-area]").unwrap().expect("paste area").unchecked_into();
    area.set_value(text);
    area.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    sleep(400).await;
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The texts of `selector` once there are some (the side panel is drawn a
/// frame or two after the article, and the first analysis of a page also
/// loads the engine's automata), or none after three seconds.
async fn texts_when_drawn(host: &HtmlElement, selector: &str) -> Vec<String> {
    for _ in 0..150 {
        let found = texts(host, selector);
        if !found.is_empty() {
            return found;
        }
        tick().await;
    }
    Vec::new()
}

fn texts(host: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = host.query_selector_all(selector).unwrap();
    (0..nodes.length()).map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
async fn typed_article_is_highlighted_and_saved() {
    storage().clear().unwrap();
    let host = mount().await;
    type_article(&host, ARTICLE).await;
    tick().await;
    let people = texts(&host, "mark[data-label=PERSON]");
    assert!(people.contains(&"Inês Carvalho".to_string()), "people: {people:?}");
    assert!(texts(&host, "mark[data-label=DATE]").contains(&"Monday".to_string()));
    assert_eq!(texts(&host, "mark[data-label=quote][id]"), vec!["The river rose too fast,".to_string()]);
    let doc = saved_when(|d| d.text == ARTICLE).await;
    assert_eq!(doc.text, ARTICLE);
    unmount(host);
}

#[wasm_bindgen_test]
async fn saved_document_is_restored_on_mount() {
    storage().clear().unwrap();
    let host = mount().await;
    type_article(&host, ARTICLE).await;
    tick().await;
    let before = texts(&host, "mark.layer-entity");
    unmount(host);
    let host = mount().await;
    assert_eq!(texts(&host, "mark.layer-entity"), before);
    assert!(!before.is_empty());
    unmount(host);
}

#[wasm_bindgen_test]
async fn unreadable_storage_starts_clean_and_keeps_the_data() {
    storage().clear().unwrap();
    storage().set_item(LEGACY_KEY, "{not json at all").unwrap();
    let host = mount().await;
    let notice = texts(&host, "[data-testid=notice]").join(" ");
    assert!(notice.contains("could not be read"), "notice: {notice}");
    assert!(host.query_selector("[data-testid=article-view]").unwrap().is_none());
    // The unreadable data is still there, under its own key, byte for byte.
    assert_eq!(kept_aside(), vec!["{not json at all".to_string()]);
    unmount(host);
}

#[wasm_bindgen_test]
async fn clicking_a_panel_row_flashes_its_highlight() {
    storage().clear().unwrap();
    let host = mount().await;
    type_article(&host, ARTICLE).await;
    tick().await;
    let row: HtmlElement = host.query_selector("[data-target=ann-c0]").unwrap().expect("claim row").unchecked_into();
    row.click();
    tick().await;
    let target = host.query_selector("#ann-c0").unwrap().expect("claim highlight");
    assert!(target.class_list().contains("flash"));
    assert_eq!(computed(&target, "outline-style"), "solid", "the selection is outlined");
    unmount(host);
}

#[wasm_bindgen_test]
fn pasted_html_keeps_paragraphs_and_drops_markup() {
    let html = "<h1>Title <b>here</b></h1><p>First <a href='#'>para</a>.</p><script>alert(1)</script><p>Second<br>line</p><style>p{}</style>";
    assert_eq!(dom::html_to_text(html).unwrap(), "Title here\n\nFirst para.\n\nSecond\nline");
}

#[wasm_bindgen_test]
async fn paste_event_inserts_plain_text() {
    storage().clear().unwrap();
    let host = mount().await;
    let area: HtmlTextAreaElement = host.query_selector("[data-testid=paste-area]").unwrap().unwrap().unchecked_into();
    let data = web_sys::DataTransfer::new().unwrap();
    data.set_data(
        "text/html",
        "<p>Minister <i>Zoë Almeida</i> spoke in Faro.</p><p>Next <img src=x onerror=alert(1)>one.</p>",
    )
    .unwrap();
    data.set_data("text/plain", "flat text").unwrap();
    let init = web_sys::ClipboardEventInit::new();
    init.set_clipboard_data(Some(&data));
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev = web_sys::ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
    area.dispatch_event(&ev).unwrap();
    let doc = saved_when(|d| !d.text.is_empty()).await;
    assert_eq!(doc.text, "Minister Zoë Almeida spoke in Faro.\n\nNext one.");
    assert!(host.query_selector("img").unwrap().is_none(), "pasted markup must never reach the page");
    unmount(host);
}

/// The computed value of CSS `property` on `el`.
fn computed(el: &web_sys::Element, property: &str) -> String {
    let style = web_sys::window().unwrap().get_computed_style(el).unwrap().unwrap();
    style.get_property_value(property).unwrap()
}

/// The text of the marks drawn with a focus ring (a box shadow).
fn outlined_marks(host: &HtmlElement) -> Vec<String> {
    let marks = host.query_selector_all("mark").unwrap();
    (0..marks.length())
        .map(|i| marks.item(i).unwrap().unchecked_into::<web_sys::Element>())
        .filter(|m| computed(m, "box-shadow") != "none")
        .map(|m| m.text_content().unwrap_or_default())
        .collect()
}

fn click(host: &HtmlElement, selector: &str) {
    let el: HtmlElement =
        host.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).unchecked_into();
    el.click();
}

fn saved_document() -> marginalia_engine::Document {
    marginalia_model::parse(&saved_json().unwrap()).unwrap().0
}

/// The saved document and work once `ready` holds of them, or after 2 s
/// whatever is saved: the save runs after the frame is painted and the work
/// queued behind it, a few frames after the action.
async fn saved_matching(
    ready: impl Fn(&marginalia_engine::Document, &marginalia_model::Work) -> bool,
) -> (marginalia_engine::Document, marginalia_model::Work) {
    for _ in 0..100 {
        if let Some((doc, work)) = saved_json().and_then(|json| marginalia_model::parse(&json).ok()) {
            if ready(&doc, &work) {
                return (doc, work);
            }
        }
        tick().await;
    }
    marginalia_model::parse(&saved_json().unwrap()).unwrap()
}

/// The saved document once `ready` holds of it (see [`saved_matching`]).
async fn saved_when(ready: impl Fn(&marginalia_engine::Document) -> bool) -> marginalia_engine::Document {
    saved_matching(|doc, _| ready(doc)).await.0
}

#[wasm_bindgen_test]
async fn who_said_what_groups_claims_and_keeps_a_reassigned_speaker() {
    storage().clear().unwrap();
    let host = mount().await;
    type_article(&host, ARTICLE).await;
    let groups = texts_when_drawn(&host, "[data-testid=speaker-group] h3").await;
    assert_eq!(groups, vec!["Inês Carvalho 2".to_string()]);

    let input: web_sys::HtmlInputElement =
        host.query_selector("[data-testid=reassign-speaker]").unwrap().unwrap().unchecked_into();
    input.set_value("Porto City Hall");
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    tick().await;
    let mut groups = texts(&host, "[data-testid=speaker-group] h3");
    groups.sort();
    assert_eq!(groups, vec!["Inês Carvalho 1".to_string(), "Porto City Hall 1".to_string()]);
    let doc = saved_when(|d| d.claims[0].speaker.as_deref() == Some("Porto City Hall")).await;
    assert_eq!(doc.claims[0].speaker.as_deref(), Some("Porto City Hall"));

    // Kept after a reload, and after the text is edited around it.
    unmount(host);
    let host = mount().await;
    assert!(texts(&host, "[data-testid=speaker-group] h3").contains(&"Porto City Hall 1".to_string()));
    type_article(&host, &format!("{ARTICLE}\n\nMore rain is due.")).await;
    tick().await;
    assert!(texts(&host, "[data-testid=speaker-group] h3").contains(&"Porto City Hall 1".to_string()));
    unmount(host);
}

#[wasm_bindgen_test]
async fn entity_panel_focuses_merges_and_splits() {
    storage().clear().unwrap();
    let host = mount().await;
    type_article(&host, "Mayor Inês Carvalho visited Lisbon. Carvalho met Rui Costa in Lisbon. Costa left.").await;
    tick().await;
    click(&host, "[data-testid=tab-entities]");
    tick().await;
    let names = texts(&host, "[data-testid=entity-group] .group-name");
    assert_eq!(names, vec!["Inês Carvalho", "Lisbon", "Rui Costa"]);

    // Focus: every mention of the group is marked.
    click(&host, "[data-testid=entity-group] .group-focus");
    tick().await;
    assert_eq!(outlined_marks(&host), vec!["Inês Carvalho", "Carvalho"]);

    // Merge Inês Carvalho into Rui Costa (a deliberate test of the control).
    let select: web_sys::HtmlSelectElement =
        host.query_selector("[data-testid=merge-into]").unwrap().unwrap().unchecked_into();
    select.set_value("Rui Costa");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    tick().await;
    let costa = |d: &marginalia_engine::Document| {
        d.entities.iter().filter(|e| e.canonical.as_deref() == Some("Rui Costa")).count()
    };
    assert_eq!(costa(&saved_when(|d| costa(d) == 4).await), 4);

    // Split the first mention back out.
    click(&host, "[data-testid=split-mention]");
    let doc = saved_when(|d| d.corrections.splits.len() == 1).await;
    assert_eq!(doc.entities[0].canonical.as_deref(), Some("Inês Carvalho"));
    assert_eq!(doc.corrections.merges.len(), 1);
    assert_eq!(doc.corrections.splits.len(), 1);
    unmount(host);
}

#[wasm_bindgen_test]
async fn typing_reruns_the_engine_once_the_keys_pause() {
    storage().clear().unwrap();
    let host = mount().await;
    let performance = web_sys::window().unwrap().performance().unwrap();
    let runs = || performance.get_entries_by_name("marginalia:analyze").length();
    let before = runs();
    let area: HtmlTextAreaElement = host.query_selector("[data-testid=paste-area]").unwrap().unwrap().unchecked_into();
    for text in ["M", "Ma", "Mayor", "Mayor Inês", "Mayor Inês Carvalho spoke."] {
        area.set_value(text);
        area.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
        sleep(20).await;
    }
    assert_eq!(runs(), before, "no run while typing");
    sleep(400).await;
    assert_eq!(runs(), before + 1, "one run after the pause");
    assert_eq!(saved_document().text, "Mayor Inês Carvalho spoke.");
    unmount(host);
}

#[wasm_bindgen_test]
async fn article_text_is_never_read_as_html() {
    storage().clear().unwrap();
    let host = mount().await;
    let text = "<img src=x onerror=\"window.pwned=1\"> & <b>bold</b> said Mayor Ana Ruiz in \"Lisbon\".";
    type_article(&host, text).await;
    tick().await;
    let view = host.query_selector("[data-testid=article-view]").unwrap().expect("article view");
    assert!(view.query_selector("img, b").unwrap().is_none(), "no element made from the text");
    assert_eq!(view.text_content().unwrap(), text);
    assert_eq!(texts(&host, "mark[data-label=LOC]"), vec!["Lisbon".to_string()]);
    unmount(host);
}

#[wasm_bindgen_test]
async fn changes_made_together_are_saved_once_and_a_pending_save_is_flushed_on_leaving() {
    storage().clear().unwrap();
    let host = mount().await;
    type_article(&host, ARTICLE).await;
    tick().await;
    let performance = web_sys::window().unwrap().performance().unwrap();
    let saves = || performance.get_entries_by_name("marginalia:save").length();
    let before = saves();
    let inputs = host.query_selector_all("[data-testid=reassign-speaker]").unwrap();
    for i in 0..inputs.length() {
        let input: web_sys::HtmlInputElement = inputs.item(i).unwrap().unchecked_into();
        input.set_value("Porto City Hall");
        input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    }
    let doc = saved_when(|d| d.claims.iter().all(|c| c.speaker.as_deref() == Some("Porto City Hall"))).await;
    assert!(doc.claims.iter().all(|c| c.speaker.as_deref() == Some("Porto City Hall")));
    tick().await;
    assert_eq!(saves(), before + 1, "one save for changes made together");

    // A change, then the page is left before the save task runs.
    let input: web_sys::HtmlInputElement =
        host.query_selector("[data-testid=reassign-speaker]").unwrap().unwrap().unchecked_into();
    input.set_value("Mayor's Office");
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    // Effects run in a microtask; the save task would run after this one.
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)).await.unwrap();
    web_sys::window().unwrap().dispatch_event(&web_sys::Event::new("pagehide").unwrap()).unwrap();
    assert_eq!(saved_document().claims[0].speaker.as_deref(), Some("Mayor's Office"));
    unmount(host);
}

/// Dispatches a key press on the window, as the keyboard map hears it.
fn press(key: &str, ctrl: bool, shift: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_ctrl_key(ctrl);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn selections_map_to_document_bytes_across_emoji_accents_and_highlights() {
    storage().clear().unwrap();
    let host = mount().await;
    type_article(&host, ARTICLE).await;
    let doc = saved_when(|d| d.text == ARTICLE).await;
    // A span that starts inside a quote, crosses highlights, an accent and
    // an emoji, and ends in the next sentence.
    let start = doc.text.find("fast").unwrap();
    let end = doc.text.find("She said").unwrap() + "She".len();
    let span = marginalia_engine::Span::new(start, end);
    marginalia::selection::select(span).expect("selected");
    assert_eq!(marginalia::selection::selected_span(), Some(span));
    assert_eq!(web_sys::window().unwrap().get_selection().unwrap().unwrap().to_string(), span.text(&doc.text));
    marginalia::selection::clear_selection();
    unmount(host);
}

#[wasm_bindgen_test]
async fn keys_review_a_suggestion_and_undo_restores_it() {
    storage().clear().unwrap();
    let host = mount().await;
    type_article(&host, ARTICLE).await;
    sleep(50).await;
    let confirmed = || texts(&host, "[data-testid=article-view] mark.confirmed");
    press("j", false, false);
    press("a", false, false);
    tick().await;
    assert_eq!(confirmed().len(), 1, "j then a confirms the first highlight");
    press("x", false, false);
    tick().await;
    let after_reject = texts(&host, "[data-testid=article-view] mark[data-ann]").len();
    press("z", true, false);
    tick().await;
    assert!(texts(&host, "[data-testid=article-view] mark[data-ann]").len() > after_reject, "undo brings it back");
    press("z", true, true);
    tick().await;
    assert_eq!(texts(&host, "[data-testid=article-view] mark[data-ann]").len(), after_reject, "redo");
    unmount(host);
}

#[wasm_bindgen_test]
async fn undoing_a_merge_restores_the_engine_names() {
    storage().clear().unwrap();
    let host = mount().await;
    type_article(&host, "“We are ready,” said Mayor Ana Ruiz in Porto. João Mendes agreed with Ruiz.").await;
    sleep(50).await;
    let groups = || {
        let nodes = host.query_selector_all("[data-testid=article-view] mark[data-group]").unwrap();
        let mut g: Vec<String> = (0..nodes.length())
            .filter_map(|i| nodes.item(i)?.unchecked_into::<web_sys::Element>().get_attribute("data-group"))
            .collect();
        g.sort();
        g.dedup();
        g
    };
    let before = groups();
    assert_eq!(before, ["Ana Ruiz", "João Mendes", "Porto"]);
    // Merge through the panel, then undo with the toolbar button.
    click(&host, "[data-testid=tab-entities]");
    tick().await;
    click(&host, "[data-testid=entity-group] .group-focus");
    tick().await;
    let select: web_sys::HtmlSelectElement =
        host.query_selector("[data-testid=merge-into]").unwrap().unwrap().unchecked_into();
    select.set_selected_index(1);
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    tick().await;
    assert_eq!(groups(), ["João Mendes", "Porto"], "Ana Ruiz merged into João Mendes");
    click(&host, "[data-testid=undo]");
    tick().await;
    assert_eq!(groups(), before);
    unmount(host);
}

#[wasm_bindgen_test]
async fn an_article_of_an_earlier_version_joins_the_library() {
    storage().clear().unwrap();
    // Schema 1, as the one-article versions saved it (no work).
    let doc = marginalia_engine::Document::analyze("Floods hit Porto\nMayor Ana Ruiz said the river rose.");
    let mut v1: serde_json::Value = serde_json::from_str(
        &marginalia_engine::WireDocument::from_document(&doc, marginalia_engine::ArticleText::Included).to_json(),
    )
    .unwrap();
    v1["schema_version"] = 1.into();
    storage().set_item(LEGACY_KEY, &v1.to_string()).unwrap();
    let host = mount().await;
    assert!(texts(&host, "mark[data-label=PERSON]").contains(&"Ana Ruiz".to_string()));
    assert!(texts(&host, "[data-testid=notice]").join(" ").contains("earlier version"));
    assert!(storage().get_item(LEGACY_KEY).unwrap().is_none(), "moved, not copied");
    let library = marginalia_model::Library::parse(&storage().get_item(LIBRARY_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(library.documents.len(), 1);
    assert_eq!(library.documents[0].title, "Floods hit Porto");
    assert_eq!(marginalia_model::parse(&saved_json().unwrap()).unwrap().0, doc);
    unmount(host);
}

#[wasm_bindgen_test]
async fn an_unreadable_article_is_set_aside_and_the_rest_of_the_library_loads() {
    storage().clear().unwrap();
    let good = marginalia_engine::Document::analyze("Election in Kraków\nThe mayor said turnout was high.");
    let mut library = marginalia_model::Library::default();
    library.record("good", &good, &Default::default(), 1.0);
    library.record("bad", &good, &Default::default(), 2.0);
    library.open = Some("bad".into());
    storage().set_item(LIBRARY_KEY, &library.to_json()).unwrap();
    storage()
        .set_item(
            &document_key("good"),
            &marginalia_model::to_storage_json(
                &good,
                &Default::default(),
                &marginalia_model::Revision { id: "r1".into(), parent: None },
            ),
        )
        .unwrap();
    storage().set_item(&document_key("bad"), "{\"schema_version\": 2, \"text\": ").unwrap();
    let host = mount().await;
    assert!(texts(&host, "[data-testid=notice]").join(" ").contains("could not be read"));
    let library = marginalia_model::Library::parse(&storage().get_item(LIBRARY_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(library.documents.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["good"]);
    assert_eq!(kept_aside(), vec!["{\"schema_version\": 2, \"text\": ".to_string()]);
    unmount(host);
}

/// The two script bindings agree: `summarize` counts what `analyze` returns
/// (with emoji and accents in the text, and code-point offsets out).
#[wasm_bindgen_test]
fn script_bindings_count_what_analyze_returns() {
    let text =
        "🌊 Mayor Ana Ruiz said 120 families left Kraków on Monday.\n\n“We will rebuild,” Ruiz said.\n\nJANE DOE/AP";
    let counts = marginalia::summarize(text);
    let doc = marginalia::analyze(text).unwrap();
    let length =
        |field: &str| js_sys::Reflect::get(&doc, &field.into()).unwrap().unchecked_into::<js_sys::Array>().length();
    assert_eq!(counts, vec![length("entities"), length("claims"), length("boilerplate")]);
    assert!(counts.iter().all(|&n| n > 0), "{counts:?}");
    let first: js_sys::Object = js_sys::Reflect::get(&doc, &"entities".into())
        .unwrap()
        .unchecked_into::<js_sys::Array>()
        .get(0)
        .unchecked_into();
    // `Ana Ruiz` starts at code point 8 (the emoji is one code point, two UTF-16 units).
    let start = js_sys::Reflect::get(&first, &"start".into()).unwrap().as_f64();
    let text_of = js_sys::Reflect::get(&first, &"text".into()).unwrap().as_string();
    assert_eq!((start, text_of.as_deref()), (Some(8.0), Some("Ana Ruiz")));
}

#[wasm_bindgen_test]
async fn a_suggestion_accepted_from_the_editor_shows_confirmed_in_the_review_list() {
    storage().clear().unwrap();
    let host = mount().await;
    type_article(&host, ARTICLE).await;
    click(&host, "[data-testid=tab-all]");
    tick().await;
    let badge = |host: &HtmlElement| {
        host.query_selector("[data-testid=annotation-list] [data-target=ann-e0] .status-badge")
            .unwrap()
            .expect("a row for the first entity")
            .text_content()
            .unwrap()
    };
    assert_eq!(badge(&host), "suggested");
    click(&host, "[data-testid=article-view] mark[data-ann=ann-e0]");
    tick().await;
    click(&host, "[data-testid=editor-accept]");
    tick().await;
    assert_eq!(badge(&host), "confirmed");
    unmount(host);
}

#[wasm_bindgen_test]
fn a_missing_trash_entry_is_reported_as_such_not_as_missing_storage() {
    storage().clear().unwrap();
    let message = marginalia::storage::untrash_document("nothing-here").unwrap_err().to_string();
    assert!(message.contains("no longer in the trash"), "{message}");
}

#[wasm_bindgen_test]
fn javascript_errors_reach_the_user_in_words() {
    let error: wasm_bindgen::JsValue = js_sys::Error::new("the disk is full").into();
    assert_eq!(dom::js_error_text(&error), "Error");
    assert_eq!(dom::js_error_text(&wasm_bindgen::JsValue::from_str("refused")), "refused");
    assert_eq!(dom::js_error_text(&wasm_bindgen::JsValue::NULL), "unknown error");
}

/// Sets a form control's value and fires `change`, as a person choosing it.
fn choose(host: &HtmlElement, selector: &str, value: &str) {
    let el = host.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"));
    match el.dyn_ref::<web_sys::HtmlSelectElement>() {
        Some(select) => select.set_value(value),
        None => el.unchecked_ref::<web_sys::HtmlInputElement>().set_value(value),
    }
    el.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn a_claim_checked_from_its_editor_keeps_its_rating_and_refuses_a_bad_evidence_address() {
    storage().clear().unwrap();
    let host = mount().await;
    type_article(&host, ARTICLE).await;
    click(&host, "[data-testid=article-view] mark[data-ann=ann-c0]");
    tick().await;
    click(&host, "[data-testid=editor-check]");
    tick().await;
    assert!(host.query_selector("[data-testid=tab-checks][aria-selected=true]").unwrap().is_some());
    choose(&host, "[data-testid=check-rating]", "Half True");
    choose(&host, "[data-testid=check-assignee]", " Zoë ");
    let (_, work) =
        saved_matching(|_, w| w.verdicts.iter().any(|v| v.check.as_ref().is_some_and(|c| c.assignee == "Zoë"))).await;
    let check = work.verdicts.iter().find_map(|v| v.check.clone()).unwrap();
    assert_eq!((check.rating.as_str(), check.status), ("Half True", marginalia_model::CheckStatus::NotStarted));
    // An address that is no web address: refused with a message, nothing added.
    let url: web_sys::HtmlInputElement =
        host.query_selector("[data-testid=evidence-url]").unwrap().unwrap().unchecked_into();
    url.set_value("porto.example/levels");
    url.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    click(&host, "[data-testid=evidence-add]");
    tick().await;
    assert!(texts(&host, "[data-testid=notice]").concat().contains("is not a web address"));
    assert!(host.query_selector("[data-testid=evidence]").unwrap().is_none());
    unmount(host);
}
