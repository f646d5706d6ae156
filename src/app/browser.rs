//! The few browser services the page uses: reading a picked file, and localStorage.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Reads a picked or dropped file's bytes; `None` when the browser refuses.
pub async fn read_file(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    let buffer = buffer.dyn_into::<js_sys::ArrayBuffer>().ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn storage() -> Option<web_sys::Storage> {
    // file:// pages and private windows may have no localStorage: everything here is optional.
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored value of `key`, if storage works and has it.
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
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", code);
    }
}

/// Resolves after the browser had a chance to paint (a short timer): lets "comparing…" show
/// before a long parse and compare runs.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
        }
    });
    let _ = JsFuture::from(promise).await;
}
