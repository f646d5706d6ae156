//! The page's wasm by crate: each function body's size (code section), named through the name
//! section, demangled and grouped by the crate its path starts with, so that size decisions
//! rest on numbers (what `twiggy top` would say, per crate).

use std::collections::HashMap;
use wasmparser::{KnownCustom, Name, Parser, Payload, TypeRef};

/// Bytes of function bodies per crate, largest first; `None` when the wasm has no names.
pub fn by_crate(wasm: &[u8]) -> Result<Option<Vec<(String, usize)>>, String> {
    let mut imported = 0u32;
    let mut sizes = Vec::new();
    let mut names = HashMap::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| format!("wasm: {e}"))? {
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    let import = import.map_err(|e| format!("wasm imports: {e}"))?;
                    imported += u32::from(matches!(import.ty, TypeRef::Func(_)));
                }
            }
            Payload::CodeSectionEntry(body) => sizes.push(body.range().len()),
            Payload::CustomSection(section) => {
                if let KnownCustom::Name(reader) = section.as_known() {
                    for name in reader.into_iter().flatten() {
                        if let Name::Function(map) = name {
                            for naming in map.into_iter().flatten() {
                                names.insert(naming.index, naming.name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if names.is_empty() {
        return Ok(None);
    }
    let mut per_crate: HashMap<String, usize> = HashMap::new();
    for (i, size) in sizes.into_iter().enumerate() {
        let name = names.get(&(imported + i as u32)).map_or("", String::as_str);
        *per_crate.entry(crate_of(name)).or_default() += size;
    }
    let mut rows: Vec<(String, usize)> = per_crate.into_iter().collect();
    rows.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
    Ok(Some(rows))
}

/// The crate a function belongs to: the first path segment of its demangled name, looking
/// inside `<T as Trait>` to the type (`<plandiff::model::Task as Clone>::clone` → `plandiff`).
fn crate_of(mangled: &str) -> String {
    let name = format!("{:#}", rustc_demangle::demangle(mangled));
    let name = name.trim_start_matches(['<', '&', '*', '[', '(']);
    let name = name.strip_prefix("mut ").unwrap_or(name);
    match name.split_once("::") {
        Some((krate, _)) if !krate.is_empty() && !krate.contains([' ', '<']) => krate.to_string(),
        _ if mangled.is_empty() => "(unnamed)".to_string(),
        _ => "(other)".to_string(),
    }
}

/// The wasm without its custom sections (names, producers, target features): what the browser
/// needs of it, smaller.
pub fn without_custom_sections(wasm: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(wasm.len());
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| format!("wasm: {e}"))? {
            Payload::Version { range, .. } => out.extend_from_slice(&wasm[range]),
            Payload::CustomSection(_) => {}
            other => {
                // A section (not the entries inside the code section): its id, size and body.
                if let Some((id, range)) = other.as_section() {
                    out.push(id);
                    let mut len = range.len();
                    loop {
                        let byte = (len & 0x7f) as u8;
                        len >>= 7;
                        out.push(if len == 0 { byte } else { byte | 0x80 });
                        if len == 0 {
                            break;
                        }
                    }
                    out.extend_from_slice(&wasm[range]);
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::crate_of;

    #[test]
    fn functions_are_put_under_their_crate() {
        assert_eq!(
            crate_of("_ZN8plandiff5align4pair17h0123456789abcdefE"),
            "plandiff"
        );
        assert_eq!(crate_of("_ZN4core3fmt5write17h0123456789abcdefE"), "core");
        assert_eq!(crate_of("memcpy"), "(other)");
        assert_eq!(crate_of(""), "(unnamed)");
    }

    #[test]
    fn custom_sections_are_dropped_and_the_rest_kept() {
        // Header; a type section (one `() -> ()`); a custom section "x" holding 1 byte.
        let wasm = [
            0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 0, 3, 1, b'x', 7,
        ];
        let stripped = super::without_custom_sections(&wasm).unwrap();
        assert_eq!(stripped, wasm[..14]);
    }
}
