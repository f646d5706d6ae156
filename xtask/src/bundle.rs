//! One self-contained page: `index.html` with the styles, the bindgen JS and the wasm inlined.
//!
//! The wasm travels as base64 inside the module script and is handed to the bindgen init as
//! bytes, so the page makes no request after load and also works when opened from `file://`.
//! The Content-Security-Policy allows exactly that script (by hash) and no network access.

use sha2::{Digest, Sha256};

/// Placeholders in the repo's `index.html`.
const CSP: &str = "{{csp}}";
const STYLES: &str = "{{styles}}";
const SCRIPT: &str = "{{script}}";

/// Runs after the bindgen module's own code: decode the wasm, instantiate, mount the app.
const BOOT: &str = r#"
const wasmBase64 = "{{wasm}}";
const wasmBytes = typeof Uint8Array.fromBase64 === "function"
  ? Uint8Array.fromBase64(wasmBase64)
  : Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: wasmBytes });
run_app();
"#;

/// Fills the shell's placeholders; errors name the placeholder that is missing.
pub fn page(shell: &str, css: &str, js: &str, wasm: &[u8]) -> Result<String, String> {
    for placeholder in [CSP, STYLES, SCRIPT] {
        if !shell.contains(placeholder) {
            return Err(format!("index.html lacks the placeholder {placeholder}"));
        }
    }
    if !js.contains("async function __wbg_init") || !js.contains("function run_app") {
        return Err("bindgen JS lacks __wbg_init or run_app (is app::run_app exported?)".into());
    }
    let script = format!("{js}{}", BOOT.replace("{{wasm}}", &base64(wasm)))
        .replace("</script", "<\\/script");
    let css = css.replace("</style", "<\\/style");
    let csp = csp(&format!(
        "{}{script}{}",
        script_lead(shell),
        script_trail(shell)
    ));
    // Script last: the placeholders above cannot then appear inside inlined code.
    Ok(shell
        .replace(CSP, &csp)
        .replace(STYLES, &css)
        .replace(SCRIPT, &script))
}

/// The shell's text between the script tag and the placeholder (white space, usually): part of
/// what the browser hashes.
fn script_lead(shell: &str) -> &str {
    let before = shell.split_once(SCRIPT).map_or("", |(before, _)| before);
    before.rfind('>').map_or("", |i| &before[i + 1..])
}

/// The shell's text between the placeholder and `</script>`.
fn script_trail(shell: &str) -> &str {
    let after = shell.split_once(SCRIPT).map_or("", |(_, after)| after);
    after.find("</script>").map_or("", |i| &after[..i])
}

/// The policy: this one script, inline styles, data/blob images, no connections at all.
fn csp(script: &str) -> String {
    let hash = base64(&Sha256::digest(script.as_bytes()));
    format!(
        "default-src 'none'; script-src 'sha256-{hash}' 'wasm-unsafe-eval'; \
         style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; \
         base-uri 'none'; form-action 'none'"
    )
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (input, expected) in cases {
            assert_eq!(base64(input.as_bytes()), expected, "{input:?}");
        }
    }

    const JS: &str = "async function __wbg_init(m) {}\nexport function run_app() {}\n";

    #[test]
    fn page_inlines_everything_and_hashes_the_script() {
        let shell = "<meta content=\"{{csp}}\"><style>{{styles}}</style><script type=module>\n{{script}}\n</script>";
        let html = page(shell, "body{}", JS, &[0, 97, 115, 109]).unwrap();
        assert!(html.contains("<style>body{}</style>"));
        assert!(html.contains("const wasmBase64 = \"AGFzbQ==\""));
        assert!(html.contains("connect-src 'none'"));
        let start = html.find("<script type=module>").unwrap() + "<script type=module>".len();
        let end = html.rfind("</script>").unwrap();
        let hash = base64(&Sha256::digest(&html.as_bytes()[start..end]));
        assert!(html.contains(&format!("'sha256-{hash}'")));
    }

    #[test]
    fn page_escapes_closing_tags_inside_inlined_code() {
        let shell = "{{csp}}<style>{{styles}}</style><script>{{script}}</script>";
        let js = format!("{JS}const s = \"</script>\";");
        let html = page(shell, "a::after{content:\"</style>\"}", &js, &[]).unwrap();
        assert_eq!(html.matches("</script>").count(), 1);
        assert_eq!(html.matches("</style>").count(), 1);
    }

    #[test]
    fn page_names_a_missing_placeholder() {
        let err = page("<html>{{csp}}{{styles}}</html>", "", JS, &[]).unwrap_err();
        assert!(err.contains("{{script}}"), "{err}");
    }
}
