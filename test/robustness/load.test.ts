// Load over the protocol, against the local child process only: 20 open drafts, then 1,000
// incremental edits in about 10 s to one of them (a bounded loop). When the diagnostics settle
// they must equal those of a fresh check of the final text (the same text opened as a new
// document), and the server's memory (VmRSS after a forced GC) must be within 20% of the baseline
// taken once the 20 drafts were open and checked (the main thread's heap and the memory outside it, when a check
// worker started meanwhile). The numbers are printed either way.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  Diagnostic,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { buildOnce, ROOT } from '../cli/run';
import { PLAIN_CAPABILITIES, Session, removeWorkspace, tempWorkspace, uriOf } from '../lsp/client';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { checkDraft } from '../../server/src/engine/engine';

const GC_PRELOAD = join(fileURLToPath(new URL('.', import.meta.url)), 'gc-on-signal.cjs');
const EDITS = Number(process.env.VERBATIM_LOAD_EDITS) || 1000;
const EDIT_EVERY_MS = Number(process.env.VERBATIM_LOAD_EVERY_MS) || 10;
const HOVER_EVERY = Number(process.env.VERBATIM_LOAD_HOVER_EVERY) || 50;
// RSS after a forced GC moves with more than leaks: on a busy two-core machine one CI run measured +11.5% here
// (the run before it passed). Things that stay by design: lazily loaded word lists (first names for pronouns) and,
// when a check runs over 250 ms, the check worker's thread with its own copy of the corpus. A leak per edit would
// grow far past 20% over 1,000 edits.
const MEMORY_TOLERANCE = 0.2;

