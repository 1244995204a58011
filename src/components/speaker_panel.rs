//! `<SpeakerPanel/>`: "Who said what". Claims grouped by speaker, with the
//! count per speaker and each claim's text, cue and hedging; sortable; each
//! claim jumps to the text, and its speaker can be reassigned (the choice is
//! kept as a correction of the document).

use leptos::prelude::*;
use marginalia_engine::Document;
use marginalia_model::{background_for, Layer, Mark, MarkId};

use crate::actions::jump_to;
use crate::store::use_workspace;
use marginalia_model::shorten;

/// How the speaker groups are ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SortBy {
    Claims,
    Name,
    Appearance,
}

/// One claim in a speaker's group.
#[derive(Clone, Debug, PartialEq)]
struct ClaimRow {
    id: MarkId,
    label: String,
    swatch: String,
    speaker: Option<String>,
    text: String,
    cue: Option<String>,
    hedged: bool,
}

/// A speaker and their claims, in reading order.
#[derive(Clone, Debug, PartialEq)]
struct SpeakerGroup {
    speaker: Option<String>,
    first: usize,
    claims: Vec<ClaimRow>,
}

fn speaker_groups(doc: &Document, marks: &[Mark], sort: SortBy) -> Vec<SpeakerGroup> {
    let mut groups: Vec<SpeakerGroup> = Vec::new();
    for c in marks.iter().filter(|m| m.label.layer == Layer::Claim) {
        let row = ClaimRow {
            id: c.id,
            label: c.label.name.clone(),
            swatch: background_for(&c.label.colour),
            speaker: c.speaker.clone(),
            text: shorten(c.span.text(&doc.text), 160),
            cue: c.cue.clone(),
            hedged: c.hedged,
        };
        match groups.iter_mut().find(|g| g.speaker == c.speaker) {
            Some(g) => g.claims.push(row),
            None => groups.push(SpeakerGroup { speaker: c.speaker.clone(), first: c.span.start, claims: vec![row] }),
        }
    }
    match sort {
        SortBy::Claims => groups.sort_by(|a, b| b.claims.len().cmp(&a.claims.len()).then(a.first.cmp(&b.first))),
        SortBy::Name => {
            groups.sort_by_key(|g| g.speaker.as_deref().map(str::to_lowercase).unwrap_or_else(|| "\u{10FFFF}".into()))
        }
        SortBy::Appearance => groups.sort_by_key(|g| g.first),
    }
    groups
}

/// Names a user may pick as a speaker: people, organisations and places
/// of the article, and every speaker already named.
fn known_speakers(marks: &[Mark]) -> Vec<String> {
    let mut names: Vec<String> = marks
        .iter()
        .filter(|m| matches!(m.label.id.as_str(), "PERSON" | "ORG" | "LOC"))
        .filter_map(|m| m.canonical.clone())
        .chain(marks.iter().filter_map(|m| m.speaker.clone()))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The "Who said what" panel.
#[component]
pub fn SpeakerPanel() -> impl IntoView {
    let workspace = use_workspace();
    let sort = RwSignal::new(SortBy::Claims);
    let groups = Memo::new(move |_| {
        workspace.article.marks.with(|marks| workspace.article.document.with(|d| speaker_groups(d, marks, sort.get())))
    });
    let known = Memo::new(move |_| workspace.article.marks.with(|marks| known_speakers(marks)));
    let on_sort = move |ev| {
        sort.set(match event_target_value(&ev).as_str() {
            "name" => SortBy::Name,
            "appearance" => SortBy::Appearance,
            _ => SortBy::Claims,
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
                    </select>
                </label>
            </div>
            <datalist id="known-speakers">
                {move || known.get().into_iter().map(|n| view! { <option value=n></option> }).collect_view()}
            </datalist>
            <ul class="speaker-groups">
                {move || groups.get().into_iter().map(|g| view! { <SpeakerGroupView group=g /> }).collect_view()}
            </ul>
        </section>
    }
}

/// Claims shown per speaker before "Show all": a book's speakers have
/// hundreds, and the panel must stay quick to draw.
const CLAIMS_SHOWN: usize = 8;

#[component]
fn SpeakerGroupView(group: SpeakerGroup) -> impl IntoView {
    let name = group.speaker.clone().unwrap_or_else(|| "No named source".to_string());
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
    let meta = [row.cue.clone(), row.hedged.then(|| "hedged".to_string())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <li class="speaker-claim">
            <button type="button" class="claim-jump" on:click=move |_| jump_to(workspace, target) data-target=target.dom_id()>
                <span class="chip" style=format!("background:{}", row.swatch)>{row.label}</span>
                " "
                <span class="row-text">{row.text}</span>
            </button>
            <span class="row-detail">{meta}</span>
            <label class="reassign">
                "Speaker "
                <input
                    type="text"
                    list="known-speakers"
                    value=current
                    placeholder="no named source"
                    on:change=reassign
                    data-testid="reassign-speaker"
                />
            </label>
        </li>
    }
}
