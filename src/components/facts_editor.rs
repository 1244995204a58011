//! `<FactsEditor/>`: the article's source (URL, outlet, authors, date of
//! publication) as one line under the text's controls, opened to edit. Each
//! change is one undoable step of the user's work, saved and exported with
//! it; a saved web page fills them from its markup.

use leptos::prelude::*;
use marginalia_model::ArticleFacts;

use crate::store::use_workspace;

/// One editable fact: its label, test id, placeholder, how it reads and
/// how it is written.
struct Field {
    label: &'static str,
    test_id: &'static str,
    placeholder: &'static str,
    get: fn(&ArticleFacts) -> String,
    set: fn(&mut ArticleFacts, &str),
}

const FIELDS: [Field; 4] = [
    Field {
        label: "URL",
        test_id: "fact-url",
        placeholder: "https://…",
        get: |f| f.url.clone(),
        set: |f, v| f.url = v.into(),
    },
    Field {
        label: "Outlet",
        test_id: "fact-outlet",
        placeholder: "who published it",
        get: |f| f.outlet.clone(),
        set: |f, v| f.outlet = v.into(),
    },
    Field {
        label: "Authors",
        test_id: "fact-authors",
        placeholder: "names, separated by commas",
        get: |f| f.authors.join(", "),
        set: |f, v| f.authors = v.split(',').map(str::trim).filter(|a| !a.is_empty()).map(str::to_string).collect(),
    },
    Field {
        label: "Published",
        test_id: "fact-published",
        placeholder: "2025-03-07",
        get: |f| f.published.clone(),
        set: |f, v| f.published = v.into(),
    },
];

/// The article's source, shown and edited.
#[component]
pub fn FactsEditor() -> impl IntoView {
    let workspace = use_workspace();
    let facts = Memo::new(move |_| workspace.article.work.with(|w| w.facts.clone()));
    let fields = FIELDS
        .iter()
        .map(|field| {
            let (get, set) = (field.get, field.set);
            let change = move |ev| {
                let value = event_target_value(&ev);
                if facts.with_untracked(get) != value.trim() {
                    workspace.article.edit_work(|_, w| set(&mut w.facts, value.trim()));
                }
            };
            view! {
                <label>
                    {field.label}
                    <input type="text" placeholder=field.placeholder prop:value=move || facts.with(get) on:change=change data-testid=field.test_id />
                </label>
            }
        })
        .collect_view();
    view! {
        <details class="article-facts" data-testid="article-facts">
            <summary data-testid="facts-summary">{move || facts.with(summary)}</summary>
            <div class="facts-fields">{fields}</div>
        </details>
    }
}

/// `Source: The Gazette · Ana Ruiz · 2025-03-07`, or what to add.
fn summary(facts: &ArticleFacts) -> String {
    if facts.is_empty() {
        return "Source: add the article’s URL, outlet, authors and date".into();
    }
    let authors = facts.authors.join(", ");
    let parts = [facts.outlet.as_str(), authors.as_str(), facts.published.as_str(), facts.url.as_str()];
    format!("Source: {}", parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(" · "))
}
