//! Fuzzes the .docx reader past the zip layer: the input is split at NUL bytes into
//! `word/document.xml`, `word/numbering.xml` and `word/styles.xml`, packed into a valid zip
//! (stored entries), so the XML scanner, numbering and styles code see arbitrary XML.
#![no_main]

use libfuzzer_sys::fuzz_target;

const PARTS: &[&str] = &["word/document.xml", "word/numbering.xml", "word/styles.xml"];

/// A zip of stored entries with their CRCs, so the reader gets past the zip layer.
fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let offset = out.len() as u32;
        let fixed = |buf: &mut Vec<u8>| {
            buf.extend(20u16.to_le_bytes()); // version needed
            buf.extend(0u16.to_le_bytes()); // flags
            buf.extend(0u16.to_le_bytes()); // stored
            buf.extend([0u8; 4]); // time, date
            buf.extend(plandiff::ingest::zip::crc32(data).to_le_bytes());
            buf.extend((data.len() as u32).to_le_bytes());
            buf.extend((data.len() as u32).to_le_bytes());
            buf.extend((name.len() as u16).to_le_bytes());
            buf.extend(0u16.to_le_bytes()); // extra
        };
        out.extend(0x0403_4b50u32.to_le_bytes());
        fixed(&mut out);
        out.extend(name.as_bytes());
        out.extend(*data);
        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(20u16.to_le_bytes()); // version made by
        fixed(&mut central);
        central.extend([0u8; 6]); // comment len, disk, internal attrs
        central.extend(0u32.to_le_bytes()); // external attrs
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let cd_offset = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(cd_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

fuzz_target!(|data: &[u8]| {
    let entries: Vec<(&str, &[u8])> = PARTS.iter().copied().zip(data.split(|b| *b == 0)).collect();
    let bytes = zip(&entries);
    let _ = plandiff::ingest::read(&bytes, "x.docx");
    let _ = plandiff::parse(&bytes, "x.docx");
});
