//! Every window the app opens goes through [`prive`]: no browser storage on disk and no autofill.
//!
//! - **incognito**: WebKitGTK gets an ephemeral web context (nothing under `~/.local/share` or
//!   `~/.cache` from the web view), WebView2 runs InPrivate (no profile data kept).
//! - **general autofill off**: WebView2 would otherwise offer earlier input (names, addresses) in
//!   form fields; password saving is off by default in WebView2 and stays so.
//!
//! One exception, for testing only: WebKitGTK cannot automate an ephemeral context, so when
//! tauri-driver starts the app (it sets `TAURI_WEBVIEW_AUTOMATION=true`, which also makes Tauri
//! open the web view for WebDriver) the context is a normal one. The end-to-end run scans the test
//! home for case text afterwards, so even that context is checked; `cargo xtask test` also starts
//! the installed app without the driver and checks that its web view leaves nothing on disk.

use tauri::{Manager, Runtime, WebviewWindowBuilder};

pub fn prive<'a, R: Runtime, M: Manager<R>>(
    builder: WebviewWindowBuilder<'a, R, M>,
) -> WebviewWindowBuilder<'a, R, M> {
    let automation = std::env::var("TAURI_WEBVIEW_AUTOMATION").as_deref() == Ok("true");
    builder
        .incognito(!automation)
        .general_autofill_enabled(false)
}
