//! `<ChecksPanel/>`: the Checks tab. The selected claim's check on top
//! ([`CheckForm`]); then the desk (its name and address, the `author` of
//! its ClaimReviews, and the library's rating scale: a preset or one of its
//! own); then every check of the library by status, filtered by status and
//! words, each a jump to its claim, and the ClaimReview export of every
//! published check.

use std::sync::Arc;

use leptos::prelude::*;
use marginalia_model::queries::checks::{checks_across, status_counts, CheckRow};
use marginalia_model::{shorten, CheckStatus, Desk, Scale};

use super::check_form::check_form;
use super::controls::{button, field_input, select, Field};
use crate::checking;
use crate::io::all_articles;
use crate::store::{use_workspace, Workspace};

/// The Checks tab.
#[component]
pub fn ChecksPanel() -> impl IntoView {
    let workspace = use_workspace();
    let status = RwSignal::new(String::new());
    let needle = RwSignal::new(String::new());
    // Every article's checks (read again when the library, the open
    // article's work or the filters change), with the count per status.
    let list = move || {
        workspace.library.index.track();
        workspace.article.work.track();
        let all = checks_across(&all_articles(workspace), None, "");
        let counts = status_counts(&all).into_iter().filter(|(_, n)| *n > 0);
        let counts = counts.map(|(s, n)| format!("{n} {}", s.name())).collect::<Vec<_>>().join(" · ");
        let (wanted, needle) = (CheckStatus::parse(&status.get()), needle.get().trim().to_lowercase());
        let rows = all
            .into_iter()
            .filter(|r| wanted.is_none_or(|s| r.check.status == s))
            .filter(|r| needle.is_empty() || r.matches(&needle))
            .map(|r| check_row(workspace, r))
            .collect_view();
        view! {
            <p class="row-detail" data-testid="checks-counts">{counts}</p>
            <ul class="checks-list">{rows}</ul>
        }
    };
    let mut statuses = vec![(String::new(), "every status".to_string())];
    statuses.extend(CheckStatus::ALL.into_iter().map(|s| (s.as_str().to_string(), s.name().to_string())));
    let filter = select(
        "Status",
        "checks-status",
        statuses,
        Arc::new(move || status.get_untracked()),
        Arc::new(move |v| status.set(v)),
    );
    view! {
        <div class="checks-panel" data-testid="checks-panel">
            {check_form()}
            {desk_settings()}
            <h3>"Every check"</h3>
            <div class="row">
                {filter}
                <input type="search" aria-label="Find in checks" placeholder="find…" prop:value=needle on:input=move |ev| needle.set(event_target_value(&ev)) data-testid="checks-filter" />
            </div>
            {list}
            {button("", "ClaimReview of every published check", "checks-export", Arc::new(move || checking::export_published(workspace)))}
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
    Field {
        label: "Name",
        test_id: "desk-name",
        kind: "text",
        placeholder: "the desk's organisation",
        get: |d| d.name.clone(),
        set: |d, v| d.name = v,
    },
    Field {
        label: "URL",
        test_id: "desk-url",
        kind: "text",
        placeholder: "https://…",
        get: |d| d.url.clone(),
        set: |d, v| d.url = v,
    },
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
fn desk_settings() -> AnyView {
    let workspace = use_workspace();
    let desk = move |f: &dyn Fn(&Desk) -> String| workspace.library.index.with(|l| f(&l.desk));
    let read = move |get: fn(&Desk) -> String| desk(&get);
    let write =
        move |set: fn(&mut Desk, String), v: String| checking::set_desk(workspace, Box::new(move |d| set(d, v)));
    let inputs = DESK.iter().map(|f| field_input(f, read, write)).collect_view();
    let chosen =
        move || desk(&|d| if Scale::presets().contains(&d.scale) { d.scale.name.clone() } else { String::new() });
    let choose = move |name: String| {
        if let Some(scale) = Scale::presets().into_iter().find(|s| s.name == name) {
            checking::set_desk(workspace, Box::new(move |d| d.scale = scale));
        }
    };
    let mut options: Vec<(String, String)> = Scale::presets().into_iter().map(|s| (s.name.clone(), s.name)).collect();
    options.push((String::new(), "our own (name and labels below)".into()));
    let scale = select("Rating scale", "desk-scale", options, Arc::new(chosen), Arc::new(choose));
    let summary = move || {
        desk(&|d| format!("Desk: {} · {}", if d.name.is_empty() { "(no name yet)" } else { &d.name }, d.scale.name))
    };
    view! {
        <details class="desk" data-testid="desk">
            <summary>{summary}</summary>
            {scale}
            {inputs}
            <p class="hint">"Ratings are kept by their label: a change of scale changes no check."</p>
        </details>
    }
    .into_any()
}
