//! `<NoticeBar/>`: the message the user must see (a failed save, unreadable
//! storage, a file that could not be read), with a button to dismiss it.

use leptos::prelude::*;

use crate::state::{use_workspace, NoticeLevel};

/// Shows the workspace's notice, if any.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let workspace = use_workspace();
    move || {
        workspace.notice.get().map(|notice| {
            let (class, role) = match notice.level {
                NoticeLevel::Error => ("notice notice-error", "alert"),
                NoticeLevel::Info => ("notice notice-info", "status"),
            };
            view! {
                <div class=class role=role data-testid="notice">
                    <span>{notice.message}</span>
                    <button type="button" on:click=move |_| workspace.notice.set(None) aria-label="Dismiss message">
                        "×"
                    </button>
                </div>
            }
        })
    }
}
