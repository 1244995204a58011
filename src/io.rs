//! Export and import: the files the toolbar offers and reads. The formats
//! themselves are written and checked by `marginalia-model`; this module
//! gathers what they need (the open article, or every article of the
//! library from storage), names the files, and reports what happened. An
//! import either lands whole or changes nothing.

use leptos::prelude::*;
use leptos::task::spawn_local;
use marginalia_engine::Document;
use marginalia_model::{counted, Incoming, LibraryEntry, Units, Work};
use wasm_bindgen_futures::JsFuture;

use crate::dom;
use crate::storage;
use crate::store::Workspace;

/// Largest file taken in, dropped as an article or imported, in MB: far
/// above a book or a library of books' worth of annotations, far below a
/// tab crash.
pub const MAX_FILE_MB: u32 = 20;

/// The refusal of a file over [`MAX_FILE_MB`], or `None` for one within.
pub fn too_large(file: &web_sys::File) -> Option<String> {
    // (An integer in the message: formatting a float would add its code to
    // the bundle.)
    (file.size() > f64::from(MAX_FILE_MB) * 1024.0 * 1024.0).then(|| {
        format!(
            "“{}” is larger than {MAX_FILE_MB} MB, more than any article or annotation file should be; nothing was changed.",
            file.name()
        )
    })
}

/// What can be exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    /// The open article, native JSON.
    ArticleJson,
    /// The open article, W3C Web Annotation (code points).
    ArticleW3c,
    /// The open article, W3C Web Annotation with UTF-16 positions.
    ArticleW3cUtf16,
    /// The open article's claims, CSV.
    ArticleClaimsCsv,
    /// The open article's entities, CSV.
    ArticleEntitiesCsv,
    /// The open article's entities as spaCy / Prodigy JSONL.
    ArticleSpacy,
    /// The open article's entities as CoNLL-2003 BIO.
    ArticleConll,
    /// The open article as a Label Studio task.
    ArticleLabelStudio,
    /// Every article, native JSON.
    LibraryJson,
    /// Every article's claims, CSV.
    LibraryClaimsCsv,
    /// Every article's entities, CSV.
    LibraryEntitiesCsv,
    /// Every article's entities as spaCy / Prodigy JSONL.
    LibrarySpacy,
    /// Every article's entities as CoNLL-2003 BIO.
    LibraryConll,
    /// Every article as Label Studio tasks.
    LibraryLabelStudio,
}

impl Export {
    /// Every export, in the order the menu offers them, with its name there
    /// and its test id.
    pub const MENU: [(Export, &'static str, &'static str); 14] = [
        (Export::ArticleJson, "Marginalia JSON", "export-json"),
        (Export::ArticleW3c, "W3C Web Annotation", "export-w3c"),
        (Export::ArticleW3cUtf16, "W3C annotation list, UTF-16 (Recogito, Hypothesis)", "export-w3c-utf16"),
        (Export::ArticleClaimsCsv, "Claims CSV", "export-claims-csv"),
        (Export::ArticleEntitiesCsv, "Entities CSV", "export-entities-csv"),
        (Export::ArticleSpacy, "spaCy / Prodigy JSONL (entities)", "export-spacy"),
        (Export::ArticleConll, "CoNLL-2003 BIO (entities)", "export-conll"),
        (Export::ArticleLabelStudio, "Label Studio tasks", "export-label-studio"),
        (Export::LibraryJson, "Marginalia JSON", "export-library-json"),
        (Export::LibraryClaimsCsv, "Claims CSV", "export-library-claims-csv"),
        (Export::LibraryEntitiesCsv, "Entities CSV", "export-library-entities-csv"),
        (Export::LibrarySpacy, "spaCy / Prodigy JSONL (entities)", "export-library-spacy"),
        (Export::LibraryConll, "CoNLL-2003 BIO (entities)", "export-library-conll"),
        (Export::LibraryLabelStudio, "Label Studio tasks", "export-library-label-studio"),
    ];

    /// True for the exports of the whole library (the others are of the
    /// open article).
    pub fn of_library(self) -> bool {
        matches!(
            self,
            Export::LibraryJson
                | Export::LibraryClaimsCsv
                | Export::LibraryEntitiesCsv
                | Export::LibrarySpacy
                | Export::LibraryConll
                | Export::LibraryLabelStudio
        )
    }
}

