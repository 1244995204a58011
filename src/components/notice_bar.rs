//! `<NoticeBar/>`: the message the user must see (a failed save, unreadable
//! storage, a file that could not be read), with a button to dismiss it.

use leptos::prelude::*;

use crate::io::{self, Export};
use crate::store::{use_workspace, NoticeAction, NoticeLevel};

/// Shows the workspace's notice, if any.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let workspace = use_workspace();
    move || {
        workspace.messages.notice.get().map(|notice| {
            let (class, role) = match notice.level {
                NoticeLevel::Error => ("notice notice-error", "alert"),
                NoticeLevel::Info => ("notice notice-info", "status"),
            };
            let action = notice.action.map(|action| {
                let (label, run): (&str, Box<dyn Fn() + Send + Sync>) = match action {
                    NoticeAction::ExportArticle => ("Export this article", Box::new(move || io::export(workspace, Export::ArticleJson))),
                    NoticeAction::UndoDelete => ("Undo", Box::new(move || workspace.undo_delete())),
                    NoticeAction::DownloadRaw(key) => (
                        "Download the unreadable data",
                        Box::new(move || {
                            if let Some(raw) = crate::storage::raw(&key) {
                                let _ = crate::dom::download(&format!("{key}.txt"), "text/plain", &raw);
                            }
                        }),
                    ),
                };
                view! { <button type="button" class="notice-action" on:click=move |_| run() data-testid="notice-action">{label}</button> }
            });
            view! {
                <div class=class role=role data-testid="notice">
                    <span>{notice.message}</span>
                    {action}
                    <button type="button" on:click=move |_| workspace.messages.notice.set(None) aria-label="Dismiss message">
                        "×"
                    </button>
                </div>
            }
        })
    }
}
