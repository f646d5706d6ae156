//! One self-contained page: `index.html` with the styles, the bindgen JS and the wasm inlined.
//!
//! The wasm travels as base64 inside the module script, is compiled once and handed to the
//! bindgen init as a `WebAssembly.Module`, so the page makes no request after load and also
//! works when opened from `file://`. The bindgen JS is wrapped in one function (its `export`s
//! dropped), so that the same text also boots the page's Web Worker: `plandiffWork()` makes a
//! classic worker (Chromium refuses module workers from `blob:` in a `file://` page) from a Blob
//! of that function's source and a small worker boot, and posts it the compiled module; the
//! worker calls only `work` (never `run_app`). The Content-Security-Policy allows exactly that
//! script (by hash), workers from `blob:` only, and no network access.
//!
//! The PDF module (`pdfread/`, plain wasm exports) travels as base64 in a data block
//! (`<script type="application/octet-stream" id="plandiff-pdf">`: never run, so not subject to
//! the policy, and only parsed as text at load) after the module script, which is `async` so
//! that the page starts before the parser has gone through the block. When the page first posts a job that reads a
//! PDF, the boot sends that text to the worker, which decodes and compiles it there and offers
//! `plandiffReadPdf(bytes)` to the wasm; the page counts it in `globalThis.plandiffPdf`
//! (`{ compiled }`, for the tests).

use sha2::{Digest, Sha256};

/// Placeholders in the repo's `index.html`.
const CSP: &str = "{{csp}}";
const STYLES: &str = "{{styles}}";
const SCRIPT: &str = "{{script}}";
const PDF_MODULE: &str = "{{pdf}}";

/// Name of the function that wraps the bindgen JS.
const GLUE: &str = "plandiffGlue";

