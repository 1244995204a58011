//! `<EntityPanel/>`: each canonical entity once, with its label, its count
//! and its spellings. Choosing one highlights all its mentions and jumps to
//! the first; a chosen entity can be merged into another of the same label,
//! and a wrong mention split out of it. Both choices are kept as
//! corrections of the document.

use leptos::prelude::*;
use marginalia_model::queries::entities::{entity_groups, merge_targets, EntityGroup};
use marginalia_model::MarkId;

use crate::actions::jump_to;
use crate::store::use_workspace;

/// The entity panel.
#[component]
pub fn EntityPanel() -> impl IntoView {
    let workspace = use_workspace();
    let groups = Memo::new(move |_| {
        workspace.article.marks.with(|marks| workspace.article.document.with(|d| entity_groups(d, marks)))
    });
    view! {
        <section class="entity-panel" aria-label="Entities" data-testid="entity-panel">
            <h2 class="panel-title">"Entities " <span class="count">{move || groups.with(Vec::len)}</span></h2>
            // Keyed by all a group shows: a change redraws only the groups
            // it touches.
            <ul class="entity-groups">
                <For each=move || groups.get() key=super::content_key children=move |g| view! { <EntityGroupView group=g all=groups /> } />
            </ul>
        </section>
    }
}

#[component]
fn EntityGroupView(group: EntityGroup, all: Memo<Vec<EntityGroup>>) -> impl IntoView {
    let workspace = use_workspace();
    let canonical = group.canonical.clone();
    let focused = {
        let canonical = canonical.clone();
        Memo::new(move |_| workspace.view.focused_group.with(|f| f.as_deref() == Some(canonical.as_str())))
    };
    let first = group.mentions[0];
    let focus = {
        let canonical = canonical.clone();
        move |_| {
            workspace.view.focused_group.set(Some(canonical.clone()));
            jump_to(workspace, first);
        }
    };
    let spellings = group.spellings_line();
    let count = group.mentions.len();
    let details = {
        let (canonical, group) = (canonical.clone(), group.clone());
        move || {
            focused.get().then(|| {
                // The merge targets of the open group only (not of each).
                let others = all.with(|all| merge_targets(all, &group).into_iter().map(str::to_string).collect());
                group_details(canonical.clone(), group.mentions.clone(), others)
            })
        }
    };
    view! {
        <li class="entity-group" class:focused=focused data-testid="entity-group">
            <button type="button" class="group-focus" on:click=focus aria-expanded=move || focused.get().to_string()>
                <span class="chip" style=format!("background:{}", group.swatch)>{group.label_name.clone()}</span>
                " "
                <span class="group-name">{canonical.clone()}</span>
                " "
                <span class="count" aria-label=format!("{count} mentions")>{count}</span>
            </button>
            <span class="row-detail">{spellings}</span>
            {details}
        </li>
    }
}

/// Merge and split controls of the focused group.
fn group_details(canonical: String, mentions: Vec<MarkId>, others: Vec<String>) -> impl IntoView {
    let workspace = use_workspace();
    let from = canonical.clone();
    let merge = move |ev| {
        let into = event_target_value(&ev);
        if !into.is_empty() {
            workspace.article.correct(|d| d.merge_groups(&from, &into));
            workspace.view.focused_group.set(Some(into));
        }
    };
    let rows = mentions
        .into_iter()
        .map(|id| {
            let span = workspace.article.marks.with_untracked(|m| m.iter().find(|m| m.id == id).map(|m| m.span)).unwrap_or_default();
            let (text, context) = workspace.article.document.with_untracked(|d| {
                let line_end = d.text[span.end..].find('\n').map_or(d.text.len(), |n| span.end + n);
                let after: String = d.text[span.end..line_end].chars().take(40).collect();
                (span.text(&d.text).to_string(), after)
            });
            let split = move |_| match id {
                MarkId::Entity(i) => workspace.article.correct(|d| d.split_mention(i)),
                MarkId::Own(own) => workspace.article.edit_work(|_, work| work.split_own(own)),
                MarkId::Claim(_) => {}
            };
            view! {
                <li>
                    <button type="button" class="link" on:click=move |_| jump_to(workspace, id)>
                        <b>{text}</b>{context}"…"
                    </button>
                    <button type="button" class="small" on:click=split data-testid="split-mention" title="This mention is not this entity: give it a group of its own">
                        "Split out"
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="group-details">
            <label>
                "Merge into "
                <select on:change=merge data-testid="merge-into">
                    <option value="">"choose an entity…"</option>
                    {others
                        .into_iter()
                        .map(|o| {
                            let label = o.clone();
                            view! { <option value=o>{label}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
            <ul class="mentions">{rows}</ul>
        </div>
    }
}
