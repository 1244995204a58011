//! `<AnnotationList/>`: the review list. Every highlight in reading order,
//! filtered by label, by status and by text; counts per label, with accept
//! all / reject all for the suggestions of one label. Choosing a row
//! selects the highlight, scrolls the article to it and flashes it.

use leptos::prelude::*;
use marginalia_model::{background_for, Decision, Layer, MarkId, Status};

use crate::actions::{self, jump_to};
use crate::store::use_workspace;
use marginalia_model::shorten;

/// Rows shown before "Show more": a book has thousands of highlights.
const ROWS_SHOWN: usize = 200;

/// One row of the list. Rows are keyed by all they show, so a row whose
/// status, note or speaker changed is drawn again.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Row {
    id: MarkId,
    label: String,
    swatch: String,
    status: Status,
    text: String,
    detail: Option<String>,
}

/// A label's counts: (id, name, swatch, suggested, confirmed).
type LabelCount = (String, String, String, usize, usize);

/// The review list.
#[component]
pub fn AnnotationList() -> impl IntoView {
    let workspace = use_workspace();
    let label_filter = RwSignal::new(String::new());
    let status_filter = RwSignal::new(String::new());
    let search = RwSignal::new(String::new());
    let limit = RwSignal::new(ROWS_SHOWN);
    let counts = Memo::new(move |_| {
        let labels = workspace.article.work.with(|w| w.all_labels());
        workspace.article.marks.with(|marks| {
            labels
                .into_iter()
                .map(|l| {
                    let of = |s: Status| marks.iter().filter(|m| m.label.id == l.id && m.status == s).count();
                    (
                        l.id.clone(),
                        l.name.clone(),
                        background_for(&l.colour),
                        of(Status::Suggested),
                        of(Status::Confirmed),
                    )
                })
                .filter(|c: &LabelCount| c.3 + c.4 > 0 || !marginalia_model::is_builtin(&c.0))
                .collect::<Vec<LabelCount>>()
        })
    });
    let rows = Memo::new(move |_| {
        let (label, status, needle) = (label_filter.get(), status_filter.get(), search.get().to_lowercase());
        workspace.article.document.with(|doc| {
            workspace.article.marks.with(|marks| {
                marks
                    .iter()
                    .filter(|m| label.is_empty() || m.label.id == label)
                    .filter(|m| status.is_empty() || m.status.as_str() == status)
                    .filter(|m| {
                        needle.is_empty()
                            || m.span.text(&doc.text).to_lowercase().contains(&needle)
                            || m.note.to_lowercase().contains(&needle)
                            || m.tags.iter().any(|t| t.to_lowercase().contains(&needle))
                            || m.speaker.as_deref().is_some_and(|s| s.to_lowercase().contains(&needle))
                    })
                    .map(|m| Row {
                        id: m.id,
                        label: m.label.name.clone(),
                        swatch: background_for(&m.label.colour),
                        status: m.status,
                        text: shorten(m.span.text(&doc.text), 140),
                        detail: detail(m, &doc.text),
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let count_rows = move || {
        counts
            .get()
            .into_iter()
            .map(|(id, name, swatch, suggested, confirmed)| {
                let (accept_id, reject_id) = (id.clone(), id.clone());
                view! {
                    <tr data-testid="label-count" data-label=id.clone()>
                        <th scope="row"><span class="swatch" style=format!("background:{swatch}") aria-hidden="true"></span>{name.clone()}</th>
                        <td>{suggested}</td>
                        <td>{confirmed}</td>
                        <td>
                            <button type="button" class="small" disabled=suggested == 0
                                aria-label=format!("Accept all {suggested} suggested {name}")
                                on:click=move |_| actions::decide_all(workspace, &accept_id, Decision::Accepted)
                                data-testid="accept-all">"Accept"</button>
                            <button type="button" class="small" disabled=suggested == 0
                                aria-label=format!("Reject all {suggested} suggested {name}")
                                on:click=move |_| actions::decide_all(workspace, &reject_id, Decision::Rejected)
                                data-testid="reject-all">"Reject"</button>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    let label_options = move || {
        counts.get().into_iter().map(|(id, name, ..)| view! { <option value=id>{name}</option> }).collect_view()
    };
    view! {
        <section aria-label="Review" class="review">
            <table class="label-counts">
                <thead><tr><th scope="col">"Label"</th><th scope="col">"Suggested"</th><th scope="col">"Confirmed"</th><th scope="col">"All suggested"</th></tr></thead>
                <tbody>{count_rows}</tbody>
            </table>
            <div class="filters" role="search">
                <label>"Label " <select on:change=move |ev| label_filter.set(event_target_value(&ev)) data-testid="filter-label">
                    <option value="">"all"</option>
                    {label_options}
                </select></label>
                <label>"Status " <select on:change=move |ev| status_filter.set(event_target_value(&ev)) data-testid="filter-status">
                    <option value="">"all"</option>
                    <option value="suggested">"suggested"</option>
                    <option value="confirmed">"confirmed"</option>
                </select></label>
                <label>"Search " <input type="search" on:input=move |ev| search.set(event_target_value(&ev)) data-testid="filter-search" /></label>
            </div>
            <h2 class="panel-title">
                "Highlights " <span class="count" data-testid="annotation-count">{move || rows.with(Vec::len)}</span>
            </h2>
            <ul class="annotation-list" data-testid="annotation-list">
                <For each=move || rows.with(|r| r.iter().take(limit.get()).cloned().collect::<Vec<_>>()) key=|row| row.clone() let:row>
                    {
                        let id = row.id;
                        let selected = move || workspace.view.selected.get() == Some(id);
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="annotation-row"
                                    class:selected=selected
                                    on:click=move |_| jump_to(workspace, id)
                                    data-target=id.dom_id()
                                    data-status=row.status.as_str()
                                >
                                    <span class="chip" style=format!("background:{}", row.swatch)>{row.label}</span>
                                    <span class="status-badge" data-status=row.status.as_str()>{row.status.as_str()}</span>
                                    <span class="row-text">{row.text}</span>
                                    {row.detail.map(|d| view! { <span class="row-detail">{d}</span> })}
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            {move || (rows.with(Vec::len) > limit.get()).then(|| view! {
                <button type="button" class="small" on:click=move |_| limit.update(|l| *l += ROWS_SHOWN)>"Show more"</button>
            })}
        </section>
    }
}

fn detail(m: &marginalia_model::Mark, text: &str) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    match m.label.layer {
        Layer::Entity => {
            if let Some(c) = m.canonical.as_deref().filter(|c| *c != m.span.text(text)) {
                parts.push(c.to_string());
            }
        }
        Layer::Claim => {
            parts.push(m.speaker.clone().unwrap_or_else(|| "no named source".into()));
            parts.extend(m.cue.clone());
            if m.hedged {
                parts.push("hedged".into());
            }
        }
    }
    if !m.tags.is_empty() {
        parts.push(format!("#{}", m.tags.join(" #")));
    }
    if !m.note.is_empty() {
        parts.push(format!("note: {}", shorten(&m.note, 60)));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}
