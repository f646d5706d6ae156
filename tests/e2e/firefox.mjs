// Smoke test of the built page (dist/index.html) in Debian's Firefox ESR, through geckodriver
// (WebDriver over HTTP: node's fetch, no client library). Opens the single file from file://, reads
// two plans, checks the summary against `plandiff compare --json`, and downloads the JSON export
// into a folder of its own (the object URL must outlive the click in Firefox); the jobs must have
// run in the page's worker.
// Run by scripts/test.sh after `cargo xtask build`; geckodriver is built from crates.io.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, existsSync, writeFileSync, mkdirSync, openSync } from "node:fs";
import { tmpdir } from "node:os";
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
const firefox = process.env.PLANDIFF_FIREFOX || "/usr/bin/firefox-esr";
const geckodriver = process.env.PLANDIFF_GECKODRIVER || "geckodriver";
const TIMEOUT_MS = 60000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it gives a truthy value, or fails with `what` after TIMEOUT_MS. */
async function until(what, probe) {
  const end = Date.now() + TIMEOUT_MS;
  for (;;) {
    const got = await probe();
    if (got) return got;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Starts geckodriver on a free port and gives its base URL and process. */
async function startDriver() {
  const port = 4444 + Math.floor(Math.random() * 2000);
  // Firefox's own chatter goes to a log file (shown when the test fails), not the test output.
  const log = openSync(join(shots, "firefox.log"), "w");
  const proc = spawn(geckodriver, ["--port", String(port), "--log", "error"], { stdio: ["ignore", log, log] });
  const base = `http://127.0.0.1:${port}`;
  await until("geckodriver to listen", async () => {
    try {
      return (await fetch(`${base}/status`)).ok;
    } catch {
      return false;
    }
  });
  return { base, proc };
}

/** One WebDriver command; throws with the driver's message on an error answer. */
async function command(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
  return json.value;
}

/** The key of an element reference in WebDriver's answers. */
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

async function main() {
  if (!existsSync(dist)) throw new Error(`${dist} missing: run \`cargo xtask build\` first`);
  if (!existsSync(firefox)) throw new Error(`${firefox} missing: apt-get install firefox-esr`);
  mkdirSync(shots, { recursive: true });
  const downloads = mkdtempSync(join(tmpdir(), "plandiff-ff-"));
  const { base, proc } = await startDriver();
  let session;
  try {
    session = await command(base, "POST", "/session", {
      capabilities: {
        alwaysMatch: {
          browserName: "firefox",
          "moz:firefoxOptions": {
            binary: firefox,
            args: ["-headless"],
            prefs: {
              "browser.download.folderList": 2,
              "browser.download.dir": downloads,
              "browser.download.useDownloadDir": true,
              "browser.download.always_ask_before_handling_new_types": false,
              "browser.helperApps.neverAsk.saveToDisk": "application/json,text/csv,text/markdown,text/html",
            },
          },
        },
      },
    });
    const s = `/session/${session.sessionId}`;
    const version = session.capabilities.browserVersion;
    const run = (script, ...args) => command(base, "POST", `${s}/execute/sync`, { script, args });
    const find = async (css) => (await command(base, "POST", `${s}/element`, { using: "css selector", value: css }))[ELEMENT];

    await command(base, "POST", `${s}/window/rect`, { width: 1280, height: 900 });
    await command(base, "POST", `${s}/url`, { url: pathToFileURL(dist).href });
    await until("the page to start", () => run("return !!document.querySelector('[data-testid=file-a]')"));

    // Reading the files (a file input takes a path as typed keys).
    await command(base, "POST", `${s}/element/${await find("[data-testid=file-a]")}/value`, { text: fileA });
    await until("file A to be read", () => run("return !!document.querySelector('[data-testid=file-info-a]')"));
    await command(base, "POST", `${s}/element/${await find("[data-testid=file-b]")}/value`, { text: fileB });
    const shown = await until("the summary", () =>
      run(`const s = document.querySelector('[data-testid=summary]');
           const e = document.querySelector('[data-testid=error]');
           if (e) return { error: e.textContent };
           return s && { pairs: +s.dataset.pairs, a_only: +s.dataset.aOnly, b_only: +s.dataset.bOnly,
                         target_changes: +s.dataset.targetChanges, unit_changes: +s.dataset.unitChanges };`));
    assert.equal(shown.error, undefined, `the page showed an error: ${shown.error}`);
    const cli = JSON.parse(execFileSync(join(targetDir, "release", "plandiff"), ["compare", fileA, fileB, "--json"], { encoding: "utf8" }));
    const want = {
      pairs: cli.summary.pairs, a_only: cli.summary.a_only, b_only: cli.summary.b_only,
      target_changes: cli.summary.target_changes, unit_changes: cli.summary.unit_changes,
    };
    assert.deepEqual(shown, want, "Firefox's summary equals `plandiff compare --json`");

    // The JSON export downloads, whole, and says what the CLI says.
    await command(base, "POST", `${s}/element/${await find("[data-testid=export-json]")}/click`, {});
    const saved = await until("the export download", () => {
      const done = readdirSync(downloads).filter((f) => f.endsWith(".json"));
      return done.length === 1 && join(downloads, done[0]);
    });
    const exported = await until("the download to finish", () => {
      try {
        return JSON.parse(readFileSync(saved, "utf8"));
      } catch {
        return null;
      }
    });
    assert.equal(exported.summary.pairs, cli.summary.pairs);
    assert.deepEqual(exported.a_only, cli.a_only);
    assert.deepEqual(exported.b_only, cli.b_only);

    // The two reads and the comparison ran in the worker, none on the page's thread.
    const jobs = await run("return globalThis.plandiffJobs || null");
    assert.ok(jobs && jobs.worker >= 3 && !jobs.main, `jobs: ${JSON.stringify(jobs)}`);
    // A PDF (GBK strings, through Firefox's decoder): the PDF module compiled in the worker then.
    assert.equal(await run("return globalThis.plandiffPdf || null"), null, "PDF module compiled before a PDF");
    const pdf = join(root, "tests", "fixtures", "pdf", "gbk.pdf");
    await command(base, "POST", `${s}/element/${await find("[data-testid=file-b]")}/value`, { text: pdf });
    const fromPdf = await until("the summary of a PDF", () =>
      run(`const i = document.querySelector('[data-testid=file-info-b]');
           const e = document.querySelector('.side-b [data-testid=error]');
           if (e) return { error: e.textContent };
           const s = document.querySelector('[data-testid=summary]');
           return i && i.textContent.includes('gbk.pdf') && !document.querySelector('[data-testid=busy]') && s
             && { pairs: +s.dataset.pairs, a_only: +s.dataset.aOnly, b_only: +s.dataset.bOnly };`));
    const cliPdf = JSON.parse(execFileSync(join(targetDir, "release", "plandiff"), ["compare", fileA, pdf, "--json"], { encoding: "utf8" }));
    assert.deepEqual(fromPdf, { pairs: cliPdf.summary.pairs, a_only: cliPdf.summary.a_only, b_only: cliPdf.summary.b_only }, "a PDF in Firefox reads as the CLI reads it");
    assert.deepEqual(await run("return globalThis.plandiffPdf"), { compiled: 1 });
    const png = await command(base, "GET", `${s}/screenshot`);
    writeFileSync(join(shots, "firefox.png"), Buffer.from(png, "base64"));
    console.log(`ok  Firefox ${version}: file:// page, summary equals the CLI (${want.pairs} pairs), JSON export downloaded; jobs ${JSON.stringify(jobs)}; a PDF read by the PDF module in the worker (${fromPdf.pairs} pairs)`);
  } finally {
    if (session) await command(base, "DELETE", `/session/${session.sessionId}`).catch(() => {});
    proc.kill();
  }
}

main().catch((e) => {
  const log = join(shots, "firefox.log");
  if (existsSync(log)) console.error(readFileSync(log, "utf8").split("\n").slice(-20).join("\n"));
  console.error(`FAILED  Firefox smoke test: ${e.message}`);
  process.exit(1);
});
