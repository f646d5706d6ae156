//! The few browser services the page uses, through gloo: reading a picked file, downloads, a
//! short pause for the browser to paint; and localStorage (through web-sys: gloo-storage throws
//! where a browser has none, as private windows and some file:// pages do).

/// Reads a picked or dropped file's bytes; `None` when the browser refuses.
pub async fn read_file(file: web_sys::File) -> Option<Vec<u8>> {
    gloo_file::futures::read_as_bytes(&gloo_file::Blob::from(file))
        .await
        .ok()
}

/// Offers `bytes` (a text's UTF-8, or a Word or Excel file) as a download named `name`. The
/// object URL lives on for a minute: revoked right after the click, Firefox would not start
/// the download.
pub fn download(name: &str, mime: &str, bytes: &[u8]) {
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(bytes, Some(mime)));
    let anchor = gloo_utils::document()
        .create_element("a")
        .ok()
        .and_then(|a| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlAnchorElement>(a).ok());
    if let Some(anchor) = anchor {
        anchor.set_href(&url);
        anchor.set_download(name);
        anchor.click();
    }
    gloo_timers::callback::Timeout::new(60_000, move || drop(url)).forget();
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored value of `key`, if storage works and has it (everything stored is optional).
pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`; silently does nothing when storage is unavailable or full.
pub fn save(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Sets `<html lang>` so screen readers and fonts follow the page's language.
pub fn set_document_lang(code: &str) {
    if let Some(html) = gloo_utils::document().document_element() {
        let _ = html.set_attribute("lang", code);
    }
}

/// Resolves after the browser had a chance to paint (a short timer): lets "comparing…" show
/// before a long parse and compare runs.
pub async fn yield_to_browser() {
    gloo_timers::future::TimeoutFuture::new(20).await;
}
