//! `<LabelManager/>`: the user's own labels. Lists every label with its
//! colour and key; adds a label (name, colour, key, drawn as a name or as a
//! claim); removes one of the user's. Labels are part of the work, so they
//! are saved with it and undoable.

use leptos::prelude::*;
use marginalia_model::{background_for, LabelDef, Layer};

use crate::store::{use_workspace, Overlay, Workspace};

/// The label manager, while open.
#[component]
pub fn LabelManager() -> impl IntoView {
    let workspace = use_workspace();
    // A dialog takes the keyboard focus when it opens (Escape gives it back
    // to the article).
    Effect::new(move |_| {
        if workspace.view.overlay.get() == Some(Overlay::Labels) {
            crate::dom::focus_soon(".overlay input, .overlay button");
        }
    });
    move || {
        (workspace.view.overlay.get() == Some(Overlay::Labels)).then(|| {
            let rows =
                move || workspace.article.work.with(|w| w.all_labels()).into_iter().map(|l| label_row(workspace, l)).collect_view();
            view! {
                <div class="overlay-backdrop" on:click=move |_| workspace.view.overlay.set(None)>
                    <div class="overlay" role="dialog" aria-modal="true" aria-labelledby="labels-title" data-testid="label-manager" on:click=|ev| ev.stop_propagation()>
                        <h2 id="labels-title">"Labels"</h2>
                        <ul class="label-rows">{rows}</ul>
                        {new_label_form(workspace)}
                        <button type="button" on:click=move |_| workspace.view.overlay.set(None)>"Close (Esc)"</button>
                    </div>
                </div>
            }
        })
    }
}

/// One label: swatch, name, key, layer; the user's can be removed.
fn label_row(workspace: Workspace, l: LabelDef) -> impl IntoView {
    let removable = !l.id.is_builtin();
    let (id, label_name) = (l.id.clone(), l.name.clone());
    view! {
        <li data-testid="label-row">
            <span class="swatch" style=format!("background:{}", background_for(&l.colour)) aria-hidden="true"></span>
            <span>{l.name}</span>
            " "
            <kbd>{l.key.map(String::from).unwrap_or_else(|| "no key".into())}</kbd>
            " "
            <span class="row-detail">{if l.layer == Layer::Claim { "claim" } else { "name" }}</span>
            {removable.then(|| view! {
                <button type="button" class="small" aria-label=format!("Remove the label {label_name}")
                    on:click=move |_| { workspace.article.edit_work(|_, w| w.remove_label(&id)); }>
                    "Remove"
                </button>
            })}
        </li>
    }
}

/// The form that adds a label; says why when it cannot.
fn new_label_form(workspace: Workspace) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let colour = RwSignal::new("#0b7285".to_string());
    let key = RwSignal::new(String::new());
    let layer = RwSignal::new(Layer::Entity);
    let problem = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let key_char = key.get_untracked().trim().chars().next();
        let (n, c, l) = (name.get_untracked(), colour.get_untracked(), layer.get_untracked());
        let mut trial = workspace.article.work.get_untracked();
        match trial.add_label(&n, &c, key_char, l) {
            Ok(_) => {
                workspace.article.edit_work(|_, work| work.add_label(&n, &c, key_char, l)).ok();
                workspace.messages.announce(format!("Added the label {n}"));
                name.set(String::new());
                key.set(String::new());
                problem.set(None);
            }
            Err(e) => problem.set(Some(format!("Not added: {e}."))),
        }
    };
    view! {
        <form class="label-form" on:submit=add>
            <h3>"New label"</h3>
            <label class="field">"Name " <input type="text" required prop:value=name on:input=move |ev| name.set(event_target_value(&ev)) data-testid="label-name" /></label>
            <label class="field">"Colour " <input type="color" prop:value=colour on:input=move |ev| colour.set(event_target_value(&ev)) data-testid="label-colour" /></label>
            <label class="field">"Key " <input type="text" maxlength="1" size="2" prop:value=key on:input=move |ev| key.set(event_target_value(&ev)) data-testid="label-key" /></label>
            <label class="field">
                "Drawn as "
                <select on:change=move |ev| layer.set(if event_target_value(&ev) == "claim" { Layer::Claim } else { Layer::Entity })>
                    <option value="entity">"a name (background)"</option>
                    <option value="claim">"a claim (underline)"</option>
                </select>
            </label>
            <button type="submit" data-testid="label-add">"Add label"</button>
            {move || problem.get().map(|p| view! { <p class="problem" role="alert">{p}</p> })}
        </form>
    }
}