const BASE = readFileSync(join(ROOT, 'examples', 'drafts', 'council-budget.md'), 'utf8');
/** Twenty different drafts: the example draft with a numbered paragraph and a quotation of its own. */
const draftText = (i: number) =>
  BASE.replace('---\n', `---\nslug: load-${i}\n`) +
  `\nParagraph ${i}: "We will repave ${i} streets in the city by summer," Okafor said.\n`;

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for ${pid}`);
  return Number(m[1]);
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** How many threads a process runs (a check worker is one more). */
const threadCount = (pid: number) => readdirSync(`/proc/${pid}/task`).length;

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Diagnostics in a form to compare: code, range, message, severity. */
const shape = (ds: Diagnostic[]) => ds.map((d) => JSON.stringify([d.code, d.range, d.severity, d.message])).sort();

describe('robustness: load over the protocol', function () {
  this.timeout(120_000);
  let ws: string | undefined;
  let s: Session | undefined;

  before(function () {
    this.timeout(60_000);
    buildOnce();
  });
  afterEach(async () => {
    await s?.close();
    s = undefined;
    removeWorkspace(ws);
    ws = undefined;
  });

  /** Forces a GC in the server, waits, and reads its resident memory (the lowest of three readings). */
  async function settledRss(pid: number): Promise<number> {
    const readings: number[] = [];
    for (let i = 0; i < 3; i++) {
      process.kill(pid, 'SIGUSR2');
      await sleep(300);
      readings.push(rssKb(pid));
    }
    return Math.min(...readings);
  }

  it(
    '20 open drafts, 1,000 edits in ~10 s to one: diagnostics settle on a fresh check of the final text; memory ' +
      'returns to the baseline',
    async function () {
      if (process.platform !== 'linux') this.skip();
      await round(0, true);
    },
  );

  // The same with a hover and the quick fixes every 50 edits, each forcing a check of the version at hand (20 checks
  // while typing instead of one at the end). The re-check caches then hold results for superseded versions of the
  // draft; they are bounded by size (text/lru.ts), and V8 keeps the heap it grew to, so the bound here is looser:
  // measured +19% RSS (+2 MB of heap in use after GC).
  it(
    'the same with a hover and quick fixes every 50 edits (a check each): results as fresh; memory within the ' +
      "caches' bound",
    async function () {
      if (process.platform !== 'linux') this.skip();
      await round(HOVER_EVERY, true, 0.3);
    },
  );

  /** One round; `hoverEvery` 0 for none; `assertMemory` false to print the memory figures only. */
  async function round(hoverEvery: number, assertMemory: boolean, tolerance = MEMORY_TOLERANCE) {
    ws = tempWorkspace();
    const memoryLog = join(ws, 'memory.jsonl');
    const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, VERBATIM_MEMORY_LOG: process.env.VERBATIM_MEMORY_LOG };
    process.env.NODE_OPTIONS = `--expose-gc --require ${JSON.stringify(GC_PRELOAD)}`;
    process.env.VERBATIM_MEMORY_LOG = memoryLog;
    try {
      ({ s } = await Session.start(ws, PLAIN_CAPABILITIES));
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    /** The server's memory figures after the last forced GC (from the preload's log). */
    const lastMemory = (): NodeJS.MemoryUsage => {
      const lines = readFileSync(memoryLog, 'utf8').trim().split('\n');
      return JSON.parse(lines[lines.length - 1]);
    };
    const heapMb = () => {
      const m = lastMemory();
      return (
        `heap ${(m.heapUsed / 1048576).toFixed(1)} MB used of ${(m.heapTotal / 1048576).toFixed(1)} MB, ` +
        `external ${(m.external / 1048576).toFixed(1)} MB`
      );
    };
    const session = s!;
    const pid = session.proc.pid!;

    // 20 drafts, open and checked.
    const uris: string[] = [];
    for (let i = 0; i < 20; i++) {
      const p = join(ws, 'drafts', `d${i}.md`);
      writeFileSync(p, draftText(i));
      await session.open(p, draftText(i));
      uris.push(uriOf(p));
    }
    for (const u of uris) await session.diagnostics(u, (x) => x.version === 1, 0, 30_000);
    await sleep(500);
    const baseline = await settledRss(pid);
    const heapBefore = heapMb();
    const usedBefore = lastMemory().heapUsed + lastMemory().external;
    const threadsBefore = threadCount(pid);

    // 1,000 incremental edits to draft 0, one every ~10 ms: typing, deleting, pasting words and quotation marks.
    const uri = uris[0];
    let doc = TextDocument.create(uri, 'markdown', 1, draftText(0));
    const rand = rng(20260312);
    const WORDS = [
      ' the',
      ' budget',
      ' "',
      '"',
      ' Ruiz said',
      ' Okafor',
      ' 38',
      ' $421 million',
      ', ',
      '. ',
      '\n',
      '\n\n',
      ' “every neighborhood',
      ' five minutes,”',
      ' 🚒',
      ' Tuesday',
    ];
    const started = Date.now();
    const bodyStart = draftText(0).indexOf('---\n', 4) + 4; // leave the front matter alone
    for (let k = 0; k < EDITS; k++) {
      const text = doc.getText();
      let at = bodyStart + Math.floor(rand() * (text.length - bodyStart + 1));
      if (at > 0 && at < text.length && /[\uDC00-\uDFFF]/.test(text[at])) at--; // never between the halves of an emoji
      const r = rand();
      let change: TextDocumentContentChangeEvent;
      if (r < 0.55)
        change = {
          range: { start: doc.positionAt(at), end: doc.positionAt(at) },
          text: 'abcdefghijklmnopqrstuvwxyz '[Math.floor(rand() * 27)],
        };
      else if (r < 0.8) {
        let end = Math.min(text.length, at + 1 + Math.floor(rand() * 3));
        if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end])) end++;
        change = { range: { start: doc.positionAt(at), end: doc.positionAt(end) }, text: '' };
      } else
        change = {
          range: { start: doc.positionAt(at), end: doc.positionAt(at) },
          text: WORDS[Math.floor(rand() * WORDS.length)],
        };
      doc = TextDocument.update(doc, [change], doc.version + 1);
      await session.notify('textDocument/didChange', {
        textDocument: { uri, version: doc.version },
        contentChanges: [change],
      });
      // Now and then a hover and the quick fixes where the cursor is, as while typing: each forces a check of the
      // current version.
      if (hoverEvery && k % hoverEvery === hoverEvery - 1) {
        const pos = doc.positionAt(at);
        await session.request('textDocument/hover', { textDocument: { uri }, position: pos }, 20_000);
        await session.request(
          'textDocument/codeAction',
          { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: [] } },
          20_000,
        );
      }
      const due = started + (k + 1) * EDIT_EVERY_MS;
      if (Date.now() < due) await sleep(due - Date.now());
    }
    const editMs = Date.now() - started;

    // Settle: the final version is published, then nothing more for a second.
    const last = await session.diagnostics(uri, (x) => x.version === doc.version, 0, 30_000);
    let count = session.published.length;
    for (let quiet = 0; quiet < 1000;) {
      await sleep(100);
      if (session.published.length === count) quiet += 100;
      else {
        count = session.published.length;
        quiet = 0;
      }
    }
    const settled = [...session.published].reverse().find((x) => x.uri === uri)!;
    assert.equal(settled.version, doc.version, 'the last diagnostics are for the last version');
    assert.deepEqual(shape(settled.diagnostics), shape(last.diagnostics));

    // A fresh check of the final text: as a new document in the same server, and by the engine directly.
    const finalText = doc.getText();
    const fresh = join(ws, 'drafts', 'fresh.md');
    await session.open(fresh, finalText);
    const again: PublishDiagnosticsParams = await session.diagnostics(uriOf(fresh), (x) => x.version === 1, 0, 30_000);
    assert.deepEqual(
      shape(settled.diagnostics),
      shape(again.diagnostics),
      'incremental result differs from a fresh check of the same text',
    );
    const engine = checkDraft(Corpus.load(join(ws, 'sources')), fresh, finalText, {});
    assert.deepEqual(
      settled.diagnostics.map((d) => String(d.code)).sort(),
      engine.findings.map((f) => f.code).sort(),
      'the server and the engine disagree on the final text',
    );
    await session.notify('textDocument/didClose', { textDocument: { uri: uriOf(fresh) } });

    // Memory after settling, against the baseline.
    await sleep(500);
    const after = await settledRss(pid);
    const ratio = after / baseline;
    // A check that ran over 250 ms (a busy machine) moved the draft to the check worker, a thread with its own copy
    // of the corpus, by design: the process's RSS then holds it, and the main thread's heap (with the memory outside
    // it) is what a leak would grow.
    const worker = threadCount(pid) > threadsBefore;
    const usedRatio = (lastMemory().heapUsed + lastMemory().external) / usedBefore;
    console.log(
      `      [load] ${EDITS} edits in ${editMs} ` +
        `ms${hoverEvery ? `, a hover and quick fixes every ${hoverEvery}` : ''}; final text ${finalText.length} ` +
        `chars, ${settled.diagnostics.length} diagnostics; ` +
        `server RSS after GC: baseline ${(baseline / 1024).toFixed(1)} MB, after ${(after / 1024).toFixed(1)} MB ` +
        `(${((ratio - 1) * 100).toFixed(1)}%); ` +
        `baseline ${heapBefore}, after ${heapMb()}` +
        (worker ? `; a check worker started (a check ran over 250 ms): the heap is compared, not the RSS` : ''),
    );
    assert.ok(editMs < EDITS * EDIT_EVERY_MS * 3, `the edits took ${editMs} ms (the client was held up)`);
    const memoryOk = worker ? usedRatio - 1 <= tolerance : Math.abs(ratio - 1) <= tolerance;
    if (assertMemory)
      assert.ok(
        memoryOk,
        worker
          ? `server heap and external memory ${((usedRatio - 1) * 100).toFixed(1)}% above the baseline after the edits`
          : `server RSS ${after} kB after the edits vs ${baseline} kB baseline (${((ratio - 1) * 100).toFixed(1)}%)`,
      );
  }
});
