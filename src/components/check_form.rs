//! `check_form()`: the check of the selected claim, in the Checks tab. A
//! claim with none offers to start one; a check shows its status, rating
//! (on the library's scale; a rating the scale lacks is shown as such), the
//! desk's conclusion, the claimant, the wording rated (with its length
//! against the 75 characters advised), who is on it, when the claimant was
//! asked, the evidence (added with its address checked), and how to
//! publish it and export its ClaimReview. Each change is one undoable step.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;
use marginalia_model::{
    shorten, url_problem, Check, CheckStatus, Evidence, Layer, MarkId, CLAIM_REVIEWED_ADVISED_CHARS,
};

use super::controls::{button, field_input, select, Field};
use crate::checking;
use crate::store::{use_workspace, Workspace};

const FIELDS: [Field<Check>; 6] = [
    Field {
        label: "Conclusion",
        test_id: "check-conclusion",
        kind: "text",
        placeholder: "the desk's finding, in a line",
        get: |c| c.conclusion.clone(),
        set: |c, v| c.conclusion = v,
    },
    Field {
        label: "Claimant",
        test_id: "check-claimant",
        kind: "text",
        placeholder: "the speaker",
        get: |c| c.claimant.clone(),
        set: |c, v| c.claimant = v,
    },
    Field {
        label: "Claim as reviewed",
        test_id: "check-claim-reviewed",
        kind: "text",
        placeholder: "the claim's text",
        get: |c| c.claim_reviewed.clone(),
        set: |c, v| c.claim_reviewed = v,
    },
    Field {
        label: "Who is on it",
        test_id: "check-assignee",
        kind: "text",
        placeholder: "a name",
        get: |c| c.assignee.clone(),
        set: |c, v| c.assignee = v,
    },
    Field {
        label: "Claimant contacted on",
        test_id: "check-contacted-on",
        kind: "date",
        placeholder: "",
        get: |c| c.contacted_on.clone(),
        set: |c, v| {
            c.contacted = !v.is_empty();
            c.contacted_on = v;
        },
    },
    Field {
        label: "Published check's URL",
        test_id: "check-review-url",
        kind: "text",
        placeholder: "https://… (asked for to publish)",
        get: |c| c.review_url.clone(),
        set: |c, v| c.review_url = v,
    },
];

const EVIDENCE: [Field<Evidence>; 6] = [
    Field {
        label: "URL",
        test_id: "evidence-url",
        kind: "text",
        placeholder: "https://…",
        get: |e| e.url.clone(),
        set: |e, v| e.url = v,
    },
    Field {
        label: "Title",
        test_id: "evidence-title",
        kind: "text",
        placeholder: "",
        get: |e| e.title.clone(),
        set: |e, v| e.title = v,
    },
    Field {
        label: "Passage",
        test_id: "evidence-quote",
        kind: "text",
        placeholder: "",
        get: |e| e.quote.clone(),
        set: |e, v| e.quote = v,
    },
    Field {
        label: "Note",
        test_id: "evidence-note",
        kind: "text",
        placeholder: "",
        get: |e| e.note.clone(),
        set: |e, v| e.note = v,
    },
    Field {
        label: "Archived copy",
        test_id: "evidence-archived",
        kind: "text",
        placeholder: "https://…",
        get: |e| e.archived.clone(),
        set: |e, v| e.archived = v,
    },
    Field {
        label: "Read on",
        test_id: "evidence-accessed",
        kind: "date",
        placeholder: "",
        get: |e| e.accessed.clone(),
        set: |e, v| e.accessed = v,
    },
];

/// The selected claim's check, or a way to start one.
pub fn check_form() -> AnyView {
    let workspace = use_workspace();
    let claim = Memo::new(move |_| {
        let id = workspace.view.selected.get()?;
        let mark = workspace.article.marks.with(|ms| ms.iter().find(|m| m.id == id).cloned())?;
        (mark.label.layer == Layer::Claim).then_some(mark)
    });
    let check = Memo::new(move |_| {
        let id = claim.with(|c| c.as_ref().map(|m| m.id))?;
        workspace.article.document.with(|d| workspace.article.work.with(|w| w.check(d, id).cloned()))
    });
    (move || {
        let Some(mark) = claim.get() else {
            return view! { <p class="hint">"Choose a claim (j / k, or click one) to check it; press c to start its check."</p> }.into_any();
        };
        let text = workspace.article.document.with_untracked(|d| shorten(mark.span.text(&d.text), 140));
        let speaker = mark.speaker.clone().unwrap_or_else(|| marginalia_model::queries::NO_NAMED_SOURCE.into());
        let body = match check.with(Option::is_some) {
            false => view! {
                {button("", "Check this claim (c)", "check-start", Arc::new(move || checking::start(workspace, mark.id)))}
            }
            .into_any(),
            true => form(workspace, mark.id, check).into_any(),
        };
        view! {
            <section class="check-form" aria-label="Check of the selected claim" data-testid="check-form">
                <p><q>{text}</q> <span class="row-detail">{speaker}</span></p>
                {body}
            </section>
        }
        .into_any()
    })
    .into_any()
}

