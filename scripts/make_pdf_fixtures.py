#!/usr/bin/env python3
"""Writes the PDF fixtures of tests/fixtures/pdf/ from their text twin, plan.txt.

The PDFs are committed, so the tests need no Python; run this again only to change them:

    pip install reportlab==4.* pillow   # reportlab 4 or 5, from PyPI
    python3 scripts/make_pdf_fixtures.py [TEXT [OUT_DIR]]

Each PDF lays the same plan out as a government PDF does: A4, a paragraph's first line indented
two characters, lines wrapped at the right margin in the middle of a sentence.

    ttf.pdf    embedded TrueType subset with a ToUnicode map (reportlab + WenQuanYi Micro Hei,
               Debian's fonts-wqy-microhei)
    cid.pdf    predefined CJK CMap (UniGB-UCS2-H, STSong-Light), no font embedded
    gbk.pdf    predefined CJK CMap GBK-EUC-H (strings in GBK bytes), no font embedded, written
               by hand: reportlab only writes UCS-2 CMaps
    pages.pdf  a running header and page numbers (— 1 —) on every page, the text flowing
               from page to page in the middle of a sentence
    scan.pdf   a page that is only a picture (a scan without a text layer)
    encrypted.pdf  ttf.pdf's first lines behind a user password (for the bad-input tests)
    plan.ofd   the same plan as OFD (GB/T 33190): a zip of XML, TextObject/TextCode placed in mm,
               a running header and page numbers on its two pages
    landscape.pdf  the plan on landscape pages (842 × 595), page numbers at the foot
    rotated.pdf    the same pages kept portrait with /Rotate 90, the text drawn going up the
                   portrait page, so that it reads upright on the turned page (how some drivers
                   print a landscape section)
    table.pdf  a 分工表 from its own twin table.txt (tab-separated rows): a ruled table whose
               cells wrap over several lines, headers centred, group rows across the table

With a TEXT argument (e.g. a corpus document) only ttf.pdf is written, into OUT_DIR: that is
how the corpus is checked as PDF without committing anything derived from it.
"""

import io
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "tests", "fixtures", "pdf")
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

WIDTH, HEIGHT = A4
MARGIN_X = 72
TOP = HEIGHT - 90
BOTTOM = 80
SIZE = 12
LEADING = 22


def char_width(c):
    """Advance of a character in em: CJK and full-width forms 1, the rest 0.5."""
    return 0.5 if ord(c) < 0x2E80 else 1.0


def wrap(paragraph, measure=None, size=SIZE, width=WIDTH - 2 * MARGIN_X):
    """The paragraph's lines: the first indented two characters, each filled to the margin.

    `measure(c)` is a character's advance in points (the font's own widths, as a PDF writer
    wraps); without it, 1 em for CJK and half for the rest."""
    lines, line, used = [], "", 2.0 * size
    first = True
    for c in paragraph:
        w = measure(c) if measure else char_width(c) * size
        if used + w > width and line:
            lines.append((first, line))
            first, line, used = False, "", 0.0
        line += c
        used += w
    if line:
        lines.append((first, line))
    return lines


def laid_out(text, measure=None, width=WIDTH - 2 * MARGIN_X):
    """(indented, line) for every printed line of the plan."""
    out = []
    for paragraph in text.splitlines():
        if paragraph.strip():
            out.extend(wrap(paragraph.strip(), measure, width=width))
    return out


def draw(path, text, font, header=None, numbers=False, leading=LEADING, encrypt=None,
         landscape=False, rotated=False):
    """The plan on A4 pages; `landscape`: on 842 × 595 pages; `rotated`: those pages kept
    portrait with /Rotate 90, the content drawn through a quarter turn (what reads upright
    once the page is turned, as some drivers print a landscape section)."""
    width, height = (HEIGHT, WIDTH) if landscape else (WIDTH, HEIGHT)
    # reportlab takes the size as shown: with /Rotate 90 its MediaBox is the portrait A4.
    c = canvas.Canvas(path, pagesize=(width, height), invariant=1, encrypt=encrypt)
    c.setTitle("示例市工作要点")
    page = 1

    def chrome():
        if rotated:
            c.setPageRotation(90)
            # Landscape (X, Y) → portrait (595 - Y, X): turned clockwise it reads upright.
            c.transform(0, 1, -1, 0, WIDTH, 0)
        c.setFont(font, 9)
        if header:
            c.drawCentredString(width / 2, height - 50, header)
        if numbers:
            c.drawCentredString(width / 2, 40, "— %d —" % page)

    chrome()
    top = y = height - 90
    measure = lambda ch: pdfmetrics.stringWidth(ch, font, SIZE)  # noqa: E731
    for indented, line in laid_out(text, measure, width - 2 * MARGIN_X):
        if y < BOTTOM:
            c.showPage()
            page += 1
            chrome()
            y = top
        c.setFont(font, SIZE)
        c.drawString(MARGIN_X + (2 * SIZE if indented else 0), y, line)
        y -= leading
    c.save()


