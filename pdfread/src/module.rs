//! The page's PDF module: [`crate::read`] behind three plain wasm exports (no bindgen glue, so
//! no JS to inline with it), built by `cargo xtask build` and run in the page's worker.
//!
//! ```text
//! host: p = pdfread_alloc(n); copy the PDF to memory[p..p+n]; r = pdfread_read(p, n);
//!       answer = memory[r..r + pdfread_answer_len()]   postcard of Result<Extracted, PdfError>
//! ```
//!
//! The host instantiates the compiled module afresh for each PDF (instantiating takes well
//! under a millisecond), so each read starts from a clean memory and a trap cannot leave state
//! behind. GBK strings (`GBK-EUC-H` fonts) are decoded by the host's strict GB18030
//! `TextDecoder`, through the import `pdfread.gb18030`, so the module carries no GB tables.

use std::sync::atomic::{AtomicUsize, Ordering};

/// The length of the last answer.
static ANSWER_LEN: AtomicUsize = AtomicUsize::new(0);

#[link(wasm_import_module = "pdfread")]
extern "C" {
    /// Decodes `len` GB18030 bytes at `input` into UTF-8 at `out` (room for `cap` bytes):
    /// the number of bytes written, or -1 for malformed bytes.
    fn gb18030(input: *const u8, len: usize, out: *mut u8, cap: usize) -> isize;
}

/// Room for `len` bytes, for the host to write the PDF into.
#[no_mangle]
pub extern "C" fn pdfread_alloc(len: usize) -> *mut u8 {
    let mut room = std::mem::ManuallyDrop::new(Vec::<u8>::with_capacity(len));
    room.as_mut_ptr()
}

/// Reads the PDF of `len` bytes at `ptr` (from [`pdfread_alloc`]); returns where its answer
/// is, [`pdfread_answer_len`] bytes long.
///
/// # Safety
/// `ptr` must come from `pdfread_alloc(len)`, with `len` bytes written; it is freed here.
#[no_mangle]
pub unsafe extern "C" fn pdfread_read(ptr: *mut u8, len: usize) -> *const u8 {
    // SAFETY: `ptr` is a Vec<u8>'s buffer of capacity `len` (pdfread_alloc), now filled.
    let pdf = unsafe { Vec::from_raw_parts(ptr, len, len) };
    let answer = crate::read(&pdf, Some(host_gb18030));
    drop(pdf);
    // Writing to a Vec fails only for types postcard cannot write, which these have none of.
    let bytes = postcard::to_allocvec(&answer).unwrap_or_default();
    ANSWER_LEN.store(bytes.len(), Ordering::Relaxed);
    // Left to the instance, which the host drops after copying the answer out.
    bytes.leak().as_ptr()
}

/// The length of the answer [`pdfread_read`] gave last.
#[no_mangle]
pub extern "C" fn pdfread_answer_len() -> usize {
    ANSWER_LEN.load(Ordering::Relaxed)
}

/// Strict GB18030 through the host's decoder.
fn host_gb18030(bytes: &[u8]) -> Option<String> {
    // UTF-8 takes at most 3 bytes for a 2-byte GBK code and 4 for a 4-byte one.
    let mut out = vec![0u8; bytes.len() * 2 + 4];
    // SAFETY: both buffers are valid for the lengths given; the host writes at most `cap`.
    let written = unsafe { gb18030(bytes.as_ptr(), bytes.len(), out.as_mut_ptr(), out.len()) };
    out.truncate(usize::try_from(written).ok()?);
    String::from_utf8(out).ok()
}
