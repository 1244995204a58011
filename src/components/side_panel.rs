//! `<SidePanel/>`: the legend, then four views of the annotations in tabs:
//! who said what, the entities, the review list of every highlight, and the
//! checks. The tab shown is the store's (a key or the editor can turn to
//! the checks).

use leptos::prelude::*;

use super::{AnnotationList, ChecksPanel, EntityPanel, Legend, SpeakerPanel};
use crate::store::{use_workspace, PanelTab};

const TABS: [(PanelTab, &str, &str); 4] = [
    (PanelTab::Speakers, "Who said what", "tab-speakers"),
    (PanelTab::Entities, "Entities", "tab-entities"),
    (PanelTab::Review, "Review", "tab-all"),
    (PanelTab::Checks, "Checks", "tab-checks"),
];

fn test_id(tab: PanelTab) -> &'static str {
    TABS.iter().find(|t| t.0 == tab).map_or("", |t| t.2)
}

/// The side panel. It is drawn just after the frame in which it appears,
/// so that the article's highlights are painted first when an article
/// comes in.
#[component]
pub fn SidePanel() -> impl IntoView {
    let tab = use_workspace().view.panel_tab;
    let ready = RwSignal::new(false);
    crate::dom::after_next_paint(move || ready.set(true));
    let tabs = TABS
        .into_iter()
        .map(|(t, title, id)| {
            view! {
                <button
                    type="button"
                    role="tab"
                    id=id
                    class="tab"
                    aria-selected=move || (tab.get() == t).to_string()
                    on:click=move |_| tab.set(t)
                    data-testid=id
                >
                    {title}
                </button>
            }
        })
        .collect_view();
    view! {
        <aside class="side-panel" aria-label="Annotations">
            <Legend />
            <div role="tablist" class="tabs" aria-label="Views of the annotations">{tabs}</div>
            <div role="tabpanel" aria-labelledby=move || test_id(tab.get())>
                {move || {
                    ready.get().then(|| match tab.get() {
                        PanelTab::Speakers => view! { <SpeakerPanel /> }.into_any(),
                        PanelTab::Entities => view! { <EntityPanel /> }.into_any(),
                        PanelTab::Review => view! { <AnnotationList /> }.into_any(),
                        PanelTab::Checks => view! { <ChecksPanel /> }.into_any(),
                    })
                }}
            </div>
        </aside>
    }
}