def gbk_pdf(path, text):
    """A PDF whose font is STSong-Light through the predefined CMap GBK-EUC-H, not embedded."""
    pages, ops, y = [], [], TOP
    for indented, line in laid_out(text):
        if y < BOTTOM:
            pages.append(ops)
            ops, y = [], TOP
        x = MARGIN_X + (2 * SIZE if indented else 0)
        ops.append("BT /F1 %d Tf %d %d Td <%s> Tj ET" % (SIZE, x, y, line.encode("gbk").hex()))
        y -= LEADING
    pages.append(ops)

    objects = {}
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    font = 3
    objects[font] = (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /GBK-EUC-H "
        b"/DescendantFonts [4 0 R] >>"
    )
    objects[4] = (
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
        b"/FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>"
    )
    objects[5] = (
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
        b"/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 "
        b"/CapHeight 880 /StemV 93 >>"
    )
    kids = []
    next_id = 6
    for ops in pages:
        content = "\n".join(ops).encode("ascii")
        page_id, content_id = next_id, next_id + 1
        next_id += 2
        kids.append(page_id)
        objects[page_id] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_id
        )
        objects[content_id] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    write_objects(path, objects)


def write_objects(path, objects):
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objects):
        offsets[n] = out.tell()
        out.write(b"%d 0 obj\n%s\nendobj\n" % (n, objects[n]))
    xref = out.tell()
    count = max(objects) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % count)
    for n in range(1, count):
        out.write(b"%010d 00000 n \n" % offsets[n])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (count, xref))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def ofd(path, text):
    """An OFD: OFD.xml → Doc_0/Document.xml → one Content.xml per page, text in TextCodes."""
    import zipfile

    mm = 25.4 / 72
    size = 4.2
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    pages, objects, y = [], [], 30.0
    for indented, line in laid_out(text):
        if y > 250:
            pages.append(objects)
            objects, y = [], 30.0
        x = MARGIN_X * mm + (2 * size if indented else 0)
        deltas = []
        for c in line[:-1]:
            deltas.append("%.2f" % (char_width(c) * SIZE * mm))
        objects.append((x, y, line, " ".join(deltas)))
        y += 12.0
    pages.append(objects)

    def content(n, objects):
        items = []
        chrome = [(95.0, 15.0, "示例市人民政府办公室文件"), (100.0, 285.0, "— %d —" % n)]
        for i, (x, y, line, deltas) in enumerate(
            [(x, y, line, "") for x, y, line in chrome] + objects
        ):
            items.append(
                '<ofd:TextObject ID="%d" Boundary="%.2f %.2f 170 6" Font="1" Size="%.1f">'
                '<ofd:TextCode X="0" Y="%.1f" DeltaX="%s">%s</ofd:TextCode></ofd:TextObject>'
                % (100 + i, x, y - size, size, size, deltas, line.replace("&", "&amp;").replace("<", "&lt;"))
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><ofd:Page %s><ofd:Content><ofd:Layer ID="2">%s'
            "</ofd:Layer></ofd:Content></ofd:Page>" % (ns, "".join(items))
        )

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        def put(name, data):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)

        put(
            "OFD.xml",
            '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD %s Version="1.0" DocType="OFD">'
            "<ofd:DocBody><ofd:DocInfo><ofd:Title>示例市工作要点</ofd:Title></ofd:DocInfo>"
            "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>" % ns,
        )
        page_list = "".join(
            '<ofd:Page ID="%d" BaseLoc="Pages/Page_%d/Content.xml"/>' % (10 + i, i)
            for i in range(len(pages))
        )
        put(
            "Doc_0/Document.xml",
            '<?xml version="1.0" encoding="UTF-8"?><ofd:Document %s><ofd:CommonData>'
            '<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>'
            "</ofd:CommonData><ofd:Pages>%s</ofd:Pages></ofd:Document>" % (ns, page_list),
        )
        for i, objects in enumerate(pages):
            put("Doc_0/Pages/Page_%d/Content.xml" % i, content(i + 1, objects))


COLUMNS = [36, 175, 85, 85, 70]  # 序号 工作任务 牵头单位 责任单位 完成时限: 451 pt
CELL_SIZE = 10
CELL_LEADING = 14
PAD = 4


