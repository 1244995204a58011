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
use marginalia_model::queries::across::{sources_across, SourceInArticle};

use crate::io::all_articles;
use crate::store::use_workspace;

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
                    {
                        let id = entry.id.clone();
                        let (open_id, rename_id, delete_id, save_id) = (id.clone(), id.clone(), id.clone(), id.clone());
                        let is_open = move || workspace.article.id.get().as_deref() == Some(id.as_str());
                        let editing = {
                            let id = entry.id.clone();
                            move || renaming.get().as_deref() == Some(id.as_str())
                        };
                        let title = entry.title.clone();
                        view! {
                            <li class="library-row" class:open=is_open data-testid="library-row">
                                <Show
                                    when=editing
                                    fallback=move || {
                                        let open_id = open_id.clone();
                                        view! {
                                            <button type="button" class="link library-title" on:click=move |_| workspace.open_article(&open_id) data-testid="library-open">
                                                {title.clone()}
                                            </button>
                                        }
                                    }
                                >
                                    {
                                        let save_id = save_id.clone();
                                        let title = entry.title.clone();
                                        view! {
                                            <input
                                                type="text"
                                                class="rename"
                                                aria-label="New title (empty: the first line)"
                                                prop:value=title
                                                on:change=move |ev| {
                                                    workspace.rename_article(&save_id, &event_target_value(&ev));
                                                    renaming.set(None);
                                                }
                                                data-testid="library-rename-input"
                                            />
                                        }
                                    }
                                </Show>
                                <span class="row-detail">
                                    {format!("added {} · {} entities · {} claims", date(entry.added), entry.entities, entry.claims)}
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
                </For>
            </ul>
            {move || (total() == 0).then(|| view! { <p class="hint">"No articles yet: paste one to start."</p> })}
        </section>
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
                .map(|a| {
                    let name = a.name.clone();
                    let pressed = {
                        let name = name.clone();
                        move || (chosen.get().as_deref() == Some(name.as_str())).to_string()
                    };
                    let said = a.claim_count();
                    view! {
                        <li>
                            <button type="button" class="link" aria-pressed=pressed on:click=move |_| chosen.set(Some(name.clone())) data-testid="across-name">
                                {a.name.clone()}
                            </button>
                            <span class="row-detail">{format!(" {} · {} articles · {} claims", a.label, a.articles.len(), said)}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let columns = move || {
        let name = chosen.get()?;
        let item = everyone.with(|all| all.iter().find(|a| a.name == name).cloned())?;
        let columns = item
            .articles
            .into_iter()
            .map(|SourceInArticle { id, title, mentions, claims }| {
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
            })
            .collect_view();
        Some(view! {
            <h3>{item.name.clone()}</h3>
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
