//! `<AnnotationList/>`: the review list. Every highlight in reading order,
//! filtered by label, by status and by text; counts per label, with accept
//! all / reject all for the suggestions of one label. Choosing a row
//! selects the highlight, scrolls the article to it and flashes it.

use leptos::prelude::*;
use marginalia_model::queries::review::{label_counts, review_rows, LabelCount, ReviewFilter, ReviewRow};
use marginalia_model::{Decision, LabelId, Status};

use crate::actions::{self, jump_to};
use crate::store::use_workspace;

/// Rows shown before "Show more": a book has thousands of highlights.
const ROWS_SHOWN: usize = 200;

/// The review list.
#[component]
pub fn AnnotationList() -> impl IntoView {
    let workspace = use_workspace();
    let filter = RwSignal::new(ReviewFilter::default());
    let limit = RwSignal::new(ROWS_SHOWN);
    let counts = Memo::new(move |_| {
        let labels = workspace.article.work.with(|w| w.all_labels());
        workspace.article.marks.with(|marks| label_counts(labels, marks))
    });
    let rows = Memo::new(move |_| {
        filter.with(|f| {
            workspace.article.document.with(|doc| workspace.article.marks.with(|marks| review_rows(doc, marks, f)))
        })
    });
    let count_rows = move || counts.get().into_iter().map(|c| view! { <LabelCountRow count=c /> }).collect_view();
    let label_options = move || {
        counts
            .get()
            .into_iter()
            .map(|c| view! { <option value=c.label.id.to_string()>{c.label.name}</option> })
            .collect_view()
    };
    view! {
        <section aria-label="Review" class="review">
            <table class="label-counts">
                <thead><tr><th scope="col">"Label"</th><th scope="col">"Suggested"</th><th scope="col">"Confirmed"</th><th scope="col">"All suggested"</th></tr></thead>
                <tbody>{count_rows}</tbody>
            </table>
            <div class="filters" role="search">
                <label>"Label " <select on:change=move |ev| filter.update(|f| f.label = Some(event_target_value(&ev)).filter(|l| !l.is_empty()).map(LabelId::new)) data-testid="filter-label">
                    <option value="">"all"</option>
                    {label_options}
                </select></label>
                <label>"Status " <select on:change=move |ev| filter.update(|f| f.status = status_named(&event_target_value(&ev))) data-testid="filter-status">
                    <option value="">"all"</option>
                    <option value="suggested">"suggested"</option>
                    <option value="confirmed">"confirmed"</option>
                </select></label>
                <label>"Search " <input type="search" on:input=move |ev| filter.update(|f| f.text = event_target_value(&ev)) data-testid="filter-search" /></label>
            </div>
            <h2 class="panel-title">
                "Highlights " <span class="count" data-testid="annotation-count">{move || rows.with(Vec::len)}</span>
            </h2>
            <ul class="annotation-list" data-testid="annotation-list">
                <For each=move || rows.with(|r| r.iter().take(limit.get()).cloned().collect::<Vec<_>>()) key=|row| row.clone() let:row>
                    <ReviewRowView row=row />
                </For>
            </ul>
            {move || (rows.with(Vec::len) > limit.get()).then(|| view! {
                <button type="button" class="small" on:click=move |_| limit.update(|l| *l += ROWS_SHOWN)>"Show more"</button>
            })}
        </section>
    }
}

fn status_named(name: &str) -> Option<Status> {
    [Status::Suggested, Status::Confirmed].into_iter().find(|s| s.as_str() == name)
}

/// One label's counts, with accept all / reject all of its suggestions.
#[component]
fn LabelCountRow(count: LabelCount) -> impl IntoView {
    let workspace = use_workspace();
    let LabelCount { label, swatch, suggested, confirmed } = count;
    let (accept_id, reject_id) = (label.id.clone(), label.id.clone());
    let name = label.name;
    view! {
        <tr data-testid="label-count" data-label=label.id.to_string()>
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
}

/// One highlight of the list; choosing it jumps to it.
#[component]
fn ReviewRowView(row: ReviewRow) -> impl IntoView {
    let workspace = use_workspace();
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
