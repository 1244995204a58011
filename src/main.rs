//! The browser entry point: mount the app on the page body (in the page,
//! not in the engine's worker).
//!
//! Debug builds (`trunk serve` without `--release`, the component tests)
//! print a panic's message and place to the console; release builds leave
//! the hook out (2.2 KB brotli) and a panic shows as the WebAssembly trap
//! `unreachable`, which the end-to-end tests catch as a page error.

fn main() {
    // The same module runs the engine's worker (src/worker.js), which has
    // no page to mount on.
    if web_sys::window().is_none() {
        return;
    }
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(marginalia::App);
}
