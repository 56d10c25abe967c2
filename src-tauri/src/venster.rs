//! Every window the app opens goes through [`prive`]: no browser storage on disk, no autofill,
//! and no page but the app's own.
//!
//! - **only the app's pages**: a navigation is allowed only to the app's origin ([`EigenPaginas`]:
//!   `tauri://localhost`, on Windows `http://tauri.localhost`, and in a build without the
//!   `custom-protocol` feature — `cargo tauri dev`, loading the Vite server — the `build.devUrl` of
//!   tauri.conf.json). Everything else is refused, and so is every new window (`window.open`, a
//!   link with `target=_blank`): a link in pasted text can never show a remote page inside the
//!   app, next to the IPC.
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

use tauri::webview::NewWindowResponse;
use tauri::{Manager, Runtime, Url, WebviewWindowBuilder};

pub fn prive<'a, R: Runtime, M: Manager<R>>(
    app: &M,
    builder: WebviewWindowBuilder<'a, R, M>,
) -> WebviewWindowBuilder<'a, R, M> {
    let automation = std::env::var("TAURI_WEBVIEW_AUTOMATION").as_deref() == Ok("true");
    let dev_url = if cfg!(feature = "custom-protocol") {
        None
    } else {
        app.config().build.dev_url.clone()
    };
    let eigen = EigenPaginas::voor(cfg!(windows), dev_url.as_ref());
    builder
        .incognito(!automation)
        .general_autofill_enabled(false)
        .on_navigation(move |url| {
            let ok = eigen.toegestaan(url);
            if !ok {
                // Scheme and host only: a query or fragment may hold anything.
                eprintln!(
                    "top3-werkplaats: navigatie geweigerd ({}://{})",
                    url.scheme(),
                    url.host_str().unwrap_or("")
                );
            }
            ok
        })
        .on_new_window(|_, _| NewWindowResponse::Deny)
}

/// The origins the app's own pages are served from.
#[derive(Debug, Clone)]
pub struct EigenPaginas(Vec<(String, String, Option<u16>)>);

impl EigenPaginas {
    /// `windows`: the platform serves the app as `http://tauri.localhost` (WebView2) instead of
    /// `tauri://localhost`. `dev_url`: the Vite dev server, only in a development build.
    pub fn voor(windows: bool, dev_url: Option<&Url>) -> EigenPaginas {
        let mut oorsprongen = vec![if windows {
            ("http".to_owned(), "tauri.localhost".to_owned(), Some(80))
        } else {
            ("tauri".to_owned(), "localhost".to_owned(), None)
        }];
        if let Some(dev) = dev_url
            && let Some(host) = dev.host_str()
        {
            oorsprongen.push((
                dev.scheme().to_owned(),
                host.to_owned(),
                dev.port_or_known_default(),
            ));
        }
        EigenPaginas(oorsprongen)
    }

    /// Whether `url` is one of the app's pages: same scheme, host and port as an app origin, and
    /// no user name or password (`http://tauri.localhost@evil.org` has host `evil.org` anyway).
    pub fn toegestaan(&self, url: &Url) -> bool {
        if !url.username().is_empty() || url.password().is_some() {
            return false;
        }
        let Some(host) = url.host_str() else {
            return false;
        };
        self.0.iter().any(|(scheme, h, port)| {
            url.scheme() == scheme && host == h && url.port_or_known_default() == *port
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    const GEWEIGERD: [&str; 12] = [
        "https://example.org",
        "https://example.org/?next=tauri://localhost",
        "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>",
        "javascript:alert(1)",
        "about:blank",
        "tauri://localhost.evil.org/",
        "http://tauri.localhost@evil.org/",
        "tauri://user@localhost/",
        "tauri://localhost:8080/",
        "https://tauri.localhost/",
        "ws://localhost:1420/",
    ];

    #[test]
    fn only_the_apps_own_pages_on_linux() {
        let eigen = EigenPaginas::voor(false, None);
        for ok in [
            "tauri://localhost",
            "tauri://localhost/",
            "tauri://localhost/index.html",
            "tauri://localhost/presentatie.html#stap-2",
            "tauri://localhost/index.html?x=1#casus",
        ] {
            assert!(eigen.toegestaan(&url(ok)), "{ok}");
        }
        for nee in GEWEIGERD
            .iter()
            .chain(&["http://tauri.localhost/", "http://localhost:1420/"])
        {
            assert!(!eigen.toegestaan(&url(nee)), "{nee}");
        }
    }

    #[test]
    fn only_the_apps_own_pages_on_windows() {
        let eigen = EigenPaginas::voor(true, None);
        for ok in [
            "http://tauri.localhost/",
            "http://tauri.localhost/presentatie.html#stap",
            "http://TAURI.localhost/index.html",
        ] {
            assert!(eigen.toegestaan(&url(ok)), "{ok}");
        }
        for nee in GEWEIGERD.iter().chain(&[
            "tauri://localhost/",
            "http://tauri.localhost:81/",
            "http://localhost:1420/",
        ]) {
            assert!(!eigen.toegestaan(&url(nee)), "{nee}");
        }
    }

    #[test]
    fn the_dev_server_only_when_given() {
        let dev = url("http://localhost:1420");
        let eigen = EigenPaginas::voor(false, Some(&dev));
        assert!(eigen.toegestaan(&url("http://localhost:1420/")));
        assert!(eigen.toegestaan(&url("http://localhost:1420/presentatie.html#x")));
        assert!(eigen.toegestaan(&url("tauri://localhost/")));
        for nee in GEWEIGERD.iter().chain(&[
            "http://localhost:1421/",
            "http://localhost/",
            "http://localhost:1420@evil.org/",
            "http://localhost.evil.org:1420/",
        ]) {
            assert!(!eigen.toegestaan(&url(nee)), "{nee}");
        }
    }
}
