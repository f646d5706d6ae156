// End-to-end test of the built page (dist/index.html) in Debian's Chromium via playwright-core.
// Serves dist/ on 127.0.0.1 with node's http, drives the page like a user, checks what it shows,
// then opens the same single file from file://. Screenshots go to target/screenshots/.
// Run by scripts/test.sh after `cargo xtask build`; no browser is downloaded.
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { readFileSync, mkdirSync, existsSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// PLANDIFF_E2E_PAGE: another built page to drive (e.g. an older build, for before/after timings).
const dist = process.env.PLANDIFF_E2E_PAGE || join(root, "dist", "index.html");
const targetDir = process.env.CARGO_TARGET_DIR || join(root, "target");
const shots = join(targetDir, "screenshots");
const examples = join(root, "src", "app", "examples");
const fileA = join(examples, "plan_2023.txt");
const fileB = join(examples, "plan_2024.txt");
const CHROMIUM_FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

if (!existsSync(dist)) {
  console.error(`${dist} missing: run \`cargo xtask build\` first`);
  process.exit(1);
}
mkdirSync(shots, { recursive: true });

/** Serves the single built page; any other path is 404 (the page must need nothing else). */
function serve() {
  const html = readFileSync(dist);
  const server = createServer((req, res) => {
    if (req.url === "/" || req.url === "/index.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(html);
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** A page that fails the test on any console error, page error or request beyond the page. */
async function openPage(browser, url, problems, { olderBrowser = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  // A browser before `Uint8Array.fromBase64` (Chromium < 140, Firefox < 133): the boot's fallback.
  if (olderBrowser) await context.addInitScript(() => { delete Uint8Array.fromBase64; });
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("request", (r) => {
    if (r.url() !== url && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) {
      problems.push(`unexpected request: ${r.url()}`);
    }
  });
  await page.goto(url);
  try {
    await page.locator("[data-testid=file-a]").waitFor({ state: "attached", timeout: 10000 });
  } catch (e) {
    throw new Error(`the page did not start: ${problems.join("; ") || e.message}`);
  }
  return { context, page };
}

/** `plandiff compare A B --json` from the release CLI (built by scripts/test.sh). */
function cliCompare(a, b) {
  const cli = join(targetDir, "release", "plandiff");
  if (!existsSync(cli)) throw new Error(`${cli} missing: run \`cargo build --release --bin plandiff\``);
  return JSON.parse(execFileSync(cli, ["compare", a, b, "--json"], { encoding: "utf8", maxBuffer: 1 << 28 }));
}

/** Sets both files and waits until the page shows the summary (or an error). */
async function loadPair(page, a, b) {
  await page.locator("[data-testid=file-a]").setInputFiles(a);
  await page.locator("[data-testid=file-info-a]").waitFor();
  await page.locator("[data-testid=file-b]").setInputFiles(b);
  await page.locator("[data-testid=summary], [data-testid=error]").first().waitFor();
}

/** What the page shows, in the CLI's terms. */
async function pageResult(page) {
  const summary = page.locator("[data-testid=summary]");
  const attr = async (name) => Number(await summary.getAttribute(name));
  return {
    summary: {
      pairs: await attr("data-pairs"), a_only: await attr("data-a-only"), b_only: await attr("data-b-only"),
      target_changes: await attr("data-target-changes"), unit_changes: await attr("data-unit-changes"),
    },
    pairs: await page.$$eval("[data-testid=pair]", (els) => els.map((e) => ({ a: e.dataset.a, b: e.dataset.b, kind: e.dataset.kind }))),
    a_only: await page.$$eval("[data-testid=a-only]", (els) => els.map((e) => e.dataset.id)),
    b_only: await page.$$eval("[data-testid=b-only]", (els) => els.map((e) => e.dataset.id)),
  };
}

const byPair = (x, y) => (x.a + "|" + x.b).localeCompare(y.a + "|" + y.b);
/** The CLI's comparison reduced to what the page's contract exposes. */
function cliResult(json) {
  return {
    summary: {
      pairs: json.summary.pairs, a_only: json.summary.a_only, b_only: json.summary.b_only,
      target_changes: json.summary.target_changes, unit_changes: json.summary.unit_changes,
    },
    pairs: json.pairs.map((p) => ({ a: p.a, b: p.b, kind: p.kind })).sort(byPair),
    a_only: [...json.a_only].sort(),
    b_only: [...json.b_only].sort(),
  };
}
const sorted = (r) => ({ ...r, pairs: [...r.pairs].sort(byPair), a_only: [...r.a_only].sort(), b_only: [...r.b_only].sort() });

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test("an older browser (no Uint8Array.fromBase64) starts from file:// and compares the sample", async (browser) => {
  const problems = [];
  const url = pathToFileURL(dist).href;
  const started = Date.now();
  const { context, page } = await openPage(browser, url, problems, { olderBrowser: true });
  const ready = Date.now() - started;
  assert.equal(await page.evaluate(() => typeof Uint8Array.fromBase64), "undefined");
  await loadPair(page, fileA, fileB);
  assert.deepEqual(sorted(await pageResult(page)), cliResult(cliCompare(fileA, fileB)));
  assert.deepEqual(problems, []);
  await context.close();
  console.log(`     started in ${ready} ms (information; scripts/bench_page.sh measures it)`);
});

test("start screen: two file inputs in drop zones, no error", async (browser, base) => {
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  for (const side of ["a", "b"]) {
    const input = page.locator(`input[type=file][data-testid=file-${side}]`);
    assert.equal(await input.count(), 1);
    assert.equal(await input.evaluate((el) => !!el.closest(".drop-zone")), true);
  }
  assert.equal(await page.locator("[data-testid=error]").count(), 0);
  await page.screenshot({ path: join(shots, "start.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("both files read: names and sizes shown; a bad file shows an error, the other stays", async (browser, base) => {
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  await page.locator("[data-testid=file-a]").setInputFiles(fileA);
  await page.locator("[data-testid=file-b]").setInputFiles(fileB);
  for (const [side, path, name] of [["a", fileA, "plan_2023.txt"], ["b", fileB, "plan_2024.txt"]]) {
    const info = page.locator(`[data-testid=file-info-${side}]`);
    await info.waitFor();
    const text = await info.textContent();
    assert.ok(text.includes(name), `${side}: ${text}`);
    const size = statSync(path).size;
    const shown = size < 1024 ? `${size} 字节` : `${(size / 1024).toFixed(1)} KB`;
    assert.ok(text.includes(shown), `${side} size ${shown}: ${text}`);
  }
  await page.screenshot({ path: join(shots, "loaded.png"), fullPage: true });

  await page.locator("[data-testid=file-b]").setInputFiles({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  // The message names the file (an earlier message about the previous file may be replaced).
  await page.locator(".side-b [data-testid=error]", { hasText: "empty.txt" }).waitFor();
  assert.ok((await page.locator("[data-testid=file-info-a]").textContent()).includes("plan_2023.txt"));
  await page.screenshot({ path: join(shots, "error.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("files given as a user gives them: two on one box, swap, clear, dropped outside, too many", async (browser, base) => {
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  const info = async (side) => page.locator(`[data-testid=file-info-${side}]`).textContent();
  // Two files chosen in A's box: the second goes to B, and the comparison follows.
  await page.locator("[data-testid=file-a]").setInputFiles([fileA, fileB]);
  await page.locator("[data-testid=summary]").waitFor();
  assert.ok((await info("a")).includes("plan_2023.txt"));
  assert.ok((await info("b")).includes("plan_2024.txt"));
  const before = await pageResult(page);
  // Swap: names change sides, the comparison mirrors (as many pairs, only-in-A ↔ only-in-B).
  await page.locator("[data-testid=swap]").click();
  await page.locator("[data-testid=file-info-a]", { hasText: "plan_2024.txt" }).waitFor();
  await page.locator("[data-testid=summary]").waitFor();
  await page.waitForFunction(() => !document.querySelector("[data-testid=busy]"));
  const swapped = await pageResult(page);
  assert.equal(swapped.summary.pairs, before.summary.pairs);
  assert.equal(swapped.summary.a_only, before.summary.b_only);
  assert.equal(swapped.summary.b_only, before.summary.a_only);
  // Clear B: its file and the comparison are gone, A stays.
  await page.locator("[data-testid=clear-b]").click();
  await page.locator("[data-testid=file-info-b]").waitFor({ state: "detached" });
  assert.equal(await page.locator("[data-testid=summary]").count(), 0);
  assert.ok((await info("a")).includes("plan_2024.txt"));
  // A file dropped outside the boxes fills the empty side instead of opening in the browser.
  const dropOutside = (name) => page.evaluate((name) => {
    const dt = new DataTransfer();
    dt.items.add(new File(["示例市2023年工作要点\n一、加强学法\n（一）落实学法制度。每年学法不少于4次。（牵头单位：示例市司法局）\n"], name, { type: "text/plain" }));
    const ev = new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true });
    document.querySelector("header").dispatchEvent(ev);
    return ev.defaultPrevented;
  }, name);
  assert.equal(await dropOutside("outside.txt"), true, "the browser must not open the file");
  await page.locator("[data-testid=file-info-b]", { hasText: "outside.txt" }).waitFor();
  // Both full: a file dropped outside replaces nothing and the page says where to drop it.
  await dropOutside("again.txt");
  const notice = page.locator("[data-testid=notice]");
  await notice.waitFor();
  assert.ok((await notice.textContent()).includes("A 或 B"), await notice.textContent());
  assert.ok((await info("b")).includes("outside.txt"));
  // Three files on one box: the first two are used, and that is said.
  await page.locator("[data-testid=file-b]").setInputFiles([fileB, fileA, fileA]);
  await page.locator("[data-testid=notice]", { hasText: "前两份" }).waitFor();
  await page.locator("[data-testid=file-info-b]", { hasText: "plan_2024.txt" }).waitFor();
  await page.locator("[data-testid=file-info-a]", { hasText: "plan_2023.txt" }).waitFor();
  await page.screenshot({ path: join(shots, "files-given.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("accessibility: axe-core finds no violation on the start screen and in every view, desktop and phone", async (browser, base) => {
  // axe-core from npm (tests/e2e/package.json), evaluated through the debugging protocol.
  const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  const found = [];
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(base);
    await page.locator("[data-testid=file-a]").waitFor({ state: "attached" });
    await page.evaluate(axeSource);
    const check = async (where) => {
      const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
      for (const v of result.violations) {
        found.push(`${width}px ${where}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      }
    };
    await check("start");
    await loadPair(page, fileA, fileB);
    await page.locator("[data-testid=pair]").first().click();
    for (const view of ["by-task", "by-agency", "targets", "documents"]) {
      await page.locator(`[data-testid=view-${view}]`).click();
      await check(view);
    }
    await context.close();
  }
  assert.deepEqual(found, []);
});

test("more files: lineages over the years and across places equal `plandiff track` / `matrix`, worked out in the worker", async (browser, base) => {
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  const years = ["2021", "2022", "2023", "2024"].map((y) => join(root, "tests", "fixtures", `track_${y}.txt`));
  const cli = join(targetDir, "release", "plandiff");
  await page.locator("[data-testid=series] > summary").click();
  await page.locator("[data-testid=series-files]").setInputFiles(years);
  assert.equal(await page.locator("[data-testid=series-names] li").count(), 4);
  for (const [button, command] of [["series-track", "track"], ["series-matrix", "matrix"]]) {
    const jobs = await page.evaluate(() => (globalThis.plandiffJobs || {}).worker || 0);
    await page.locator(`[data-testid=${button}]`).click();
    await page.locator(`[data-testid=lineages][data-places=${command === "matrix"}]`).waitFor();
    const rows = await page.$$eval("[data-testid=lineage]", (els) => els.map((e) => e.dataset.ids));
    const want = JSON.parse(execFileSync(cli, [command, ...years], { encoding: "utf8" }));
    assert.deepEqual(rows, want.lineages.map((l) => l.cells.map((c) => c.ids.join(",")).join("|")), command);
    assert.ok(rows.length > 0);
    assert.equal(await page.evaluate(() => globalThis.plandiffJobs.worker), jobs + 1, "the work ran in the worker");
    await page.screenshot({ path: join(shots, `series-${command}.png`), fullPage: true });
  }
  // A long series renders its first rows at once and the rest on 显示更多.
  const plan = (year) => ({
    name: `long_${year}.txt`, mimeType: "text/plain",
    buffer: Buffer.from([`示例市${year}年工作要点`, "一、各项工作",
      ...Array.from({ length: 80 }, (_, i) => `${i + 1}. 推进第${i + 1}号专项工作，全年开展检查不少于${i + 2}次。（牵头单位：示例市第${i + 1}局）`)].join("\n")),
  });
  await page.locator("[data-testid=series-files]").setInputFiles([plan(2024), plan(2025), plan(2026)]);
  await page.locator("[data-testid=series-track]").click();
  await page.locator("[data-testid=series-more]").waitFor();
  assert.equal(await page.locator("[data-testid=lineage]").count(), 60);
  await page.locator("[data-testid=series-more]").click();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=lineage]").length === 80);
  assert.equal(await page.locator("[data-testid=series-more]").count(), 0);
  // One file is not a series: said, not attempted.
  await page.locator("[data-testid=series-files]").setInputFiles(years.slice(0, 1));
  await page.locator("[data-testid=series-track]").click();
  await page.locator("[data-testid=series-error]").waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("single-file build works from file://", async (browser) => {
  const problems = [];
  const url = pathToFileURL(dist).href;
  const { context, page } = await openPage(browser, url, problems);
  await page.locator("[data-testid=file-a]").setInputFiles(fileA);
  await page.locator("[data-testid=file-info-a]").waitFor();
  await page.screenshot({ path: join(shots, "file-url.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

/** True when the core finds tasks in the examples (false while the core is a stub). */
const cliSeed = cliCompare(fileA, fileB);
const coreReady = cliSeed.a.tasks.length > 0 && cliSeed.b.tasks.length > 0;
const withCore = (name, fn) =>
  test(name, async (browser, base) => {
    if (!coreReady) return "skipped: the core finds no tasks yet (stub)";
    return fn(browser, base);
  });

withCore("summary and every pair equal `plandiff compare --json`", async (browser, base) => {
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  await loadPair(page, fileA, fileB);
  assert.deepEqual(sorted(await pageResult(page)), cliResult(cliSeed));
  assert.deepEqual(problems, []);
  await context.close();
});

const pdfDir = join(root, "tests", "fixtures", "pdf");

/** Sets both files and waits until each side shows its name and their comparison is shown (no
 * job left: a summary of the files before may still be on the page meanwhile). */
async function loadNamedPair(page, a, b) {
  for (const [side, path] of [["a", a], ["b", b]]) {
    await page.locator(`[data-testid=file-${side}]`).setInputFiles(path);
    await page.locator(`[data-testid=file-info-${side}]`, { hasText: path.split("/").pop() }).waitFor();
  }
  await page.waitForFunction(() => !document.querySelector("[data-testid=busy]") && document.querySelector("[data-testid=summary]"));
}

withCore("goal targets: the summary counts and the targets view lists the two plans' goal target changes as the CLI does", async (browser, base) => {
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  const fixtures = join(root, "tests", "fixtures");
  const [a, b] = [join(fixtures, "compare_goals_a.txt"), join(fixtures, "compare_goals_b.txt")];
  await loadPair(page, a, b);
  const cli = cliCompare(a, b);
  const changed = cli.goal_targets.filter((t) => t.change !== "same").length;
  assert.ok(changed > 0, "the fixture's goals change");
  const summary = page.locator("[data-testid=summary]");
  assert.equal(Number(await summary.getAttribute("data-goal-target-changes")), cli.summary.goal_target_changes);
  assert.equal(cli.summary.goal_target_changes, changed);
  await page.locator("[data-testid=view-targets]").click();
  await page.locator("[data-testid=goal-target-change]").first().waitFor();
  assert.equal(await page.locator("[data-testid=goal-target-change]").count(), changed);
  await page.screenshot({ path: join(shots, "goal-targets.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(shots, "goal-targets-390.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

withCore("a PDF and its .txt twin: read in the worker by the PDF module, compiled only once a PDF arrives; the result equals the CLI", async (browser, base) => {
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  // Text files first: the PDF module stays base64 text, never compiled.
  await loadPair(page, fileA, fileB);
  assert.equal(await page.evaluate(() => globalThis.plandiffPdf), undefined, "PDF module compiled before any PDF");
  // The status line says a PDF is being read (recorded as it appears: it may be brief).
  await page.evaluate(() => {
    window.__pdfStatus = [];
    new MutationObserver(() => {
      const busy = document.querySelector("[data-testid=busy][data-pdf=true]");
      if (busy && !window.__pdfStatus.includes(busy.textContent)) window.__pdfStatus.push(busy.textContent);
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
  });
  const jobs = await page.evaluate(() => ({ ...globalThis.plandiffJobs }));
  const [pdf, twin] = [join(pdfDir, "ttf.pdf"), join(pdfDir, "plan.txt")];
  await loadNamedPair(page, pdf, twin);
  assert.deepEqual(sorted(await pageResult(page)), cliResult(cliCompare(pdf, twin)));
  assert.deepEqual(await page.evaluate(() => globalThis.plandiffPdf), { compiled: 1 }, "compiled once, in the worker");
  const after = await page.evaluate(() => globalThis.plandiffJobs);
  assert.equal(after.main || 0, jobs.main || 0, "no job ran on the main thread");
  assert.ok(after.worker >= jobs.worker + 3, `read, read, compared in the worker: ${JSON.stringify(after)}`);
  const status = await page.evaluate(() => window.__pdfStatus);
  assert.ok(status.some((t) => t.includes("PDF")), `status line: ${JSON.stringify(status)}`);
  await page.screenshot({ path: join(shots, "pdf.png"), fullPage: true });
  // Two more PDFs, a GBK one through the browser's decoder: the module is not compiled again.
  const [gbk, cid] = [join(pdfDir, "gbk.pdf"), join(pdfDir, "cid.pdf")];
  await loadNamedPair(page, gbk, cid);
  assert.deepEqual(sorted(await pageResult(page)), cliResult(cliCompare(gbk, cid)));
  assert.deepEqual(await page.evaluate(() => globalThis.plandiffPdf), { compiled: 1 });
  // A scan and a password-protected PDF: the core's message, in Chinese.
  for (const [name, words] of [["scan.pdf", ["扫描件", "OCR"]], ["encrypted.pdf", ["加密"]]]) {
    await page.locator("[data-testid=file-b]").setInputFiles(join(pdfDir, name));
    const error = page.locator(".side-b [data-testid=error]", { hasText: name });
    await error.waitFor();
    const text = await error.textContent();
    for (const w of words) assert.ok(text.includes(w), `${name}: ${text}`);
  }
  await page.screenshot({ path: join(shots, "pdf-scan.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(shots, "pdf-scan-390.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

withCore("the example button loads both example plans and compares them", async (browser, base) => {
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  await page.locator("[data-testid=example]").click();
  await page.locator("[data-testid=summary]").waitFor();
  const shown = sorted(await pageResult(page));
  assert.deepEqual(shown.summary, cliResult(cliSeed).summary);
  assert.deepEqual(shown.pairs, cliResult(cliSeed).pairs);
  await page.screenshot({ path: join(shots, "example.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

withCore("filters, search, opening a row, keyboard", async (browser, base) => {
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  await loadPair(page, fileA, fileB);
  const visible = (sel) => page.locator(`${sel}:not([hidden])`).count();
  await page.locator("[data-testid=filter-new]").click();
  assert.equal(await visible("[data-testid=b-only]"), cliSeed.b_only.length);
  assert.equal(await visible("[data-testid=pair]") + await visible("[data-testid=a-only]"), 0);
  await page.locator("[data-testid=filter-dropped]").click();
  assert.equal(await visible("[data-testid=a-only]"), cliSeed.a_only.length);
  await page.locator("[data-testid=filter-changed]").click();
  assert.equal(await visible("[data-testid=pair]"), cliSeed.pairs.filter((p) => p.changed).length);
  await page.locator("[data-testid=filter-all]").click();
  // Pairs stay in the DOM whatever the filter: the contract lists them all.
  assert.equal(await page.locator("[data-testid=pair]").count(), cliSeed.pairs.length);

  // Search narrows to rows whose text contains the word.
  const word = cliSeed.b.tasks[0].text.slice(0, 4);
  await page.locator("[data-testid=search]").fill(word);
  const rowsShown = await page.locator("ol.rows > li:not([hidden])").count();
  assert.ok(rowsShown >= 1 && rowsShown < cliSeed.pairs.length + cliSeed.a_only.length + cliSeed.b_only.length, `search kept ${rowsShown}`);
  await page.locator("[data-testid=search]").fill("");

  // Open the first changed pair with the keyboard: focus, j to move, Enter opens, Esc closes.
  const firstHead = page.locator("ol.rows > li:not([hidden]) > .row-head").first();
  await firstHead.focus();
  await page.keyboard.press("j");
  const focusedIndex = await page.evaluate(() => document.activeElement?.dataset.index);
  assert.equal(focusedIndex, "1");
  await page.keyboard.press("Enter");
  await page.locator("[data-testid=detail]").waitFor();
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("[data-testid=detail]").count(), 0);

  const changed = page.locator("[data-testid=pair].changed > .row-head").first();
  await changed.click();
  const detail = page.locator("[data-testid=detail]");
  await detail.waitFor();
  assert.ok((await detail.locator("ins, del").count()) > 0, "the wording diff marks insertions or deletions");
  await page.screenshot({ path: join(shots, "by-task-open.png"), fullPage: true });

  await page.locator("[data-testid=view-by-agency]").click();
  await page.locator("[data-testid=agency]").first().waitFor();
  // Short and full names of one agency group as one row (the core's folding).
  const keys = await page.locator("[data-testid=agency]").evaluateAll((rows) => rows.map((r) => r.dataset.key));
  assert.ok(keys.includes("市市场监督管理局"), `agency keys: ${keys}`);
  assert.ok(!keys.includes("市市场监管局"), `the short name is folded: ${keys}`);
  await page.screenshot({ path: join(shots, "by-agency.png"), fullPage: true });
  await page.locator("[data-testid=view-targets]").click();
  await page.screenshot({ path: join(shots, "targets.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

withCore("manual re-pair survives a reload; reset drops it; unpair splits a pair; pair from B; focus follows; undo one change at a time", async (browser, base) => {
  if (!cliSeed.a_only.length || !cliSeed.b_only.length) return "skipped: the examples give no A-only and B-only task";
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  await loadPair(page, fileA, fileB);
  const [a, b] = [cliSeed.a_only[0], cliSeed.b_only[0]];
  await page.locator(`[data-testid=a-only][data-id="${a}"] > .row-head`).click();
  await page.locator("[data-testid=pair-with]").selectOption(b);
  const manual = page.locator(`[data-testid=pair][data-a="${a}"][data-b="${b}"]`);
  await manual.waitFor({ state: "attached" });
  await page.locator(`[data-testid=summary][data-pairs="${cliSeed.summary.pairs + 1}"]`).waitFor();

  await page.reload();
  await page.locator("[data-testid=file-a]").waitFor({ state: "attached" });
  await loadPair(page, fileA, fileB);
  await manual.waitFor({ state: "attached" });
  assert.equal(await manual.getAttribute("data-kind"), "manual");

  // Corrections are compared again in the worker: the answer arrives a moment later.
  await page.locator("[data-testid=reset-pairing]").click();
  await manual.waitFor({ state: "detached" });
  assert.deepEqual(sorted(await pageResult(page)), cliResult(cliSeed));

  const first = cliSeed.pairs[0];
  await page.locator(`[data-testid=pair][data-a="${first.a}"][data-b="${first.b}"] > .row-head`).click();
  await page.locator("[data-testid=unpair]").click();
  await page.locator(`[data-testid=summary][data-pairs="${cliSeed.summary.pairs - 1}"]`).waitFor();
  // Focus stays with the work: the A task, now a row of its own, is open and focused.
  const aRow = page.locator(`[data-testid=a-only][data-id="${first.a}"]`);
  await aRow.locator("[data-testid=detail]").waitFor();
  await page.waitForFunction((a) => document.activeElement?.closest("li")?.dataset.id === a, first.a);
  // From the B side: the B task, now alone, pairs back with its A task.
  await page.locator(`[data-testid=b-only][data-id="${first.b}"] > .row-head`).click();
  await page.locator("[data-testid=pair-with-a]").selectOption(first.a);
  const back = page.locator(`[data-testid=pair][data-a="${first.a}"][data-b="${first.b}"]`);
  await back.waitFor({ state: "attached" });
  await page.locator(`[data-testid=summary][data-pairs="${cliSeed.summary.pairs}"]`).waitFor();
  await page.waitForFunction((k) => document.activeElement?.closest("li")?.dataset.key === k, `pair:${first.a}|${first.b}`);
  // Undo takes back one change at a time: the pairing by hand, then the unpairing.
  await page.locator("[data-testid=undo-pairing]").click();
  await page.locator(`[data-testid=summary][data-pairs="${cliSeed.summary.pairs - 1}"]`).waitFor();
  await page.locator("[data-testid=undo-pairing]").click();
  await page.locator(`[data-testid=summary][data-pairs="${cliSeed.summary.pairs}"]`).waitFor();
  await page.waitForFunction(() => !document.querySelector("[data-testid=busy]"));
  assert.deepEqual(sorted(await pageResult(page)), cliResult(cliSeed));
  assert.deepEqual(problems, []);
  await context.close();
});

withCore("export JSON downloads the same comparison", async (browser, base) => {
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  await loadPair(page, fileA, fileB);
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-testid=export-json]").click()]);
  const saved = join(shots, "export.json");
  await download.saveAs(saved);
  const exported = JSON.parse(readFileSync(saved, "utf8"));
  assert.deepEqual(cliResult(exported), cliResult(cliSeed));
  // The whole comparison (documents, pairs, counts, by-agency rows), the file names aside.
  const unnamed = (c) => ({ ...c, a: { ...c.a, name: "" }, b: { ...c.b, name: "" } });
  assert.deepEqual(unnamed(exported), unnamed(cliSeed));
  assert.deepEqual(problems, []);
  await context.close();
});

/** `plandiff compare A B --json` with more arguments (`--ignore …`). */
function cliCompareWith(a, b, args) {
  const cli = join(targetDir, "release", "plandiff");
  return JSON.parse(execFileSync(cli, ["compare", a, b, "--json", ...args], { encoding: "utf8", maxBuffer: 1 << 28 }));
}

const fixtures = join(root, "tests", "fixtures");
const wordingA = join(fixtures, "compare_wording_a.txt");
const wordingB = join(fixtures, "compare_wording_b.txt");

withCore("two places: the page words targets and agencies as differences (示例县较高, 仅示例县有), not as a year's changes", async (browser, base) => {
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  await loadPair(page, join(fixtures, "compare_places_a.txt"), join(fixtures, "compare_places_b.txt"));
  const badges = await page.locator("[data-testid=pair] .badge").allTextContents();
  assert.ok(badges.some((t) => t.includes("示例县较高")), `badges: ${badges.join(" | ")}`);
  assert.ok(badges.some((t) => t.includes("仅示例县有")), `badges: ${badges.join(" | ")}`);
  assert.ok(!badges.some((t) => /提高|新增|删去/.test(t)), `badges: ${badges.join(" | ")}`);
  await page.locator("[data-testid=pair].changed > .row-head").first().click();
  const chips = await page.locator("[data-testid=detail] .chip-kind").allTextContents();
  assert.ok(chips.length > 0 && chips.every((t) => !/新增|移除/.test(t)), `unit chips: ${chips.join(" | ")}`);
  await page.screenshot({ path: join(shots, "places.png"), fullPage: true });
  await page.locator("[data-testid=view-by-agency]").click();
  await page.locator("[data-testid=agency]").first().waitFor();
  const heads = await page.locator("table th").allTextContents();
  assert.ok(heads.some((t) => t.includes("仅示例县牵头")), `agency columns: ${heads.join(" | ")}`);
  assert.deepEqual(problems, []);
  await context.close();
});

/** The pairs the page shows as changed (`a|b`), sorted. */
const changedOnPage = (page) =>
  page.$$eval("[data-testid=pair].changed", (els) => els.map((e) => `${e.dataset.a}|${e.dataset.b}`).sort());
const changedInCli = (json) => json.pairs.filter((p) => p.changed).map((p) => `${p.a}|${p.b}`).sort();

withCore("ignore options: width and space ignored by default, each toggle compares again as `--ignore` does, remembered after a reload", async (browser, base) => {
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  await loadPair(page, wordingA, wordingB);
  const box = (kind) => page.locator(`[data-testid=ignore-${kind}]`);
  assert.deepEqual([await box("width").isChecked(), await box("space").isChecked(), await box("numbering").isChecked()], [true, true, false]);
  assert.match(await page.locator("[data-testid=ignore-options]").textContent(), /默认忽略全角\/半角/);
  // Width-only punctuation (，/, （/( ：/:) is no change: the pair reads unchanged, as in the CLI.
  const widthOnly = page.locator('[data-testid=pair][data-a="一/(一)"][data-b="一/(一)"]');
  assert.equal(await widthOnly.evaluate((e) => e.classList.contains("changed")), false);
  assert.deepEqual(await changedOnPage(page), changedInCli(cliCompareWith(wordingA, wordingB, [])));
  // A split's second part shows the text the first part keeps as elsewhere, not deleted.
  await page.locator('[data-testid=pair][data-a="二/(四)"][data-b="二/(四)"] > .row-head').click();
  const elsewhere = page.locator("[data-testid=detail] [data-testid=elsewhere]").first();
  await elsewhere.waitFor();
  assert.match(await elsewhere.textContent(), /三项制度.*→二\/\(三\)/);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.locator("[data-testid=ignore-options]").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, `ignore-options-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await box("width").uncheck();
  await widthOnly.and(page.locator(".changed")).waitFor();
  await page.waitForFunction(() => !document.querySelector("[data-testid=busy]"));
  assert.deepEqual(await changedOnPage(page), changedInCli(cliCompareWith(wordingA, wordingB, ["--ignore", "space"])));
  await box("numbering").check();
  await page.waitForFunction(() => !document.querySelector("[data-testid=busy]"));
  assert.deepEqual(await changedOnPage(page), changedInCli(cliCompareWith(wordingA, wordingB, ["--ignore", "space,numbering"])));

  await page.reload();
  await page.locator("[data-testid=file-a]").waitFor({ state: "attached" });
  await loadPair(page, wordingA, wordingB);
  assert.deepEqual([await box("width").isChecked(), await box("space").isChecked(), await box("numbering").isChecked()], [false, true, true]);
  await widthOnly.and(page.locator(".changed")).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

withCore("a note on a row is shown in it, kept after a reload, in the CSV and JSON exports, and cleared with the corrections", async (browser, base) => {
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  await loadPair(page, fileA, fileB);
  const first = cliSeed.pairs[0];
  const row = page.locator(`[data-testid=pair][data-a="${first.a}"][data-b="${first.b}"]`);
  const text = "目标值待与示例市司法局核实";
  await row.locator(".row-head").click();
  await row.locator("[data-testid=note-input]").fill(text);
  await row.locator("[data-testid=note-save]").click();
  await row.locator("[data-testid=note]").waitFor();
  assert.match(await row.locator("[data-testid=note]").textContent(), new RegExp(text));
  // A task with no pair takes a note too.
  const onlyA = cliSeed.a_only[0];
  if (onlyA) {
    const aRow = page.locator(`[data-testid=a-only][data-id="${onlyA}"]`);
    await aRow.locator(".row-head").click();
    await aRow.locator("[data-testid=note-input]").fill("已并入其他任务");
    await aRow.locator("[data-testid=note-save]").click();
    await aRow.locator("[data-testid=note]").waitFor();
    await aRow.locator(".row-head").click();
  }
  await row.locator(".row-head").click();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, `note-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.reload();
  await page.locator("[data-testid=file-a]").waitFor({ state: "attached" });
  await loadPair(page, fileA, fileB);
  await row.locator("[data-testid=note]").waitFor();
  assert.match(await row.locator("[data-testid=note]").textContent(), new RegExp(text));

  const [csv] = await Promise.all([page.waitForEvent("download"), page.locator("[data-testid=export-csv]").click()]);
  const savedCsv = join(shots, "export-notes.csv");
  await csv.saveAs(savedCsv);
  const lines = readFileSync(savedCsv, "utf8").split("\r\n");
  assert.ok(lines[0].endsWith(",备注"), lines[0]);
  assert.ok(lines.some((l) => l.startsWith(`配对,${first.a},`) && l.endsWith(`,${text}`)), "the pair's row ends with its note");
  if (onlyA) assert.ok(lines.some((l) => l.startsWith(`仅A,${onlyA},`) && l.endsWith(",已并入其他任务")));
  const [json] = await Promise.all([page.waitForEvent("download"), page.locator("[data-testid=export-json]").click()]);
  const savedJson = join(shots, "export-notes.json");
  await json.saveAs(savedJson);
  const exported = JSON.parse(readFileSync(savedJson, "utf8"));
  assert.deepEqual(exported.notes[0], { a: first.a, b: first.b, text });

  // 恢复自动配对 clears the notes with the corrections.
  await page.locator("[data-testid=reset-pairing]").click();
  await row.locator("[data-testid=note]").waitFor({ state: "detached" });
  assert.deepEqual(problems, []);
  await context.close();
});

withCore("Word and Excel exports are Office packages; a task id in 按单位 opens its row; arrow keys move between tabs", async (browser, base) => {
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  await loadPair(page, fileA, fileB);
  for (const ext of ["docx", "xlsx"]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-testid=export-${ext}]`).click()]);
    assert.match(download.suggestedFilename(), new RegExp(`-对比\\.${ext}$`));
    const saved = join(shots, `export.${ext}`);
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    assert.equal(bytes.subarray(0, 4).toString("latin1"), "PK\x03\x04", `${ext} is a zip package`);
  }
  await page.locator("[data-testid=view-by-agency]").click();
  const link = page.locator("[data-testid=agency] button.task-id").first();
  const id = await link.textContent();
  await link.click();
  // Back in 按任务 with that task's row open and focused.
  const open = page.locator("[data-testid=detail]");
  await open.waitFor();
  const focused = await page.evaluate(() => document.activeElement?.closest("li")?.dataset.key || "");
  assert.ok(focused.includes(id), `focus on the row of ${id}: ${focused}`);
  // The view tabs follow the arrow keys, focus moving with the selection.
  await page.locator("[data-testid=view-by-task]").focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.locator("[data-testid=view-by-agency]").getAttribute("aria-selected"), "true");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "view-by-agency");
  await page.locator("#view-panel[role=tabpanel] [data-testid=agency]").first().waitFor();
  // Left from the first tab wraps to the last; Home and End jump.
  for (const [key, tab] of [["ArrowLeft", "by-task"], ["ArrowLeft", "documents"], ["ArrowRight", "by-task"],
    ["End", "documents"], ["Home", "by-task"]]) {
    await page.keyboard.press(key);
    assert.equal(await page.locator(`[data-testid=view-${tab}]`).getAttribute("aria-selected"), "true", `${key} → ${tab}`);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), `view-${tab}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("language switch is remembered across a reload", async (browser, base) => {
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  assert.match(await page.locator("h1").textContent(), /计划比对/);
  await page.locator("[data-testid=lang]").click();
  assert.match(await page.locator("h1").textContent(), /comparison/);
  await page.reload();
  await page.locator("h1").waitFor();
  assert.match(await page.locator("h1").textContent(), /comparison/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  await page.locator("[data-testid=lang]").click();
  assert.match(await page.locator("h1").textContent(), /计划比对/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("document text is never markup: a task with an <img onerror> shows as text", async (browser, base) => {
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs += 1; d.dismiss(); });
  const evil = "示例市测试要点\n一、加强学法<img src=x onerror=alert(1)>。每年不少于4次。（牵头单位：市司法局）\n二、规范执法<b>加粗</b>。（牵头单位：市城管局）\n";
  for (const side of ["a", "b"]) {
    await page.locator(`[data-testid=paste-toggle-${side}]`).click();
    await page.locator(`[data-testid=paste-${side}]`).fill(evil);
    await page.locator(`[data-testid=use-paste-${side}]`).click();
    await page.locator(`[data-testid=file-info-${side}]`).waitFor();
  }
  const rowHead = page.locator("ol.rows .row-head").first();
  if (await rowHead.count()) {
    await rowHead.click();
    assert.ok((await page.locator("main").textContent()).includes("<img src=x onerror=alert(1)>"));
  }
  assert.equal(await page.locator("main img, main b").count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Whether a task of the side-by-side view is in sight: its top inside its column's box, and
 * that part of the column inside the window. */
async function inSight(page, side, id) {
  return page.evaluate(([side, id]) => {
    const col = document.querySelector(`[data-testid=doc-text-${side}]`);
    const el = col && [...col.querySelectorAll("[data-task]")].find((e) => e.dataset.task === id);
    if (!el) return false;
    const c = col.getBoundingClientRect(), r = el.getBoundingClientRect();
    const top = Math.max(r.top, c.top), bottom = Math.min(r.bottom, c.bottom);
    return bottom - top >= Math.min(16, r.height) && top >= 0 && top < window.innerHeight - 8;
  }, [side, id]);
}

/** Scrolls one column as a user would (its task `id` to the top) and waits until the other
 * column shows `partner`; false when it does not within 2 s. */
async function scrollFollows(page, side, id, other, partner) {
  await page.evaluate(([side, id]) => {
    const col = document.querySelector(`[data-testid=doc-text-${side}]`);
    const el = [...col.querySelectorAll("[data-task]")].find((e) => e.dataset.task === id);
    col.scrollTop = el.offsetTop - 4;
  }, [side, id]);
  const deadline = Date.now() + 2000;
  while (Date.now() < deadline) {
    // Two frames first: the scroll events of this move are handled, none is left for the next.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    if (await inSight(page, side, id) && await inSight(page, other, partner)) return true;
    await page.waitForTimeout(30);
  }
  return false;
}

/** The side-by-side view on files `a`, `b` (the sample unless PLANDIFF_E2E_SIDE_A/B name
 * others) at one width: both documents as they read, every pair brought into view together by
 * scrolling, n/p and the buttons visiting every changed pair in order, a click opening the
 * task's row and the way back. Screenshots side-by-side-{width}.png. */
async function sideBySide(browser, base, width, a, b) {
  const shot = (suffix) => join(shots, `side-by-side-${width}${a === fileA && b === fileB ? "" : "-other"}${suffix}.png`);
  const problems = [];
  const { context, page } = await openPage(browser, base, problems);
  if (width !== 1280) await page.setViewportSize({ width, height: 844 });
  await loadPair(page, a, b);
  const json = a === fileA && b === fileB ? cliSeed : cliCompare(a, b);
  await page.locator("[data-testid=view-documents]").click();
  const view = page.locator("[data-testid=side-by-side]");
  await view.waitFor();
  await page.evaluate(() => document.querySelector("[data-testid=side-by-side]").scrollIntoView({ block: "start" }));
  await page.screenshot({ path: shot("-start") });
  // Every task of each document once, in the document's order, unpaired ones marked as such.
  for (const side of ["a", "b"]) {
    const ids = await page.$$eval(`[data-testid=doc-text-${side}] [data-task]`, (els) => els.map((e) => e.dataset.task));
    assert.deepEqual(ids, json[side].tasks.map((t) => t.id), `${side}: tasks in reading order`);
    const unpaired = await page.$$eval(`[data-testid=doc-text-${side}] [data-task]:has([data-testid=doc-unpaired])`, (els) => els.map((e) => e.dataset.task));
    assert.deepEqual(unpaired.sort(), [...json[`${side}_only`]].sort(), `${side}: unpaired tasks`);
    const headings = await page.locator(`[data-testid=doc-text-${side}] .doc-heading`).count();
    assert.ok(headings >= Math.min(1, json[side].sections.length), `${side}: headings shown`);
  }
  // Deletions are marked in A only, insertions in B only.
  assert.equal(await page.locator("[data-testid=doc-text-a] ins").count(), 0);
  assert.equal(await page.locator("[data-testid=doc-text-b] del").count(), 0);
  const wordingChanged = json.pairs.some((p) => p.wording.some((w) => w.op !== "equal"));
  if (wordingChanged) {
    assert.ok(await page.locator("[data-testid=doc-text-a] del").count() + await page.locator("[data-testid=doc-text-b] ins").count() > 0);
  }
  // Scrolling either column brings each pair's two tasks into view together: from the side
  // where the pair's task has one partner (a split is followed from B, a merge from A).
  const partners = (side, id) => json.pairs.filter((p) => p[side] === id).length;
  // The user has scrolled the page to the view: its top at the top of the window.
  await page.evaluate(() => document.querySelector("[data-testid=side-by-side]").scrollIntoView({ block: "start" }));
  let together = 0;
  for (const p of json.pairs) {
    const fromA = partners("a", p.a) === 1 || partners("b", p.b) !== 1;
    const ok = fromA ? await scrollFollows(page, "a", p.a, "b", p.b) : await scrollFollows(page, "b", p.b, "a", p.a);
    if (!ok) {
      await page.screenshot({ path: shot("-failed") });
      const state = await page.evaluate(() => ["a", "b"].map((s) => {
        const col = document.querySelector(`[data-testid=doc-text-${s}]`);
        return { scrollTop: col.scrollTop, scrollHeight: col.scrollHeight, clientHeight: col.clientHeight };
      }));
      console.log(`     ${JSON.stringify(state)}`);
    }
    assert.ok(ok, `pair ${p.a} ~ ${p.b} (${p.kind}) not in view together after scrolling ${fromA ? "A" : "B"}`);
    together += 1;
  }
  // n / p and the buttons visit every changed pair, in order, both tasks in view each time.
  const changes = json.pairs.filter((p) => p.changed);
  assert.equal(Number(await view.getAttribute("data-changes")), changes.length);
  const visit = async (k, how) => {
    await page.locator(`[data-testid=side-by-side][data-current="${k}"]`).waitFor({ timeout: 2000 });
    const p = changes[k];
    const deadline = Date.now() + 2000;
    let seen = false;
    while (!seen && Date.now() < deadline) {
      seen = await inSight(page, "a", p.a) && await inSight(page, "b", p.b);
      if (!seen) await page.waitForTimeout(30);
    }
    assert.ok(seen, `${how}: change ${k + 1} (${p.a} ~ ${p.b}) not in view`);
    assert.equal(await page.locator("[data-testid=doc-text-a] .doc-task.current").getAttribute("data-task"), p.a);
    assert.equal(await page.locator("[data-testid=doc-text-b] .doc-task.current").getAttribute("data-task"), p.b);
  };
  await page.locator("body").click({ position: { x: 2, y: 2 } });
  for (let k = 0; k < changes.length; k++) {
    await page.keyboard.press("n");
    await visit(k, "n");
  }
  if (changes.length) assert.equal(await page.locator("[data-testid=next-change]").isDisabled(), true);
  for (let k = changes.length - 2; k >= 0; k--) {
    await page.keyboard.press("p");
    await visit(k, "p");
  }
  if (changes.length > 1) {
    await page.locator("[data-testid=next-change]").click();
    await visit(1, "next button");
    await page.locator("[data-testid=prev-change]").click();
    await visit(0, "previous button");
  }
  await page.screenshot({ path: shot("") });
  // A click on a task opens its row in 按任务; the way back returns to it.
  const target = changes[0] || json.pairs[0];
  if (target) {
    await page.locator(`[data-testid=doc-text-b] [data-task="${target.b}"] .task-num`).click();
    await page.locator("[data-testid=detail]").waitFor();
    assert.equal(await page.locator("[data-testid=view-by-task]").getAttribute("aria-selected"), "true");
    const open = await page.evaluate(() => document.activeElement?.closest("li")?.dataset.key || "");
    assert.ok(open.includes(target.b), `row of ${target.b} open: ${open}`);
    await page.locator("[data-testid=back-to-documents]").click();
    await view.waitFor();
    assert.ok(await inSight(page, "b", target.b) && await inSight(page, "a", target.a), "back: the task in view again");
  }
  if (width <= 600) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scroll at ${width} px (${overflow} px over)`);
    const narrow = await page.$$eval("[data-testid=doc-text-a], [data-testid=doc-text-b]", (els) => Math.min(...els.map((e) => e.clientWidth)));
    assert.ok(narrow >= 12 * 16, `columns at least 12 characters wide: ${narrow} px`);
  }
  assert.deepEqual(problems, []);
  await context.close();
  return `${json.pairs.length} pairs in view together, ${changes.length} changes visited by n/p`;
}

// PLANDIFF_E2E_SIDE_A / _B: run the side-by-side test on two other files (screenshots then
// named side-by-side-{width}-other*.png), e.g. a real pair of plans kept outside the repository.
const sideA = process.env.PLANDIFF_E2E_SIDE_A || fileA;
const sideB = process.env.PLANDIFF_E2E_SIDE_B || fileB;
for (const width of [1280, 390]) {
  withCore(`side by side at ${width} px: pairs scroll into view together, n/p visit every change in order, a task opens its row and back`, async (browser, base) => {
    console.log(`     ${await sideBySide(browser, base, width, sideA, sideB)}`);
  });
}

withCore("single-file build from file:// compares like the served page", async (browser) => {
  const problems = [];
  const { context, page } = await openPage(browser, pathToFileURL(dist).href, problems);
  await loadPair(page, fileA, fileB);
  assert.deepEqual(sorted(await pageResult(page)), cliResult(cliSeed));
  assert.deepEqual(problems, []);
  await context.close();
});

/** 一 … 九十九, 一百: section numbers for generated documents. */
function cnNumber(n) {
  const d = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
  if (n === 100) return "一百";
  const tens = Math.floor(n / 10), ones = n % 10;
  return (tens > 1 ? d[tens] : "") + (tens > 0 ? "十" : "") + d[ones];
}

/** The example plan's tasks repeated `times` times, each copy under its own numbered section. */
function scaled(path, times) {
  const lines = readFileSync(path, "utf8").split("\n");
  const title = lines[0];
  const tasks = lines.filter((l) => l.startsWith("（"));
  const out = [title, ""];
  for (let k = 1; k <= times; k++) {
    out.push(`${cnNumber(k)}、第${k}组重点工作`);
    for (const t of tasks) out.push(t.replace("。", `（第${k}组）。`));
  }
  const file = join(targetDir, "e2e", `${times}x_${path.split("/").pop()}`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, out.join("\n") + "\n");
  return file;
}

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

/** Starts two probes of the main thread: requestAnimationFrame gaps and `longtask` entries. */
async function startMainThreadProbe(page) {
  await page.evaluate(() => {
    const probe = { gap: 0, long: 0, running: true };
    window.__probe = probe;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      probe.gap = Math.max(probe.gap, now - last);
      last = now;
      if (probe.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) probe.long = Math.max(probe.long, e.duration);
      }).observe({ type: "longtask" });
    } catch (_) { /* no longtask support: the rAF gap alone */ }
  });
}

/** Stops the probes; the longest rAF gap and the longest `longtask`, in ms. */
async function stopMainThreadProbe(page) {
  // One more frame, so that a block ending with the summary is counted.
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => {
    const probe = window.__probe;
    probe.running = false;
    resolve({ gap: Math.round(probe.gap), long: Math.round(probe.long) });
  })));
}

/** Load → interactive (file inputs mounted), and second file set → summary shown; median of 5.
 * Also the longest main-thread block while comparing (rAF gap, longtask). */
async function timing(browser, base, a, b, label, { olderBrowser = false } = {}) {
  const ready = [], compared = [], gaps = [], longs = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    if (olderBrowser) await context.addInitScript(() => { delete Uint8Array.fromBase64; });
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(base);
    await page.locator("[data-testid=file-a]").waitFor({ state: "attached" });
    ready.push(Date.now() - t0);
    await page.locator("[data-testid=file-a]").setInputFiles(a);
    await page.locator("[data-testid=file-info-a]").waitFor();
    await startMainThreadProbe(page);
    const t1 = Date.now();
    await page.locator("[data-testid=file-b]").setInputFiles(b);
    await page.locator("[data-testid=summary]").waitFor({ timeout: 120000 });
    compared.push(Date.now() - t1);
    const { gap, long } = await stopMainThreadProbe(page);
    gaps.push(gap);
    longs.push(long);
    await context.close();
  }
  console.log(`     timing ${label}: load→interactive median ${median(ready)} ms [${ready}], second file→summary median ${median(compared)} ms [${compared}], longest main-thread block while comparing: rAF gap median ${median(gaps)} ms [${gaps}], longtask median ${median(longs)} ms [${longs}]`);
  return { gaps, longs };
}

/** A PDF given as the second file → the summary shown (the first PDF of the page: the PDF
 * module is sent to the worker and compiled then), and a second PDF in the same page (the module
 * compiled already); medians of 5, fresh pages. */
async function pdfTiming(browser, base) {
  const first = [], again = [];
  const [twin, pdf, other] = ["plan.txt", "ttf.pdf", "cid.pdf"].map((n) => join(pdfDir, n));
  let t;
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base);
    await page.locator("[data-testid=file-a]").setInputFiles(twin);
    await page.locator("[data-testid=file-info-a]").waitFor();
    t = Date.now();
    await page.locator("[data-testid=file-b]").setInputFiles(pdf);
    await page.locator("[data-testid=summary]").waitFor();
    first.push(Date.now() - t);
    t = Date.now();
    await page.locator("[data-testid=file-a]").setInputFiles(other);
    // Read (the name shows), then compared (the status line gone, the summary there).
    await page.locator("[data-testid=file-info-a]", { hasText: "cid.pdf" }).waitFor();
    await page.waitForFunction(() => !document.querySelector("[data-testid=busy]") && document.querySelector("[data-testid=summary]"));
    again.push(Date.now() - t);
    await context.close();
  }
  console.log(`     timing PDF: second file a PDF → summary median ${median(first)} ms [${first}] (module compiled then); a PDF once compiled median ${median(again)} ms [${again}]`);
}

/** Until `done` resolves: a timer in the page samples every 5 ms how many jobs the worker holds
 * (it only fires when the main thread is free), and real clicks on a neutral spot record the same
 * when handled. Returns both lists of samples. */
async function sampleWhile(page, done) {
  await page.evaluate(() => {
    window.__clicks = [];
    window.__ticks = [];
    document.addEventListener("click", () => window.__clicks.push(globalThis.plandiffPending || 0), true);
    window.__ticker = setInterval(() => window.__ticks.push(globalThis.plandiffPending || 0), 5);
  });
  let finished = false;
  done.then(() => { finished = true; }, () => { finished = true; });
  while (!finished) {
    await page.mouse.click(2, 2);
    await new Promise((r) => setTimeout(r, 15));
  }
  await done;
  return page.evaluate(() => {
    clearInterval(window.__ticker);
    return { clicks: window.__clicks, ticks: window.__ticks };
  });
}

withCore("100× documents: parsed and compared in a worker, the page runs meanwhile, pairs equal the CLI", async (browser, base) => {
  const [a100, b100] = [scaled(fileA, 100), scaled(fileB, 100)];
  const gaps = [];
  for (const url of [base, pathToFileURL(dist).href]) {
    const problems = [];
    const { context, page } = await openPage(browser, url, problems);
    await page.locator("[data-testid=file-a]").setInputFiles(a100);
    await page.locator("[data-testid=file-info-a]").waitFor();
    await startMainThreadProbe(page);
    await page.locator("[data-testid=file-b]").setInputFiles(b100);
    const { clicks, ticks } = await sampleWhile(page, page.locator("[data-testid=summary]").waitFor({ timeout: 120000 }));
    gaps.push((await stopMainThreadProbe(page)).gap);
    // Structure, not time: every job ran in the worker, none on the main thread, and the page's
    // own timer ran while the worker held a job (the main thread was free meanwhile).
    const jobs = await page.evaluate(() => globalThis.plandiffJobs || {});
    assert.ok(page.workers().length >= 1, `${url}: no worker was started`);
    assert.ok((jobs.worker || 0) >= 3, `${url}: jobs answered by the worker: ${JSON.stringify(jobs)}`);
    assert.equal(jobs.main || 0, 0, `${url}: jobs run on the main thread: ${JSON.stringify(jobs)}`);
    const busy = ticks.filter((pending) => pending > 0).length;
    assert.ok(busy > 0, `${url}: the page's timer never ran while the worker worked (${ticks.length} ticks)`);
    console.log(`     ${url.startsWith("file:") ? "file://" : "http"}: timer ran ${busy} of ${ticks.length} times while the worker held a job; ${clicks.filter((p) => p > 0).length} of ${clicks.length} clicks handled meanwhile`);
    if (url === base) assert.deepEqual(sorted(await pageResult(page)), cliResult(cliCompare(a100, b100)));
    assert.deepEqual(problems, []);
    await context.close();
  }
  // Information only (the timing is a benchmark: scripts/bench_page.sh).
  console.log(`     longest main-thread block while the comparison arrived (rAF gap): ${gaps.join(", ")} ms`);
});

if (process.env.PLANDIFF_E2E_TIMING) {
  withCore("timing: seed pair and 100× (median of 5)", async (browser, base) => {
    await timing(browser, base, fileA, fileB, "seed");
    const file = pathToFileURL(dist).href;
    await timing(browser, file, fileA, fileB, "seed from file://");
    await timing(browser, file, fileA, fileB, "seed from file://, no Uint8Array.fromBase64", { olderBrowser: true });
    // An older build (PLANDIFF_E2E_PAGE) may not carry the PDF module.
    if (readFileSync(dist, "utf8").includes('id="plandiff-pdf"')) await pdfTiming(browser, file);
    const [a100, b100] = [scaled(fileA, 100), scaled(fileB, 100)];
    await timing(browser, base, a100, b100, "100x");
    const problems = [];
    const { context, page } = await openPage(browser, base, problems);
    await loadPair(page, a100, b100);
    assert.deepEqual(sorted(await pageResult(page)), cliResult(cliCompare(a100, b100)));
    await page.screenshot({ path: join(shots, "100x.png") });
    await context.close();
  });
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_FLAGS });
let failed = 0;
// PLANDIFF_E2E_ONLY=word: run only the tests whose name contains it.
const only = process.env.PLANDIFF_E2E_ONLY;
for (const { name, fn } of tests.filter((t) => !only || t.name.includes(only))) {
  const started = Date.now();
  try {
    const note = await fn(browser, base);
    console.log(`${note ? "skip" : "ok  "} ${name} (${Date.now() - started} ms)${note ? ` — ${note}` : ""}`);
  } catch (e) {
    failed += 1;
    console.log(`FAIL ${name}\n     ${String(e.stack || e).split("\n").join("\n     ")}`);
  }
}
await browser.close();
server.close();
console.log(`e2e: ${tests.filter((t) => !only || t.name.includes(only)).length - failed} passed, ${failed} failed; screenshots in ${shots}`);
process.exit(failed ? 1 : 0);