def cell_lines(text, width, font):
    """A cell's text wrapped to its width (the font's own widths), no indent."""
    lines, line, used = [], "", 0.0
    for c in text:
        w = pdfmetrics.stringWidth(c, font, CELL_SIZE)
        if used + w > width - 2 * PAD and line:
            lines.append(line)
            line, used = "", 0.0
        line += c
        used += w
    return lines + [line] if line else lines


def table_pdf(path, text, font="WQY"):
    """The plan of table.txt: title, a paragraph, a ruled 分工表 whose rows are the lines with
    tabs (the first is the header; a line without tabs inside it is a group row across the
    table), then a closing paragraph."""
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("示例市政务公开重点工作任务分工")
    lines = text.splitlines()
    first_row = next(i for i, l in enumerate(lines) if "\t" in l)
    last_row = max(i for i, l in enumerate(lines) if "\t" in l)
    y = TOP
    c.setFont(font, 16)
    c.drawCentredString(WIDTH / 2, y, lines[0])
    y -= 36
    measure = lambda ch: pdfmetrics.stringWidth(ch, font, SIZE)  # noqa: E731
    for paragraph in lines[1:first_row]:
        for indented, line in wrap(paragraph, measure):
            c.setFont(font, SIZE)
            c.drawString(MARGIN_X + (2 * SIZE if indented else 0), y, line)
            y -= LEADING
    top = y + LEADING - 10
    c.setLineWidth(0.5)
    for n, row in enumerate(lines[first_row:last_row + 1]):
        cells = row.split("\t") if "\t" in row else None
        if cells is None:  # a group row: one cell across the table
            wrapped = [cell_lines(row, sum(COLUMNS), font)]
            widths = [sum(COLUMNS)]
        else:
            wrapped = [cell_lines(t, w, font) for t, w in zip(cells, COLUMNS)]
            widths = COLUMNS
        height = max(len(w) for w in wrapped) * CELL_LEADING + 2 * PAD
        x = MARGIN_X
        c.setFont(font, CELL_SIZE)
        for cell, w in zip(wrapped, widths):
            for k, line in enumerate(cell):
                base = top - PAD - CELL_SIZE - k * CELL_LEADING + 1
                centred = n == 0 or (cells is not None and w == COLUMNS[0])
                if centred:
                    c.drawCentredString(x + w / 2, base, line)
                else:
                    c.drawString(x + PAD, base, line)
            c.rect(x, top - height, w, height)
            x += w
        top -= height
    y = top - 30
    for paragraph in lines[last_row + 1:]:
        for indented, line in wrap(paragraph, measure):
            c.setFont(font, SIZE)
            c.drawString(MARGIN_X + (2 * SIZE if indented else 0), y, line)
            y -= LEADING
    c.save()


def scan_pdf(path):
    """One page holding only a picture: grey bars where a scan would have lines of text."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (420, 594), 255)
    d = ImageDraw.Draw(img)
    for row in range(60, 560, 24):
        d.rectangle([40, row, 380 - (row * 7) % 90, row + 10], fill=90)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    from reportlab.lib.utils import ImageReader

    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, WIDTH, HEIGHT)
    c.save()


def main():
    pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    if len(sys.argv) > 1:
        text = open(sys.argv[1], encoding="utf-8").read()
        out = sys.argv[2] if len(sys.argv) > 2 else "."
        name = os.path.splitext(os.path.basename(sys.argv[1]))[0] + ".pdf"
        draw(os.path.join(out, name), text, "WQY", numbers=True)
        return
    text = open(os.path.join(FIXTURES, "plan.txt"), encoding="utf-8").read()
    draw(os.path.join(FIXTURES, "ttf.pdf"), text, "WQY")
    draw(os.path.join(FIXTURES, "cid.pdf"), text, "STSong-Light")
    gbk_pdf(os.path.join(FIXTURES, "gbk.pdf"), text)
    draw(
        os.path.join(FIXTURES, "pages.pdf"),
        text,
        "WQY",
        header="示例市人民政府办公室文件",
        numbers=True,
        leading=36,
    )
    scan_pdf(os.path.join(FIXTURES, "scan.pdf"))
    draw(os.path.join(FIXTURES, "encrypted.pdf"), text[:200], "WQY", encrypt="示例")
    ofd(os.path.join(FIXTURES, "plan.ofd"), text)
    draw(os.path.join(FIXTURES, "landscape.pdf"), text, "WQY", numbers=True, landscape=True)
    draw(
        os.path.join(FIXTURES, "rotated.pdf"),
        text,
        "WQY",
        numbers=True,
        landscape=True,
        rotated=True,
    )
    table = open(os.path.join(FIXTURES, "table.txt"), encoding="utf-8").read()
    table_pdf(os.path.join(FIXTURES, "table.pdf"), table)


if __name__ == "__main__":
    main()
