//! What the user does with checks, as plain functions over the store (the
//! check form, the Checks view and the keys call these): start a check of
//! a claim, change it (one undoable step each), publish it, remove it, set
//! the desk, and export ClaimReview for one check or every published one.
//! What a check is and when it is ready is `marginalia_model`'s.

use leptos::prelude::*;
use marginalia_model::queries::checks::{checks_across, checks_in, CheckRow};
use marginalia_model::{Check, CheckStatus, Desk, Layer, LibraryEntry, MarkId};

use crate::io::all_articles;
use crate::store::{PanelTab, Workspace};

/// Turns the side panel to the checks, on the selected claim's check.
pub fn show_checks(workspace: Workspace) {
    workspace.view.editing.set(false);
    workspace.view.panel_tab.set(PanelTab::Checks);
}

/// Starts a check of claim `id` (confirming it, if suggested), and shows it.
pub fn start(workspace: Workspace, id: MarkId) {
    let is_claim =
        workspace.article.marks.with_untracked(|ms| ms.iter().any(|m| m.id == id && m.label.layer == Layer::Claim));
    if !is_claim {
        workspace.messages.announce("Only a claim can be checked");
        return;
    }
    let has = workspace
        .article
        .document
        .with_untracked(|d| workspace.article.work.with_untracked(|w| w.check(d, id).is_some()));
    if !has {
        set(workspace, id, Some(Check::default()));
        workspace.messages.announce("Check started: not started");
    }
    workspace.view.selected.set(Some(id));
    show_checks(workspace);
}

/// Changes the check of claim `id`, as one undoable step (nothing when it
/// has none, or `change` changes nothing).
pub fn change(workspace: Workspace, id: MarkId, change: Box<dyn FnOnce(&mut Check)>) {
    let Some(mut check) = current(workspace, id) else { return };
    let before = check.clone();
    change(&mut check);
    if check != before {
        set(workspace, id, Some(check));
    }
}

/// Sets or removes the check of claim `id`, as one undoable step (the one
/// place this module changes the work).
fn set(workspace: Workspace, id: MarkId, check: Option<Check>) {
    workspace.article.edit_work(|doc, work| work.set_check(doc, id, check));
}

/// The check of claim `id` in the open article.
pub fn current(workspace: Workspace, id: MarkId) -> Option<Check> {
    workspace.article.document.with_untracked(|d| workspace.article.work.with_untracked(|w| w.check(d, id).cloned()))
}

/// Removes the check of claim `id` (undoable).
pub fn remove(workspace: Workspace, id: MarkId) {
    set(workspace, id, None);
    workspace.messages.announce("Check removed (Ctrl + Z brings it back)");
}

/// The open article's entry in the library (a provisional one while it is
/// not listed yet).
fn open_entry(workspace: Workspace) -> LibraryEntry {
    let id = workspace.article.id.get_untracked().unwrap_or_default();
    workspace.library.index.with_untracked(|l| l.get(&id).cloned()).unwrap_or_else(|| LibraryEntry {
        title: workspace.article.document.with_untracked(|d| marginalia_model::title_of(&d.text)),
        id,
        titled_by_user: false,
        added: 0.0,
        updated: 0.0,
        entities: 0,
        claims: 0,
    })
}

/// The row of claim `id` of the open article, as ClaimReview reads it.
pub fn row_of(workspace: Workspace, id: MarkId) -> Option<CheckRow> {
    let entry = open_entry(workspace);
    let rows = workspace
        .article
        .document
        .with_untracked(|d| workspace.article.work.with_untracked(|w| checks_in(&entry, d, w)));
    rows.into_iter().find(|r| r.id == id)
}

/// Publishes the check of claim `id`: it must be ready for ClaimReview
/// (rated, with the published check's address); else the user is told why.
pub fn publish(workspace: Workspace, id: MarkId) {
    let Some(row) = row_of(workspace, id) else { return };
    let desk = desk(workspace);
    if let Some(problem) = marginalia_model::not_ready(&desk, &row) {
        workspace.messages.error(problem);
        return;
    }
    let today = today();
    change(
        workspace,
        id,
        Box::new(|c| {
            c.status = CheckStatus::Published;
            if c.review_published.is_empty() {
                c.review_published = today;
            }
        }),
    );
    workspace.messages.info("Published: its ClaimReview can be exported from Checks.");
}

/// Today as `2025-03-07`, in the reader's time zone.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}

/// The library's desk.
pub fn desk(workspace: Workspace) -> Desk {
    workspace.library.index.with_untracked(|l| l.desk.clone())
}

/// Changes the library's desk (its name, address or scale) and saves it.
pub fn set_desk(workspace: Workspace, change: Box<dyn FnOnce(&mut Desk)>) {
    if let (_, Err(e)) = workspace.library.change(|l| change(&mut l.desk)) {
        workspace.messages.error(format!("The desk is not saved: {e}."));
    }
}

/// Offers the ClaimReview JSON-LD of `rows` as a download, or says which
/// checks are not ready and why.
fn offer(workspace: Workspace, name: &str, rows: &[CheckRow]) {
    let refs: Vec<&CheckRow> = rows.iter().collect();
    match marginalia_model::claim_reviews_json(&desk(workspace), &refs) {
        Ok(json) => {
            if let Err(e) = crate::dom::download(name, "application/ld+json", &json) {
                workspace.messages.error(format!("The export could not be offered as a download ({e})."));
            }
        }
        Err(problems) => workspace.messages.error(problems.join(" ")),
    }
}

/// ClaimReview of the check of claim `id`.
pub fn export_one(workspace: Workspace, id: MarkId) {
    if let Some(row) = row_of(workspace, id) {
        let name = format!("{}.claim-review.jsonld", crate::dom::slug(row.claim_reviewed()));
        offer(workspace, &name, &[row]);
    }
}

/// ClaimReview of every published check of the library.
pub fn export_published(workspace: Workspace) {
    let rows = checks_across(&all_articles(workspace), Some(CheckStatus::Published), "");
    offer(workspace, "published.claim-review.jsonld", &rows);
}

/// Opens the article of `row` and selects its claim.
pub fn jump(workspace: Workspace, row: &CheckRow) {
    workspace.open_article(&row.article);
    crate::actions::jump_to(workspace, row.id);
    show_checks(workspace);
}