/// Every article of the library with its document and work (the open one
/// as it is in memory, the others from storage; unreadable ones are left
/// out and reported by the loader).
pub fn all_articles(workspace: Workspace) -> Vec<(LibraryEntry, Document, Work)> {
    let open = workspace.article.id.get_untracked();
    let entries = workspace.library.index.with_untracked(|l| l.documents.clone());
    entries
        .into_iter()
        .filter_map(|entry| {
            if open.as_deref() == Some(entry.id.as_str()) {
                let doc = workspace.article.document.get_untracked();
                let work = workspace.article.work.get_untracked();
                return Some((entry, doc, work));
            }
            storage::load_document(&entry.id).ok().map(|a| (entry, a.document, a.work))
        })
        .collect()
}

fn open_title(workspace: Workspace) -> String {
    let id = workspace.article.id.get_untracked();
    id.and_then(|id| workspace.library.index.with_untracked(|l| l.get(&id).map(|e| e.title.clone())))
        .unwrap_or_else(|| workspace.article.document.with_untracked(|d| marginalia_model::title_of(&d.text)))
}

/// Offers `what` as a download.
pub fn export(workspace: Workspace, what: Export) {
    let (name, mime, body) =
        if what.of_library() { library_file(workspace, what) } else { article_file(workspace, what) };
    if let Err(e) = dom::download(&name, mime, &body) {
        workspace
            .messages
            .error(format!("The export could not be offered as a download ({e}); your work is unchanged."));
    }
}

/// (file name, MIME type, contents) of an export of the open article.
fn article_file(workspace: Workspace, what: Export) -> (String, &'static str, String) {
    let title = open_title(workspace);
    let slug = dom::slug(&title);
    workspace.article.document.with_untracked(|doc| {
        workspace.article.work.with_untracked(|work| match what {
            Export::ArticleW3c => (
                format!("{slug}.annotations.jsonld"),
                "application/ld+json",
                marginalia_model::to_web_annotation(doc, work, &title, Units::CodePoints),
            ),
            Export::ArticleW3cUtf16 => (
                format!("{slug}.annotations-utf16.jsonld"),
                "application/ld+json",
                marginalia_model::to_web_annotation(doc, work, &title, Units::Utf16),
            ),
            Export::ArticleClaimsCsv => {
                (format!("{slug}.claims.csv"), "text/csv", marginalia_model::claims_csv(&[(&title, doc, work)]))
            }
            Export::ArticleEntitiesCsv => {
                (format!("{slug}.entities.csv"), "text/csv", marginalia_model::entities_csv(&[(&title, doc, work)]))
            }
            Export::ArticleSpacy => (
                format!("{slug}.spacy.jsonl"),
                "application/jsonl",
                marginalia_model::spacy_jsonl(&[(&title, doc, work)]),
            ),
            Export::ArticleConll => {
                (format!("{slug}.conll"), "text/plain", marginalia_model::conll_bio(&[(&title, doc, work)]))
            }
            Export::ArticleLabelStudio => (
                format!("{slug}.label-studio.json"),
                "application/json",
                marginalia_model::label_studio_json(&[(&title, doc, work)]),
            ),
            _ => (format!("{slug}.marginalia.json"), "application/json", marginalia_model::to_export_json(doc, work)),
        })
    })
}

/// (file name, MIME type, contents) of an export of the whole library.
fn library_file(workspace: Workspace, what: Export) -> (String, &'static str, String) {
    let all = all_articles(workspace);
    let articles: Vec<(&str, &Document, &Work)> = all.iter().map(|(e, d, w)| (e.title.as_str(), d, w)).collect();
    match what {
        Export::LibraryClaimsCsv => ("library.claims.csv".into(), "text/csv", marginalia_model::claims_csv(&articles)),
        Export::LibraryEntitiesCsv => {
            ("library.entities.csv".into(), "text/csv", marginalia_model::entities_csv(&articles))
        }
        Export::LibrarySpacy => {
            ("library.spacy.jsonl".into(), "application/jsonl", marginalia_model::spacy_jsonl(&articles))
        }
        Export::LibraryConll => ("library.conll".into(), "text/plain", marginalia_model::conll_bio(&articles)),
        Export::LibraryLabelStudio => {
            ("library.label-studio.json".into(), "application/json", marginalia_model::label_studio_json(&articles))
        }
        _ => {
            let refs: Vec<_> = all.iter().map(|(e, d, w)| (e, d, w)).collect();
            ("library.marginalia.json".into(), "application/json", marginalia_model::library_to_json(&refs))
        }
    }
}

