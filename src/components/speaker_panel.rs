//! `<SpeakerPanel/>`: "Who said what". Claims grouped by speaker, with the
//! count per speaker and each claim's text, cue, hedging and triage hint
//! (the kinds of claim it contains); sortable, most checkable first among
//! the orders; each claim jumps to the text, and its speaker can be
//! reassigned (the choice is kept as a correction of the document).

use leptos::prelude::*;
use marginalia_model::queries::speakers::{known_speakers, speaker_groups, ClaimRow, SpeakerGroup, SpeakerOrder};
use marginalia_model::queries::NO_NAMED_SOURCE;

use crate::actions::jump_to;
use crate::store::use_workspace;

/// The "Who said what" panel.
#[component]
pub fn SpeakerPanel() -> impl IntoView {
    let workspace = use_workspace();
    let sort = RwSignal::new(SpeakerOrder::Claims);
    let groups = Memo::new(move |_| {
        workspace.article.marks.with(|marks| workspace.article.document.with(|d| speaker_groups(d, marks, sort.get())))
    });
    let known = Memo::new(move |_| workspace.article.marks.with(|marks| known_speakers(marks)));
    let on_sort = move |ev| {
        sort.set(match event_target_value(&ev).as_str() {
            "name" => SpeakerOrder::Name,
            "appearance" => SpeakerOrder::Appearance,
            "checkable" => SpeakerOrder::Checkable,
            _ => SpeakerOrder::Claims,
        })
    };
    view! {
        <section class="speaker-panel" aria-label="Who said what" data-testid="speaker-panel">
            <div class="panel-head">
                <h2 class="panel-title">"Who said what"</h2>
                <label class="sort">
                    "Sort by "
                    <select on:change=on_sort data-testid="speaker-sort">
                        <option value="claims">"most claims"</option>
                        <option value="name">"name"</option>
                        <option value="appearance">"first appearance"</option>
                        <option value="checkable">"most checkable first (a hint)"</option>
                    </select>
                </label>
            </div>
            <datalist id="known-speakers">
                <For each=move || known.get() key=String::clone children=|n| view! { <option value=n></option> } />
            </datalist>
            // Keyed by all a group shows: a change redraws only the groups
            // it touches (a reassigned claim: the two speakers').
            <ul class="speaker-groups">
                <For each=move || groups.get() key=super::content_key children=|g| view! { <SpeakerGroupView group=g /> } />
            </ul>
        </section>
    }
}

/// Claims shown per speaker before "Show all": a book's speakers have
/// hundreds, and the panel must stay quick to draw.
const CLAIMS_SHOWN: usize = 8;

#[component]
fn SpeakerGroupView(group: SpeakerGroup) -> impl IntoView {
    let name = group.speaker.clone().unwrap_or_else(|| capitalised(NO_NAMED_SOURCE));
    let count = group.claims.len();
    let expanded = RwSignal::new(false);
    let rows = group.claims;
    let claims = move || {
        let limit = if expanded.get() { usize::MAX } else { CLAIMS_SHOWN };
        rows.iter().take(limit).cloned().map(|row| view! { <ClaimRowView row=row /> }).collect_view()
    };
    let more = move || {
        (count > CLAIMS_SHOWN && !expanded.get()).then(|| {
            view! {
                <button type="button" class="small" on:click=move |_| expanded.set(true) data-testid="show-all-claims">
                    {format!("Show all {count}")}
                </button>
            }
        })
    };
    view! {
        <li class="speaker-group" data-testid="speaker-group" class:unnamed=group.speaker.is_none()>
            <h3>
                <span class="speaker-name">{name}</span>
                " "
                <span class="count" aria-label=format!("{count} claims")>{count}</span>
            </h3>
            <ul>{claims}</ul>
            {more}
        </li>
    }
}

#[component]
fn ClaimRowView(row: ClaimRow) -> impl IntoView {
    let workspace = use_workspace();
    let target = row.id;
    let current = row.speaker.clone().unwrap_or_default();
    let reassign = move |ev| crate::actions::set_speaker(workspace, target, event_target_value(&ev));
    let meta = row.meta();
    let hint = row.hint().map(|hint| {
        view! {
            <span class="row-hint" title=HINT_TITLE data-testid="claim-hint">
                {hint}
            </span>
        }
    });
    view! {
        <li class="speaker-claim">
            <button type="button" class="claim-jump" on:click=move |_| jump_to(workspace, target) data-target=target.dom_id()>
                <span class="chip" style=format!("background:{}", row.swatch)>{row.label}</span>
                " "
                <span class="row-text">{row.text}</span>
            </button>
            <span class="row-detail">{meta}</span>
            {hint}
            <label class="reassign">
                "Speaker "
                <input
                    type="text"
                    list="known-speakers"
                    value=current
                    placeholder=NO_NAMED_SOURCE
                    on:change=reassign
                    data-testid="reassign-speaker"
                />
            </label>
        </li>
    }
}

/// What the triage hint is, on hover: a hint, not a verdict.
const HINT_TITLE: &str = "A hint from the words the claim contains (Full Fact's claim types: quantity, comparison, \
     causation, law or rule, prediction, personal experience, opinion), not a verdict: you decide what to check.";

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
