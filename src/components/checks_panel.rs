//! `<ChecksPanel/>`: the Checks tab. The selected claim's check on top
//! ([`CheckForm`]); then the desk (its name and address, the `author` of
//! its ClaimReviews, and the library's rating scale: a preset or one of its
//! own); then every check of the library by status, filtered by status and
//! words, each a jump to its claim, and the ClaimReview export of every
//! published check.

use leptos::prelude::*;
use marginalia_model::queries::checks::{checks_across, status_counts, CheckRow};
use marginalia_model::{shorten, CheckStatus, Desk, Scale};

use super::check_form::{input, CheckForm, Field};
use crate::checking;
use crate::io::all_articles;
use crate::store::{use_workspace, Workspace};

/// The Checks tab.
#[component]
pub fn ChecksPanel() -> impl IntoView {
    let workspace = use_workspace();
    let status = RwSignal::new(None::<CheckStatus>);
    let needle = RwSignal::new(String::new());
    // Every article's checks, read again when the library or the open
    // article's work changes.
    let all = Memo::new(move |_| {
        workspace.library.index.track();
        workspace.article.work.track();
        checks_across(&all_articles(workspace), None, "")
    });
    let rows = move || {
        let (wanted, needle) = (status.get(), needle.get().trim().to_lowercase());
        all.with(|rows| {
            rows.iter()
                .filter(|r| wanted.is_none_or(|s| r.check.status == s))
                .filter(|r| needle.is_empty() || r.matches(&needle))
                .map(|r| check_row(workspace, r.clone()))
                .collect_view()
        })
    };
    let options = move || {
        let counts = all.with(|rows| status_counts(rows));
        let total = all.with(Vec::len);
        let each = counts.into_iter().map(|(s, n)| view! { <option value=s.as_str()>{format!("{} ({n})", s.name())}</option> });
        view! { <option value="">{format!("every status ({total})")}</option> {each.collect_view()} }
    };
    view! {
        <div class="checks-panel" data-testid="checks-panel">
            <CheckForm />
            <DeskSettings />
            <h3>"Every check"</h3>
            <div class="row">
                <select aria-label="Status" on:change=move |ev| status.set(CheckStatus::parse(&event_target_value(&ev))) data-testid="checks-status">
                    {options}
                </select>
                <input type="search" aria-label="Find in checks" placeholder="find…" prop:value=needle on:input=move |ev| needle.set(event_target_value(&ev)) data-testid="checks-filter" />
            </div>
            <ul class="checks-list">{rows}</ul>
            <button type="button" on:click=move |_| checking::export_published(workspace) data-testid="checks-export">
                "ClaimReview of every published check"
            </button>
        </div>
    }
}

/// A check in the list: status, rating, the wording rated and its article.
fn check_row(workspace: Workspace, row: CheckRow) -> impl IntoView {
    let status = row.check.status;
    let rating = if row.check.rating.is_empty() { String::new() } else { format!(" · {}", row.check.rating) };
    let who = row.claimant().map(|c| format!(" · {c}")).unwrap_or_default();
    let detail = format!("{}{rating}{who} · {}", status.name(), shorten(&row.title, 40));
    let text = shorten(row.claim_reviewed(), 90);
    view! {
        <li data-testid="check-row" data-status=status.as_str()>
            <button type="button" class="link" on:click=move |_| checking::jump(workspace, &row) data-testid="check-jump">{text}</button>
            <span class="row-detail">{detail}</span>
        </li>
    }
}

const DESK: [Field<Desk>; 4] = [
    Field { label: "Name", test_id: "desk-name", kind: "text", placeholder: "the desk's organisation", get: |d| d.name.clone(), set: |d, v| d.name = v },
    Field { label: "URL", test_id: "desk-url", kind: "text", placeholder: "https://…", get: |d| d.url.clone(), set: |d, v| d.url = v },
    Field {
        label: "Scale's name",
        test_id: "desk-scale-name",
        kind: "text",
        placeholder: "",
        get: |d| d.scale.name.clone(),
        set: |d, v| d.scale = Scale::custom(&v, &d.scale.labels.join(",")),
    },
    Field {
        label: "Its labels, best first, separated by commas",
        test_id: "desk-scale-labels",
        kind: "text",
        placeholder: "none: the conclusion is the rating",
        get: |d| d.scale.labels.join(", "),
        set: |d, v| d.scale = Scale::custom(&d.scale.name, &v),
    },
];

/// The desk's name, address and scale, set once for the library: a preset
/// scale, or one of its own (editing a preset's name or labels makes it so).
#[component]
fn DeskSettings() -> impl IntoView {
    let workspace = use_workspace();
    let desk = Memo::new(move |_| Some(workspace.library.index.with(|l| l.desk.clone())));
    let write = move |set: fn(&mut Desk, String), v: String| checking::set_desk(workspace, |d| set(d, v));
    let inputs = DESK.iter().map(|f| input(f, desk.into(), write)).collect_view();
    let chosen = move || desk.with(|d| d.as_ref().filter(|d| Scale::presets().contains(&d.scale)).map(|d| d.scale.name.clone()).unwrap_or_default());
    let choose = move |ev| {
        let name = event_target_value(&ev);
        if let Some(scale) = Scale::presets().into_iter().find(|s| s.name == name) {
            checking::set_desk(workspace, |d| d.scale = scale);
        }
    };
    let options = Scale::presets().into_iter().map(|s| { let name = s.name; view! { <option value=name.clone()>{name.clone()}</option> } }).collect_view();
    let summary = move || desk.with(|d| d.as_ref().map(|d| format!("Desk: {} · {}", if d.name.is_empty() { "(no name yet)" } else { &d.name }, d.scale.name)));
    view! {
        <details class="desk" data-testid="desk">
            <summary>{summary}</summary>
            <label class="field">
                "Rating scale "
                <select prop:value=chosen on:change=choose data-testid="desk-scale">
                    {options}
                    <option value="">"our own (name and labels below)"</option>
                </select>
            </label>
            {inputs}
            <p class="hint">"Ratings are kept by their label: a change of scale changes no check."</p>
        </details>
    }
}