/// Reads a file chosen for import and takes it in, or says why not.
pub fn import_file(workspace: Workspace, file: web_sys::File) {
    let name = file.name();
    if let Some(refusal) = too_large(&file) {
        workspace.messages.error(refusal);
        return;
    }
    spawn_local(async move {
        let Ok(Some(text)) = JsFuture::from(file.text()).await.map(|v| v.as_string()) else {
            workspace.messages.error(format!("“{name}” could not be read as text; nothing was imported."));
            return;
        };
        if is_web_page(&name, &file.type_()) {
            return open_web_page(workspace, &name, &text);
        }
        import_text(workspace, &name, &text);
    });
}

/// True for a saved web page (`.html`, `.htm`, or typed `text/html`).
pub fn is_web_page(name: &str, mime: &str) -> bool {
    let name = name.to_lowercase();
    mime == "text/html" || name.ends_with(".html") || name.ends_with(".htm")
}

/// Opens a saved web page named `name` as a new article: its main text,
/// and the facts its markup gives (URL, outlet, authors, date).
pub fn open_web_page(workspace: Workspace, name: &str, html: &str) {
    let Some((text, facts)) = crate::dom::saved_page(html).filter(|(t, _)| !t.trim().is_empty()) else {
        workspace.messages.error(format!("“{name}” holds no article text that could be read; nothing was changed."));
        return;
    };
    if workspace.article.document.with_untracked(|d| !d.text.is_empty()) {
        workspace.new_article();
    }
    workspace.set_text(&text);
    let found = facts.clone();
    workspace.article.work.update(|w| w.facts = facts);
    let what = if found.is_empty() { "its text (its markup names no source)" } else { "its text and its source" };
    workspace.messages.info(format!("Opened “{name}”: {what}."));
}

/// Takes in the text of an imported file named `name`.
pub fn import_text(workspace: Workspace, name: &str, text: &str) {
    match marginalia_model::read_import(text) {
        Err(reason) => workspace.messages.error(format!("“{name}” was not imported: {reason}. Nothing was changed.")),
        Ok(Incoming::Documents(articles)) => match workspace.add_articles(articles) {
            Ok(n) => workspace.messages.info(format!("Imported {} from “{name}”.", counted(n, "article", "articles"))),
            Err(reason) => workspace.messages.error(format!("“{name}” was not imported: {reason}.")),
        },
        Ok(Incoming::WebAnnotations) => {
            if workspace.article.document.with_untracked(|d| d.text.is_empty()) {
                workspace.messages.error(format!(
                    "“{name}” holds annotations: open or paste the article they belong to first. Nothing was changed."
                ));
                return;
            }
            let result = workspace.article.document.with_untracked(|doc| {
                workspace.article.work.with_untracked(|work| marginalia_model::import_web_annotation(doc, work, text))
            });
            match result {
                Err(reason) => {
                    workspace.messages.error(format!("“{name}” was not imported: {reason}. Nothing was changed."))
                }
                Ok((work, report)) => {
                    workspace.article.edit_work(|_, w| *w = work);
                    let placed = counted(report.placed, "annotation", "annotations");
                    let mut message = format!("Imported {placed} from “{name}”");
                    if report.already_there > 0 {
                        message.push_str(&format!(" ({} were already here)", report.already_there));
                    }
                    if report.unplaced.is_empty() {
                        message.push('.');
                        workspace.messages.info(message);
                    } else {
                        let quotes: Vec<String> = report
                            .unplaced
                            .iter()
                            .take(5)
                            .map(|q| format!("“{}”", marginalia_model::shorten(q, 40)))
                            .collect();
                        message.push_str(&format!(
                            ". {} could not be placed on this text (not found, or found in several places): {}{}",
                            report.unplaced.len(),
                            quotes.join(", "),
                            if report.unplaced.len() > 5 { "…" } else { "" }
                        ));
                        workspace.messages.error(message);
                    }
                }
            }
        }
    }
}
