#!/usr/bin/env python3
"""Fills corpus/<target>/ with seeds made from ../tests/fixtures (the invented 示例市 plans).

parse: each fixture with the leading byte that picks its file name (0 .txt, 1 .md, 2 .html),
and each .txt also as a page (2) and with no extension (4); docx: each fixture's lines as the
paragraphs of word/document.xml, NUL, a numbering.xml, NUL, a styles.xml; compare: fixture
pairs joined by NUL; html: the .html fixtures and each .txt wrapped in a page; pdf: the
fixture PDFs whole, their content streams inflated, and each .txt's lines as a content stream.
"""
import html
import pathlib
import re
import zlib

HERE = pathlib.Path(__file__).resolve().parent
FIXTURES = HERE.parent / "tests" / "fixtures"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NUMBERING = (
    f"<w:numbering {W}><w:abstractNum w:abstractNumId=\"0\">"
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlRestart w:val="1"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="3"/></w:lvlOverride></w:num>'
    "</w:numbering>"
)
STYLES = (
    f"<w:styles {W}><w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="H2"><w:basedOn w:val="H1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
    "</w:styles>"
)


def document_xml(text: str) -> str:
    paragraphs = []
    for i, line in enumerate(text.splitlines()):
        style = ["", '<w:pPr><w:pStyle w:val="H2"/></w:pPr>', '<w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr>'][i % 3]
        paragraphs.append(f"<w:p>{style}<w:r><w:t>{html.escape(line)}</w:t></w:r></w:p>")
    return f"<w:document {W}><w:body>{''.join(paragraphs)}</w:body></w:document>"


def content_stream(text: str) -> bytes:
    """A page's content stream showing `text` line by line (ASCII as literal strings, the rest
    as UTF-16BE hex strings, as a CID font would hold it), with the operators the reader handles."""
    ops = ["BT", "/F1 12 Tf", "14 TL", "72 800 Td"]
    for i, line in enumerate(text.splitlines()[:60]):
        if line.isascii():
            esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            shown = f"({esc}) Tj"
        else:
            shown = f"[<{line.encode('utf-16-be').hex()}> -120 <0020>] TJ"
        ops.append(["T*", "0 -14 Td", "1 0 0 1 72 %d Tm" % (780 - 14 * i)][i % 3] + " " + shown)
    ops.append("ET")
    return "\n".join(ops).encode()


def pdf_seeds(corpus: pathlib.Path, texts: list) -> None:
    for p in sorted((FIXTURES / "pdf").glob("*.pdf")):
        data = p.read_bytes()
        (corpus / "pdf" / p.name).write_bytes(data)
        for i, m in enumerate(re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S)):
            try:
                inflated = zlib.decompress(m.group(1))
            except zlib.error:
                continue
            if b"BT" in inflated:
                (corpus / "pdf" / f"{p.stem}.{i}.content").write_bytes(inflated)
    for p in texts:
        if p.suffix == ".txt":
            text = p.read_bytes().decode("utf-8", "replace")
            (corpus / "pdf" / (p.name + ".content")).write_bytes(content_stream(text))


def main() -> None:
    corpus = HERE / "corpus"
    texts = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".html"))
    for target in ("parse", "docx", "compare", "html", "pdf"):
        (corpus / target).mkdir(parents=True, exist_ok=True)
    pick = {".txt": 0, ".md": 1, ".html": 2}
    for p in texts:
        data = p.read_bytes()
        (corpus / "parse" / p.name).write_bytes(bytes([pick[p.suffix]]) + data)
        if p.suffix == ".html":
            (corpus / "html" / p.name).write_bytes(data)
            continue
        text = data.decode("utf-8", "replace")
        (corpus / "parse" / (p.name + ".noext")).write_bytes(b"\x04" + data)
        page = f"<html><head><title>{html.escape(text[:20])}</title><script>var a='<p>';</script></head><body><!-- nav --><p>" + "</p><p>".join(html.escape(l) for l in text.splitlines()) + "</p></body></html>"
        (corpus / "html" / (p.name + ".html")).write_bytes(page.encode())
        docx = "\0".join([document_xml(text), NUMBERING, STYLES]).encode()
        (corpus / "docx" / p.name).write_bytes(docx)
    pairs = sorted(p for p in FIXTURES.glob("*_a.txt"))
    for a in pairs:
        b = a.with_name(a.name[:-6] + "_b.txt")
        if b.exists():
            (corpus / "compare" / a.name).write_bytes(a.read_bytes() + b"\0" + b.read_bytes())
    # Plans of one family side by side (renumbered, reordered versions of the same kind).
    for x, y in zip(texts, texts[1:]):
        if x.suffix == y.suffix == ".txt":
            (corpus / "compare" / f"{x.stem}+{y.stem}").write_bytes(x.read_bytes() + b"\0" + y.read_bytes())
    pdf_seeds(corpus, texts)
    for target in ("parse", "docx", "compare", "html", "pdf"):
        print(target, len(list((corpus / target).iterdir())), "seeds")


if __name__ == "__main__":
    main()
