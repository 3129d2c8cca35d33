// Findings as the CLI prints them: compiler-style text, the evaluation JSON, SARIF 2.1.0.
import {
  codeDescription,
  FINDING_CODES,
  LineIndex,
  VERSION,
  type Citation,
  type CorpusProblem,
  type Finding,
  type FindingCode,
} from '../engine/index';

export interface FileReport {
  file: string;
  text: string;
  findings: Finding[];
  /** The draft's own notes (front matter, parts not read). */
  notes?: string[];
}

/** A problem outside the findings: a corpus file's (corpus.*) or a draft's own note (draft.note). 0-based line. */
export interface Problem {
  file: string;
  line?: number;
  code: string;
  severity: 'error' | 'warning' | 'information';
  message: string;
}

/** The corpus's problems and the drafts' notes, as one list. */
export function problemsOf(corpus: CorpusProblem[], reports: FileReport[]): Problem[] {
  const out: Problem[] = corpus.map((p) => ({
    file: p.file,
    line: p.line,
    code: p.code,
    severity: p.severity,
    message: p.message,
  }));
  for (const r of reports) {
    for (const n of r.notes ?? []) out.push({ file: r.file, code: 'draft.note', severity: 'warning', message: n });
  }
  return out;
}

/**
 * Text for one line of output: control characters, line and paragraph separators and bidi
 * controls written as escapes, so a file name holding a line break cannot forge a line of its own
 * (a finding, in a CI log) and an override cannot reorder what the line shows.
 */
export function escapeForLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code === 10 ? '\\n' : code === 13 ? '\\r' : code === 9 ? '\\t' : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

function citationJson(c?: Citation) {
  if (!c) return undefined;
  return {
    file: c.file,
    range: c.range,
    speaker: c.speaker,
    role: c.role,
    organization: c.organization,
    date: c.date,
    title: c.title,
    text: c.text,
    place: c.place,
    format: c.format,
  };
}

export function toJson(reports: FileReport[], problems: Problem[] = []) {
  const findings = reports.flatMap(({ file, text, findings }) => {
    const li = new LineIndex(text);
    return findings.map((f) => ({
      file,
      range: li.range(f.span),
      code: f.code,
      severity: f.severity,
      message: f.message,
      ...(f.confidence !== undefined ? { confidence: Math.round(f.confidence * 100) / 100 } : {}),
      citation: citationJson(f.citation),
      fixes: f.fixes.map((x) => ({
        title: x.title,
        edits: x.edits.map((e) => ({ range: li.range(e.span), newText: e.newText })),
      })),
    }));
  });
  return { findings, problems };
}

/**
 * file:line:column for a text source; for a PDF, subtitles and the rest (whose lines are of the extracted text) the
 * file and its place.
 */
function sourceWhere(c: Citation): string {
  if (c.format) return `${c.file}${c.place ? `, ${c.place}` : ''}`;
  return `${c.file}:${c.range.start.line + 1}:${c.range.start.character + 1}`;
}

export function toText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const { file, text, findings } of reports) {
    const li = new LineIndex(text);
    for (const f of findings) {
      const p = li.position(f.span.start);
      lines.push(escapeForLine(`${file}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.code} ${f.message}`));
      const c = f.citation;
      if (c)
        lines.push(
          escapeForLine(
            `    source: ${sourceWhere(c)}${c.speaker ? ` (${c.speaker}${c.date ? `, ${c.date}` : ''})` : ''}`,
          ),
        );
    }
  }
  const n = reports.reduce((a, r) => a + r.findings.length, 0);
  lines.push(
    n
      ? `${n} finding${n === 1 ? '' : 's'} in ${reports.filter((r) => r.findings.length).length} of ` +
          `${reports.length} file${reports.length === 1 ? '' : 's'}`
      : `no findings in ${reports.length} file${reports.length === 1 ? '' : 's'}`,
  );
  return lines.join('\n');
}

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;
const RULE_TEXT: Record<FindingCode, string> = {
  'quote.misattributed': 'The quoted words are in the sources, said by someone other than the person the draft names.',
  'quote.altered': 'The quotation is close to a source statement but its words differ.',
  'quote.unverified': 'No source statement supports the quotation.',
  'fact.number': 'A number disagrees with the source sentence that states the same fact.',
  'fact.date': 'A date or weekday disagrees with the source.',
  'fact.title': "A person's title, role or organization disagrees with the sources.",
  'fact.name': "A known person's name is misspelled.",
};

function region(li: LineIndex, s: { start: number; end: number }) {
  const a = li.position(s.start),
    b = li.position(s.end);
  return { startLine: a.line + 1, startColumn: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}

function uri(path: string) {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/** Problems as SARIF tool execution notifications. */
function notifications(problems: Problem[]) {
  return problems.map((p) => ({
    level: LEVEL[p.severity],
    message: { text: p.message },
    descriptor: { id: p.code },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(p.file) },
          ...(p.line !== undefined ? { region: { startLine: p.line + 1 } } : {}),
        },
      },
    ],
  }));
}

export function toSarif(reports: FileReport[], problems: Problem[] = []) {
  const results = reports.flatMap(({ file, text, findings }) => {
    const li = new LineIndex(text);
    return findings.map((f) => ({
      ruleId: f.code,
      ruleIndex: FINDING_CODES.indexOf(f.code),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: uri(file) }, region: region(li, f.span) } }],
      ...(f.citation
        ? {
            relatedLocations: [
              {
                id: 1,
                message: {
                  text:
                    `Source${f.citation.speaker ? `: ${f.citation.speaker}` : ''}` +
                    `${f.citation.date ? `, ${f.citation.date}` : ''}` +
                    `${f.citation.place ? `, ${f.citation.place}` : ''}`,
                },
                physicalLocation: {
                  artifactLocation: { uri: uri(f.citation.file) },
                  region: {
                    startLine: f.citation.range.start.line + 1,
                    startColumn: f.citation.range.start.character + 1,
                    endLine: f.citation.range.end.line + 1,
                    endColumn: f.citation.range.end.character + 1,
                    snippet: { text: f.citation.text },
                  },
                },
              },
            ],
          }
        : {}),
      ...(f.fixes.length
        ? {
            fixes: f.fixes.map((x) => ({
              description: { text: x.title },
              artifactChanges: [
                {
                  artifactLocation: { uri: uri(file) },
                  replacements: x.edits.map((e) => ({
                    deletedRegion: region(li, e.span),
                    insertedContent: { text: e.newText },
                  })),
                },
              ],
            })),
          }
        : {}),
    }));
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Verbatim',
            version: VERSION,
            informationUri: codeDescription(''),
            rules: FINDING_CODES.map((c) => ({
              id: c,
              shortDescription: { text: RULE_TEXT[c] },
              helpUri: codeDescription(c),
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications(problems) }],
        results,
      },
    ],
  };
}
