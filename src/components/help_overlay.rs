//! `<HelpOverlay/>`: the keyboard map (`?`), drawn from the table the
//! keyboard handler looks keys up in (`marginalia_model::BINDINGS`).

use leptos::prelude::*;

use marginalia_model::BINDINGS;

use crate::store::{use_workspace, Overlay};

/// The list of keys, while open.
#[component]
pub fn HelpOverlay() -> impl IntoView {
    let workspace = use_workspace();
    // A dialog takes the keyboard focus when it opens (Escape gives it back
    // to the article).
    Effect::new(move |_| {
        if workspace.view.overlay.get() == Some(Overlay::Help) {
            crate::dom::focus_soon(".overlay input, .overlay button");
        }
    });
    move || {
        (workspace.view.overlay.get() == Some(Overlay::Help)).then(|| {
            let rows = BINDINGS
                .iter()
                .map(|b| view! { <tr><th scope="row"><kbd>{b.shown}</kbd></th><td>{b.does}</td></tr> })
                .collect_view();
            let labels = workspace.article.work.with_untracked(|w| w.all_labels());
            let label_keys = labels
                .into_iter()
                .filter_map(|l| l.key.map(|k| view! { <li><kbd>{k.to_string()}</kbd>" " {l.name}</li> }))
                .collect_view();
            view! {
                <div class="overlay-backdrop" on:click=move |_| workspace.view.overlay.set(None)>
                    <div class="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title" data-testid="help-overlay" on:click=|ev| ev.stop_propagation()>
                        <h2 id="help-title">"Keyboard shortcuts"</h2>
                        <table class="key-map"><tbody>{rows}</tbody></table>
                        <h3>"Label keys"</h3>
                        <ul class="label-keys">{label_keys}</ul>
                        <button type="button" on:click=move |_| workspace.view.overlay.set(None)>"Close (Esc)"</button>
                    </div>
                </div>
            }
        })
    }
}
