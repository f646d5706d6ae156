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

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "dist", "index.html");
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
async function openPage(browser, url, problems) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
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

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

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
    assert.ok(text.includes(String(statSync(path).size)), `${side} size: ${text}`);
  }
  await page.screenshot({ path: join(shots, "loaded.png"), fullPage: true });

  await page.locator("[data-testid=file-b]").setInputFiles({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  const error = page.locator(".side-b [data-testid=error]");
  await error.waitFor();
  assert.ok((await error.textContent()).includes("empty.txt"));
  assert.ok((await page.locator("[data-testid=file-info-a]").textContent()).includes("plan_2023.txt"));
  await page.screenshot({ path: join(shots, "error.png"), fullPage: true });
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

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_FLAGS });
let failed = 0;
for (const { name, fn } of tests) {
  const started = Date.now();
  try {
    await fn(browser, base);
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed += 1;
    console.log(`FAIL ${name}\n     ${String(e.stack || e).split("\n").join("\n     ")}`);
  }
}
await browser.close();
server.close();
console.log(`e2e: ${tests.length - failed} passed, ${failed} failed; screenshots in ${shots}`);
process.exit(failed ? 1 : 0);
