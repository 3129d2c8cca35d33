// verbatim: the command-line face of the engine.
//   verbatim check --corpus DIR [--format text|json|sarif] FILES…
//   verbatim quotes FILE [--corpus DIR] [--format text|json]
// Exit codes: 0 nothing at error severity, 1 something at error severity, 2 bad usage or unreadable input.
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  checkDraft,
  Corpus,
  decode,
  FINDING_CODES,
  loadCorpusCachedAsync,
  readFileBounded,
  VERSION,
  type CheckOptions,
  type FindingCode,
  type Severity,
} from '../engine/index';
import { escapeForLine, problemsOf, toJson, toSarif, toText, type FileReport } from './report';
import { quoteSheet, quoteSheetText } from './sheet';

const USAGE =
  `usage: verbatim check --corpus DIR [--format text|json|sarif] [--date YYYY-MM-DD] [--no-unverified] ` +
  `[--severity CODE=LEVEL] [--cache DIR] FILES…
       verbatim quotes FILE [--corpus DIR] [--format text|json] [--date YYYY-MM-DD]
       verbatim --version`;

class UsageError extends Error {}

function isCalendarDate(s: string): boolean {
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

const MAX_DRAFT_BYTES = 16 * 1024 * 1024;

/** A draft's text: a regular file of at most 16 MB (never a pipe or device, which could block or never end). */
function readDraft(path: string): string {
  const name = escapeForLine(path);
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    /* reported by the read below */
  }
  if (isDir) throw new UsageError(`${name} is a folder; name the draft files to check`);
  const read = readFileBounded(path, MAX_DRAFT_BYTES);
  if (!read.bytes) {
    if (read.tooLarge) throw new UsageError(`${name} is over 16 MB; drafts over 16 MB are not checked`);
    const badName =
      path.includes('\ufffd') && /no such file/.test(read.problem ?? '')
        ? ' (the name may hold bytes that are not UTF-8; rename the file)'
        : '';
    throw new UsageError(`cannot read ${name}: ${read.problem}${badName}`);
  }
  const d = decode(read.bytes);
  if (d.text === undefined) throw new UsageError(`${name}: ${d.problem?.message ?? 'unreadable'}`);
  return d.text;
}

async function loadCorpus(dir: string, cache?: string): Promise<Corpus> {
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new UsageError(`corpus folder ${dir} does not exist`);
  }
  if (!st.isDirectory()) throw new UsageError(`corpus ${dir} is not a folder`);
  // The asynchronous loaders: they also read PDFs, web pages, Word files, subtitles and emails.
  return cache ? (await loadCorpusCachedAsync([dir], cache)).corpus : Corpus.loadManyAsync([dir]);
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      corpus: { type: 'string', short: 'c' },
      format: { type: 'string', short: 'f', default: 'text' },
      date: { type: 'string' },
      'no-unverified': { type: 'boolean' },
      severity: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      quiet: { type: 'boolean', short: 'q' },
      cache: { type: 'string' },
    },
  });
  if (values.version) {
    console.log(VERSION);
    return 0;
  }
  const [cmd, ...files] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!cmd) throw new UsageError('no command; the commands are check and quotes (verbatim --help)');
  if (values.date && !(/^\d{4}-\d{2}-\d{2}$/.test(values.date) && isCalendarDate(values.date)))
    throw new UsageError(`--date takes YYYY-MM-DD, not ${values.date}`);
  const severity: CheckOptions['severity'] = {};
  for (const s of values.severity ?? []) {
    const m = /^([a-z]+\.[a-z]+)=(error|warning|information|hint|off)$/.exec(s);
    if (!m || !FINDING_CODES.includes(m[1] as FindingCode))
      throw new UsageError(
        `--severity takes CODE=error|warning|information|hint|off with a code among ${FINDING_CODES.join(', ')}`,
      );
    severity[m[1] as FindingCode] = m[2] as Severity | 'off';
  }
  const opts: CheckOptions = { draftDate: values.date, reportUnverified: !values['no-unverified'], severity };
  if (cmd === 'check') {
    if (!values.corpus) throw new UsageError('check needs --corpus DIR');
    if (!files.length) throw new UsageError('check needs at least one draft file');
    if (!['text', 'json', 'sarif'].includes(values.format!))
      throw new UsageError(`--format is text, json or sarif, not ${values.format}`);
    const texts = files.map((f) => ({ file: f, text: readDraft(f) }));
    const corpus = await loadCorpus(values.corpus, values.cache ?? process.env.VERBATIM_CACHE);
    const reports: FileReport[] = texts.map(({ file, text }) => {
      const r = checkDraft(corpus, file, text, opts);
      return { file, text, findings: r.findings, notes: r.notes };
    });
    const problems = problemsOf(corpus.problems, reports);
    if (values.format === 'text' && !values.quiet) {
      for (const p of problems) {
        if (p.severity === 'information') continue;
        console.error(
          escapeForLine(
            `${p.file}${p.line !== undefined ? `:${p.line + 1}` : ''}: ${p.severity} ${p.code} ${p.message}`,
          ),
        );
      }
    }
    const out =
      values.format === 'json'
        ? JSON.stringify(toJson(reports, problems), null, 1)
        : values.format === 'sarif'
          ? JSON.stringify(toSarif(reports, problems), null, 1)
          : toText(reports);
    process.stdout.write(out + '\n');
    return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
  }
  if (cmd === 'quotes') {
    if (files.length !== 1) throw new UsageError('quotes takes exactly one draft file');
    if (!['text', 'json'].includes(values.format!))
      throw new UsageError(`--format is text or json, not ${values.format}`);
    const text = readDraft(files[0]);
    const corpus = values.corpus
      ? await loadCorpus(values.corpus, values.cache ?? process.env.VERBATIM_CACHE)
      : undefined;
    const sheet = quoteSheet(files[0], text, corpus, opts);
    process.stdout.write((values.format === 'json' ? JSON.stringify(sheet, null, 1) : quoteSheetText(sheet)) + '\n');
    return 0;
  }
  throw new UsageError(`unknown command ${cmd}; the commands are check and quotes`);
}

export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (e) {
    const msg =
      e instanceof UsageError
        ? e.message
        : (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
          ? (e as Error).message
          : `internal error: ${(e as Error).message}`;
    console.error(`verbatim: ${escapeForLine(msg)}`);
    if (!(e instanceof UsageError) && !(e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      if (process.env.VERBATIM_DEBUG) console.error((e as Error).stack);
      return 3;
    }
    return 2;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
