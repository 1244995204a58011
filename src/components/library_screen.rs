//! `<LibraryScreen/>`: every article kept in this browser, and the people
//! and organisations across them.
//!
//! The list shows each article's title (its first line, until renamed),
//! the date it was added and its counts; open, rename and delete (undoable)
//! are a click away, and titles can be searched. The cross-article view
//! takes each person or organisation by canonical name, lists the articles
//! that mention them, and sets their claims in those articles side by side,
//! one column per article, so one speaker's statements can be compared.

use leptos::prelude::*;
use marginalia_model::queries::across::{sources_across, Source, SourceInArticle};
use marginalia_model::{counted, LibraryEntry};

use crate::io::all_articles;
use crate::store::{use_workspace, Workspace};

/// The library and the cross-article view.
#[component]
pub fn LibraryScreen() -> impl IntoView {
    view! {
        <main class="library-screen">
            <LibraryList />
            <AcrossArticles />
        </main>
    }
}

/// A date from ms since the epoch, as the reader's locale writes it.
fn date(ms: f64) -> String {
    js_sys::Date::new(&ms.into()).to_locale_date_string("default", &wasm_bindgen::JsValue::UNDEFINED).into()
}

#[component]
fn LibraryList() -> impl IntoView {
    let workspace = use_workspace();
    let query = RwSignal::new(String::new());
    let renaming = RwSignal::new(None::<String>);
    let rows = Memo::new(move |_| {
        workspace.library.index.with(|l| l.search(&query.get()).into_iter().cloned().collect::<Vec<_>>())
    });
    let total = move || workspace.library.index.with(|l| l.documents.len());
    view! {
        <section class="library" aria-labelledby="library-title" data-testid="library">
            <div class="panel-head">
                <h2 id="library-title">"Library " <span class="count">{total}</span></h2>
                <button type="button" on:click=move |_| workspace.new_article() data-testid="library-new">"New article"</button>
            </div>
            <label class="field">
                "Search titles "
                <input type="search" prop:value=query on:input=move |ev| query.set(event_target_value(&ev)) data-testid="library-search" />
            </label>
            <ul class="library-list">
                <For each=move || rows.get() key=|e| (e.id.clone(), e.title.clone(), e.entities, e.claims) let:entry>
                    {library_row(workspace, entry, renaming)}
                </For>
            </ul>
            {move || (total() == 0).then(|| view! { <p class="hint">"No articles yet: paste one to start."</p> })}
        </section>
    }
}

/// One article of the list: its title (or the box renaming it), its date
/// and counts, and what can be done with it.
fn library_row(workspace: Workspace, entry: LibraryEntry, renaming: RwSignal<Option<String>>) -> impl IntoView {
    let id = entry.id.clone();
    let is_open = {
        let id = id.clone();
        move || workspace.article.id.get().as_deref() == Some(id.as_str())
    };
    let editing = {
        let id = id.clone();
        move || renaming.get().as_deref() == Some(id.as_str())
    };
    let (open_id, rename_id, delete_id) = (id.clone(), id.clone(), id.clone());
    let title = entry.title.clone();
    let open = move || {
        let (open_id, title) = (open_id.clone(), title.clone());
        view! {
            <button type="button" class="link library-title" on:click=move |_| workspace.open_article(&open_id) data-testid="library-open">
                {title}
            </button>
        }
    };
    view! {
        <li class="library-row" class:open=is_open data-testid="library-row">
            <Show when=editing fallback=open>
                {rename_box(workspace, id.clone(), entry.title.clone(), renaming)}
            </Show>
            <span class="row-detail">
                {format!("added {} · {} · {}", date(entry.added), counted(entry.entities, "entity", "entities"), counted(entry.claims, "claim", "claims"))}
            </span>
            <span class="row">
                <button type="button" class="small" on:click=move |_| renaming.set(Some(rename_id.clone())) data-testid="library-rename">
                    "Rename"
                </button>
                <button type="button" class="small" on:click=move |_| workspace.delete_article(&delete_id) data-testid="library-delete">
                    "Delete"
                </button>
            </span>
        </li>
    }
}

/// The box a title is edited in; a change renames the article.
fn rename_box(workspace: Workspace, id: String, title: String, renaming: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <input
            type="text"
            class="rename"
            aria-label="New title (empty: the first line)"
            prop:value=title
            on:change=move |ev| {
                workspace.rename_article(&id, &event_target_value(&ev));
                renaming.set(None);
            }
            data-testid="library-rename-input"
        />
    }
}

#[component]
fn AcrossArticles() -> impl IntoView {
    let workspace = use_workspace();
    // The articles are read from storage again when the index changes.
    let everyone = Memo::new(move |_| {
        workspace.library.index.track();
        sources_across(&all_articles(workspace))
    });
    let filter = RwSignal::new(String::new());
    let chosen = RwSignal::new(None::<String>);
    let names = move || {
        let needle = filter.get().to_lowercase();
        everyone.with(|all| {
            all.iter()
                .filter(|a| needle.is_empty() || a.name.to_lowercase().contains(&needle))
                .take(60)
                .map(|a| source_name(a, chosen))
                .collect_view()
        })
    };
    let columns = move || {
        let name = chosen.get()?;
        let source = everyone.with(|all| all.iter().find(|a| a.name == name).cloned())?;
        let columns = source.articles.into_iter().map(|a| article_column(workspace, a)).collect_view();
        Some(view! {
            <h3>{source.name}</h3>
            <div class="across-columns">{columns}</div>
        })
    };
    view! {
        <section class="across" aria-labelledby="across-title" data-testid="across">
            <h2 id="across-title">"Across articles"</h2>
            <p class="hint">"People and organisations by canonical name: the articles that mention them, and what they said in each, side by side."</p>
            <label class="field">
                "Find a name "
                <input type="search" prop:value=filter on:input=move |ev| filter.set(event_target_value(&ev)) data-testid="across-filter" />
            </label>
            <ul class="across-names">{names}</ul>
            {columns}
        </section>
    }
}

/// A source in the list of names; choosing it shows its columns.
fn source_name(source: &Source, chosen: RwSignal<Option<String>>) -> impl IntoView {
    let name = source.name.clone();
    let pressed = {
        let name = name.clone();
        move || (chosen.get().as_deref() == Some(name.as_str())).to_string()
    };
    let articles = counted(source.articles.len(), "article", "articles");
    let detail = format!(" {} · {articles} · {}", source.label, counted(source.claim_count(), "claim", "claims"));
    view! {
        <li>
            <button type="button" class="link" aria-pressed=pressed on:click=move |_| chosen.set(Some(name.clone())) data-testid="across-name">
                {source.name.clone()}
            </button>
            <span class="row-detail">{detail}</span>
        </li>
    }
}

/// What a source says in one article, as a column.
fn article_column(workspace: Workspace, article: SourceInArticle) -> impl IntoView {
    let SourceInArticle { id, title, mentions, claims } = article;
    let lines = if claims.is_empty() {
        view! { <li class="row-detail">"Mentioned, no claims."</li> }.into_any()
    } else {
        claims
            .into_iter()
            .map(|c| {
                let meta = c.meta();
                view! { <li><q>{c.text}</q> <span class="row-detail">{meta}</span></li> }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <article class="across-column" data-testid="across-column">
            <h4>
                <button type="button" class="link" on:click=move |_| workspace.open_article(&id)>{title}</button>
            </h4>
            <p class="row-detail">{format!("{mentions} mentions")}</p>
            <ul>{lines}</ul>
        </article>
    }
}