fn form(workspace: Workspace, id: MarkId, check: Memo<Option<Check>>) -> impl IntoView {
    let read = move |get: fn(&Check) -> String| check.with(|c| c.as_ref().map(get).unwrap_or_default());
    let write =
        move |set: fn(&mut Check, String), v: String| checking::change(workspace, id, Box::new(move |c| set(c, v)));
    let fields = FIELDS.iter().map(|f| field_input(f, read, write)).collect_view();
    let statuses = CheckStatus::ALL.into_iter().map(|s| (s.as_str().to_string(), s.name().to_string())).collect();
    let status = select(
        "Status",
        "check-status",
        statuses,
        Arc::new(move || read(|c| c.status.as_str().to_string())),
        Arc::new(move |v| write(|c, v| c.status = CheckStatus::parse(&v).unwrap_or(c.status), v)),
    );
    let length = move || {
        let n = check.with(|c| c.as_ref().map_or(0, |c| c.claim_reviewed.chars().count()));
        format!("wording rated: {n} of {CLAIM_REVIEWED_ADVISED_CHARS} characters advised")
    };
    view! {
        {status}
        {rating_field(workspace, id, check)}
        {fields}
        <span class="row-detail" data-testid="check-length">{length}</span>
        {evidence_list(workspace, id, check)}
        {add_evidence(workspace, id)}
        <div class="row">
            {button("", "Publish", "check-publish", Arc::new(move || checking::publish(workspace, id)))}
            {button("", "ClaimReview JSON-LD", "check-export", Arc::new(move || checking::export_one(workspace, id)))}
            {button("small", "Remove check", "check-remove", Arc::new(move || checking::remove(workspace, id)))}
        </div>
    }
}

/// The rating, among the scale's labels (none for a scale of none); a
/// rating the scale lacks is offered as such. Drawn again when the scale
/// changes.
fn rating_field(workspace: Workspace, id: MarkId, check: Memo<Option<Check>>) -> impl IntoView {
    let rating = move || check.with(|c| c.as_ref().map(|c| c.rating.clone()).unwrap_or_default());
    move || {
        let scale = workspace.library.index.with(|l| l.desk.scale.clone());
        let current = untrack(rating);
        let none = if scale.is_conclusion_only() {
            format!("{}: the conclusion is the rating", scale.name)
        } else {
            "not rated".into()
        };
        let mut options = vec![(String::new(), none)];
        if !current.is_empty() && scale.value_of(&current).is_none() {
            options.push((current.clone(), format!("{current} (not on the scale {})", scale.name)));
        }
        options.extend(scale.labels.iter().map(|l| (l.clone(), l.clone())));
        let write = move |v: String| checking::change(workspace, id, Box::new(move |c| c.rating = v));
        select("Rating", "check-rating", options, Arc::new(rating), Arc::new(write))
    }
}

/// The evidence gathered, each removable.
fn evidence_list(workspace: Workspace, id: MarkId, check: Memo<Option<Check>>) -> impl IntoView {
    move || {
        let items = check.with(|c| c.as_ref().map(|c| c.evidence.clone()).unwrap_or_default());
        let rows = items
            .into_iter()
            .enumerate()
            .map(|(i, e)| {
                let archived = if e.archived.is_empty() { String::new() } else { format!("archived: {}", e.archived) };
                let detail = [e.quote.as_str(), &e.note, &e.accessed, &archived].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ");
                let title = if e.title.is_empty() { e.url.clone() } else { e.title.clone() };
                view! {
                    <li data-testid="evidence">
                        <a href=e.url.clone() rel="noreferrer" target="_blank">{title}</a>
                        <span class="row-detail">" " {detail}</span>
                        {button("small", "remove", "evidence-remove", Arc::new(move || checking::change(workspace, id, Box::new(move |c| { c.evidence.remove(i); }))))}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="evidence-list">{rows}</ul> }
    }
}

/// A source to add: its address (checked), title, passage, note, archived
/// copy and date read.
fn add_evidence(workspace: Workspace, id: MarkId) -> impl IntoView {
    // The draft is kept outside the reactive graph (a signal of its own
    // type would add its code to the bundle); the inputs are drawn again
    // when `cleared` changes.
    let draft = Arc::new(Mutex::new(Evidence::default()));
    let cleared = RwSignal::new(0_usize);
    let kept = draft.clone();
    let read = move |get: fn(&Evidence) -> String| {
        cleared.track();
        kept.lock().map(|d| get(&d)).unwrap_or_default()
    };
    let kept = draft.clone();
    let write = move |set: fn(&mut Evidence, String), v: String| {
        if let Ok(mut d) = kept.lock() {
            set(&mut d, v);
        }
    };
    let inputs = EVIDENCE.iter().map(|f| field_input(f, read.clone(), write.clone())).collect_view();
    let add = move || {
        let mut e = draft.lock().map(|d| d.clone()).unwrap_or_default();
        let problem =
            url_problem(&e.url).or_else(|| (!e.archived.is_empty()).then(|| url_problem(&e.archived)).flatten());
        if let Some(p) = problem {
            workspace.messages.error(format!("{p}; the evidence was not added."));
            return;
        }
        if e.accessed.is_empty() {
            e.accessed = checking::today();
        }
        checking::change(workspace, id, Box::new(move |c| c.evidence.push(e)));
        if let Ok(mut d) = draft.lock() {
            *d = Evidence::default();
        }
        cleared.update(|n| *n += 1);
    };
    view! {
        <details class="add-evidence">
            <summary data-testid="evidence-open">"Add evidence"</summary>
            {inputs}
            {button("", "Add", "evidence-add", Arc::new(add))}
        </details>
    }
}
