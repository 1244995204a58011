//! `<SidePanel/>`: the legend, then three views of the annotations in tabs:
//! who said what, the entities, and the review list of every highlight.

use leptos::prelude::*;

use super::{AnnotationList, EntityPanel, Legend, SpeakerPanel};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    Speakers,
    Entities,
    All,
}

impl Tab {
    const ALL: [Tab; 3] = [Tab::Speakers, Tab::Entities, Tab::All];

    fn title(self) -> &'static str {
        match self {
            Tab::Speakers => "Who said what",
            Tab::Entities => "Entities",
            Tab::All => "Review",
        }
    }

    fn test_id(self) -> &'static str {
        match self {
            Tab::Speakers => "tab-speakers",
            Tab::Entities => "tab-entities",
            Tab::All => "tab-all",
        }
    }
}

/// The side panel. It is drawn just after the frame in which it appears,
/// so that the article's highlights are painted first when an article
/// comes in.
#[component]
pub fn SidePanel() -> impl IntoView {
    let tab = RwSignal::new(Tab::Speakers);
    let ready = RwSignal::new(false);
    crate::dom::after_next_paint(move || ready.set(true));
    let tabs = Tab::ALL
        .into_iter()
        .map(|t| {
            view! {
                <button
                    type="button"
                    role="tab"
                    id=t.test_id()
                    class="tab"
                    aria-selected=move || (tab.get() == t).to_string()
                    on:click=move |_| tab.set(t)
                    data-testid=t.test_id()
                >
                    {t.title()}
                </button>
            }
        })
        .collect_view();
    view! {
        <aside class="side-panel" aria-label="Annotations">
            <Legend />
            <div role="tablist" class="tabs" aria-label="Views of the annotations">{tabs}</div>
            <div role="tabpanel" aria-labelledby=move || tab.get().test_id()>
                {move || {
                    ready.get().then(|| match tab.get() {
                        Tab::Speakers => view! { <SpeakerPanel /> }.into_any(),
                        Tab::Entities => view! { <EntityPanel /> }.into_any(),
                        Tab::All => view! { <AnnotationList /> }.into_any(),
                    })
                }}
            </div>
        </aside>
    }
}
