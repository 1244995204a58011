//! Small controls drawn by one copy of their code for every use: a button,
//! a labelled text input, a labelled select. Each takes its action and its
//! value as shared closures (`Arc<dyn Fn>`), so a form is a table of fields
//! rather than a page of markup, and the control's code is compiled once
//! rather than once per closure it holds. (In the WASM bundle this measured
//! within noise of the same controls written inline, ±0.3 KB brotli: it is
//! kept for the tables, not the bytes.)

use std::sync::Arc;

use leptos::prelude::*;

/// One field of a check (or of the desk, or of a piece of evidence): its
/// label, test id, input type and placeholder, and how it reads and is
/// written. Tables of these keep one copy of the input's code for all.
pub struct Field<T: 'static> {
    pub label: &'static str,
    pub test_id: &'static str,
    pub kind: &'static str,
    pub placeholder: &'static str,
    pub get: fn(&T) -> String,
    pub set: fn(&mut T, String),
}

/// What a control shows: read when drawn, and again when what it reads changes.
pub type Read = Arc<dyn Fn() -> String + Send + Sync>;
/// What a control does with a new value.
pub type Write = Arc<dyn Fn(String) + Send + Sync>;
/// What a button does.
pub type Action = Arc<dyn Fn() + Send + Sync>;

/// A button: `class` (or empty), its text, its test id and its action.
pub fn button(class: &'static str, text: &'static str, test_id: &'static str, action: Action) -> AnyView {
    view! { <button type="button" class=class on:click=move |_| action() data-testid=test_id>{text}</button> }
        .into_any()
}

/// An input of `field`, reading its value with `read` and writing it with
/// `write` (each given the field's accessor). Thin: the input itself is
/// drawn by one copy of [`input`] for every table.
pub fn field_input<T: 'static>(
    field: &'static Field<T>,
    read: impl Fn(fn(&T) -> String) -> String + Send + Sync + 'static,
    write: impl Fn(fn(&mut T, String), String) + Send + Sync + 'static,
) -> AnyView {
    let (get, set) = (field.get, field.set);
    input(
        field.label,
        field.test_id,
        field.kind,
        field.placeholder,
        Arc::new(move || read(get)),
        Arc::new(move |v| write(set, v)),
    )
}

pub fn input(
    label: &'static str,
    test_id: &'static str,
    kind: &'static str,
    placeholder: &'static str,
    read: Read,
    write: Write,
) -> AnyView {
    view! {
        <label class="field">
            {label} " "
            <input
                type=kind
                placeholder=placeholder
                prop:value=move || read()
                on:change=move |ev| write(event_target_value(&ev).trim().to_string())
                data-testid=test_id
            />
        </label>
    }
    .into_any()
}

/// A choice among `options` (value, as shown), its value read with `read`
/// and written with `write`: every select of the Checks tab.
pub fn select(
    label: &'static str,
    test_id: &'static str,
    options: Vec<(String, String)>,
    read: Read,
    write: Write,
) -> AnyView {
    let options =
        options.into_iter().map(|(value, shown)| view! { <option value=value>{shown}</option> }).collect_view();
    view! {
        <label class="field">
            {label} " "
            <select prop:value=move || read() on:change=move |ev| write(event_target_value(&ev)) data-testid=test_id>
                {options}
            </select>
        </label>
    }
    .into_any()
}