/// Runs after the bindgen code: decode and compile the wasm, instantiate, offer a worker maker,
/// mount the app.
const BOOT: &str = r#"
const { __wbg_init, run_app } = plandiffGlue();
const wasmBase64 = "{{wasm}}";
// Base64 → bytes. Browsers before `fromBase64` (Chromium 140, Firefox 133): atob and a plain
// loop, ~20× faster than `Uint8Array.from(text, mapFn)`. The worker uses it too (the PDF module).
const fromBase64 = (b64) => {
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(b64);
  const text = atob(b64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
};
const wasmBytes = fromBase64(wasmBase64);
const wasmModule = await WebAssembly.compile(wasmBytes);
await __wbg_init({ module_or_path: wasmModule });
// The page's worker, made on first use: this same glue and module. `plandiffWork(bytes, pdf)`
// gives a promise of the answer's bytes, or of null where no worker can be made or it failed
// (the page then does the job itself). With `pdf` (the job reads a PDF) the worker is first
// sent the PDF module's base64, once; it answers when it has compiled it.
let worker = null;
let pdfSent = false;
// Posts to the worker, in order: the PDF module's text (the data block after this script, which
// is `async` so that the page starts before the block is parsed) may only be at hand later.
let posted = Promise.resolve();
const pdfText = () => new Promise((resolve) => {
  const read = () => resolve(document.getElementById("plandiff-pdf")?.textContent ?? "");
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", read);
  else read();
});
const waiting = [];
globalThis.plandiffWork = (request, pdf) => {
  if (worker === null) {
    try {
      const source = `const glue = (${plandiffGlue})();\nconst fromBase64 = ${fromBase64};\n{{worker}}`;
      worker = new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
      worker.onmessage = (event) => waiting.shift()?.(event.data);
      worker.onerror = () => {
        worker.terminate();
        worker = false;
        for (const resolve of waiting.splice(0)) resolve(null);
      };
      worker.postMessage(wasmModule);
    } catch (_) {
      worker = false;
    }
  }
  if (worker === false) return Promise.resolve(null);
  if (pdf && !pdfSent) {
    pdfSent = true;
    globalThis.plandiffPdf = { compiled: 0 };
    waiting.push((answer) => {
      if (answer === "compiled") globalThis.plandiffPdf.compiled += 1;
    });
    posted = posted
      .then(pdfText)
      .then((text) => worker && worker.postMessage({ pdfModule: text }))
      .catch(() => {});
  }
  // How many jobs the worker holds now (read by the e2e test: input handled meanwhile).
  globalThis.plandiffPending = (globalThis.plandiffPending || 0) + 1;
  return new Promise((resolve, reject) => {
    const answered = (answer) => {
      globalThis.plandiffPending -= 1;
      resolve(answer);
    };
    waiting.push(answered);
    posted = posted
      .then(() => worker && worker.postMessage(request, [request.buffer]))
      .catch((e) => {
        // Not posted: no answer will come; the page does the job itself.
        waiting.splice(waiting.indexOf(answered), 1);
        globalThis.plandiffPending -= 1;
        reject(e);
      });
  });
};
run_app();
"#;

/// The worker's boot: instantiate the module it is given, compile the PDF module when sent its
/// base64 (answering "compiled" or "failed"), then answer each request with `work`, one after
/// the other; an empty answer tells the page to do that job itself.
///
/// `plandiffReadPdf(bytes)` (called by the wasm's PDF reader, `app::worker::read_pdf`) runs the
/// PDF module in a fresh instance for each PDF (clean memory, nothing left by a trap): the PDF
/// in, the answer's bytes out (see `pdfread/src/module.rs`); GBK strings are decoded for it by
/// the browser's strict GB18030 decoder.
const WORKER: &str = r#"
let ready = null;
let pdfModule = null;
let queue = Promise.resolve();
self.onmessage = (event) => {
  if (event.data instanceof WebAssembly.Module) {
    ready = glue.__wbg_init({ module_or_path: event.data });
    return;
  }
  queue = queue.then(() => handle(event.data));
};
const handle = async (data) => {
  if (typeof data.pdfModule === "string") {
    let answer = "failed";
    try {
      pdfModule = await WebAssembly.compile(fromBase64(data.pdfModule.trim()));
      answer = "compiled";
    } catch (_) {}
    self.postMessage(answer);
    return;
  }
  let answer;
  try {
    await ready;
    answer = glue.work(data);
  } catch (_) {
    answer = new Uint8Array(0);
  }
  self.postMessage(answer, [answer.buffer]);
};
globalThis.plandiffReadPdf = (pdf) => {
  if (pdfModule === null) return undefined;
  const decoder = new TextDecoder("gb18030", { fatal: true });
  const encoder = new TextEncoder();
  let memory = null;
  const gb18030 = (input, len, out, cap) => {
    try {
      const text = decoder.decode(new Uint8Array(memory.buffer, input >>> 0, len));
      const done = encoder.encodeInto(text, new Uint8Array(memory.buffer, out >>> 0, cap));
      return done.read === text.length ? done.written : -1;
    } catch (_) {
      return -1;
    }
  };
  const pdfread = new WebAssembly.Instance(pdfModule, { pdfread: { gb18030 } }).exports;
  memory = pdfread.memory;
  const at = pdfread.pdfread_alloc(pdf.length) >>> 0;
  new Uint8Array(memory.buffer, at, pdf.length).set(pdf);
  const answer = pdfread.pdfread_read(at, pdf.length) >>> 0;
  return new Uint8Array(memory.buffer, answer, pdfread.pdfread_answer_len() >>> 0).slice();
};
"#;

/// The bindgen ES module as the body of one function returning what the boots use: its
/// `export` keywords dropped, its `export { … }` lines removed.
fn wrap_glue(js: &str) -> Result<String, String> {
    let mut body = String::with_capacity(js.len() + 100);
    for line in js.lines() {
        let line = if line.starts_with("export {") {
            continue;
        } else if let Some(rest) = line.strip_prefix("export ") {
            if !["function ", "class ", "const ", "let ", "async function "]
                .iter()
                .any(|k| rest.starts_with(k))
            {
                return Err(format!(
                    "bindgen JS has an export this bundler cannot wrap: {line}"
                ));
            }
            rest
        } else if line.starts_with("import ") || line.contains("import.meta") {
            return Err(format!(
                "bindgen JS needs a module (the worker is classic): {line}"
            ));
        } else {
            line
        };
        body.push_str(line);
        body.push('\n');
    }
    Ok(format!(
        "function {GLUE}() {{\n{body}return {{ __wbg_init, run_app, work }};\n}}\n"
    ))
}

/// Fills the shell's placeholders (`pdf`: the PDF module); errors name the placeholder that is
/// missing.
pub fn page(shell: &str, css: &str, js: &str, wasm: &[u8], pdf: &[u8]) -> Result<String, String> {
    for placeholder in [CSP, STYLES, SCRIPT, PDF_MODULE] {
        if !shell.contains(placeholder) {
            return Err(format!("index.html lacks the placeholder {placeholder}"));
        }
    }
    if !js.contains("async function __wbg_init")
        || !js.contains("function run_app")
        || !js.contains("function work")
    {
        return Err(
            "bindgen JS lacks __wbg_init, run_app or work (are app::run_app and app::worker::work exported?)"
                .into(),
        );
    }
    let boot = BOOT
        .replace(
            "{{worker}}",
            &WORKER
                .replace('\\', "\\\\")
                .replace('`', "\\`")
                .replace("${", "\\${"),
        )
        .replace("{{wasm}}", &base64(wasm));
    let script = format!("{}{boot}", wrap_glue(js)?).replace("</script", "<\\/script");
    let css = css.replace("</style", "<\\/style");
    let csp = csp(&format!(
        "{}{script}{}",
        script_lead(shell),
        script_trail(shell)
    ));
    // Script last: the placeholders above cannot then appear inside inlined code (nor in
    // base64).
    Ok(shell
        .replace(CSP, &csp)
        .replace(STYLES, &css)
        .replace(PDF_MODULE, &base64(pdf))
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

/// The policy: this one script, inline styles, data/blob images, workers from blob URLs (the
/// page's own worker), no connections at all.
fn csp(script: &str) -> String {
    let hash = base64(&Sha256::digest(script.as_bytes()));
    format!(
        "default-src 'none'; script-src 'sha256-{hash}' 'wasm-unsafe-eval'; \
         style-src 'unsafe-inline'; img-src data: blob:; worker-src blob:; connect-src 'none'; \
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

    const JS: &str = "let wasm;\nasync function __wbg_init(m) {}\nexport function run_app() {}\nexport function work(r) {}\nexport { __wbg_init as default };\n";

    #[test]
    fn page_inlines_everything_and_hashes_the_script() {
        let shell = "<meta content=\"{{csp}}\"><style>{{styles}}</style><script type=module>\n{{script}}\n</script><script type=application/octet-stream id=plandiff-pdf>{{pdf}}</script>";
        let html = page(shell, "body{}", JS, &[0, 97, 115, 109], b"pdf").unwrap();
        assert!(html.contains("<style>body{}</style>"));
        assert!(html.contains("const wasmBase64 = \"AGFzbQ==\""));
        assert!(html.contains("id=plandiff-pdf>cGRm</script>"));
        assert!(html.contains("connect-src 'none'"));
        let start = html.find("<script type=module>").unwrap() + "<script type=module>".len();
        let end = html.find("</script>").unwrap();
        let hash = base64(&Sha256::digest(&html.as_bytes()[start..end]));
        assert!(html.contains(&format!("'sha256-{hash}'")));
    }

    #[test]
    fn page_escapes_closing_tags_inside_inlined_code() {
        let shell = "{{csp}}<style>{{styles}}</style><script>{{script}}</script>{{pdf}}";
        let js = format!("{JS}const s = \"</script>\";");
        let html = page(shell, "a::after{content:\"</style>\"}", &js, &[], &[]).unwrap();
        assert_eq!(html.matches("</script>").count(), 1);
        assert_eq!(html.matches("</style>").count(), 1);
    }

    #[test]
    fn glue_is_wrapped_in_one_function_without_exports() {
        let wrapped = wrap_glue(JS).unwrap();
        assert!(wrapped.starts_with(&format!("function {GLUE}() {{\n")));
        assert!(!wrapped.contains("export"), "{wrapped}");
        assert!(wrapped.contains("\nfunction run_app() {}\nfunction work(r) {}\n"));
        assert!(wrapped.ends_with("return { __wbg_init, run_app, work };\n}\n"));
        let err = wrap_glue("export default 1;\n").unwrap_err();
        assert!(err.contains("export default"), "{err}");
        assert!(wrap_glue("import x from \"y\";\n").is_err());
    }

    #[test]
    fn page_boots_the_worker_from_the_same_glue_and_allows_only_blob_workers() {
        let shell = "{{csp}}<style>{{styles}}</style><script>{{script}}</script>{{pdf}}";
        let html = page(shell, "", JS, &[], &[]).unwrap();
        assert!(html.contains("worker-src blob:;"));
        assert!(html.contains(&format!("const glue = (${{{GLUE}}})();")));
        assert!(html.contains("glue.work(data)"));
        // The worker compiles the PDF module it is sent, and offers it to the wasm.
        assert!(html.contains("const fromBase64 = ${fromBase64};"));
        assert!(html.contains("globalThis.plandiffReadPdf = (pdf) =>"));
        assert!(!html.contains("{{worker}}"));
        // The worker never mounts the page.
        let worker = html.split("const glue =").nth(1).unwrap();
        let worker = worker.split("`;").next().unwrap();
        assert!(!worker.contains("run_app"), "{worker}");
    }

    #[test]
    fn page_names_a_missing_placeholder() {
        let err = page("<html>{{csp}}{{styles}}{{pdf}}</html>", "", JS, &[], &[]).unwrap_err();
        assert!(err.contains("{{script}}"), "{err}");
        let err = page(
            "{{csp}}{{styles}}<script>{{script}}</script>",
            "",
            JS,
            &[],
            &[],
        );
        assert!(err.unwrap_err().contains("{{pdf}}"));
    }
}
