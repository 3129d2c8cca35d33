// people.yaml into the people registry: each entry's name, short forms and roles, each role citing the entry's lines.
import { LineIndex } from '../text/positions';
import { readPeopleYaml } from './people-yaml';
import type { People } from './people';
import type { CorpusProblem, SourceFile } from './files';
import type { SourceDoc } from './source-doc';
import { str } from './documents';

export function parsePeople(file: SourceFile, people: People, problem: (p: CorpusProblem) => void) {
  const { list, ranges, error } = readPeopleYaml(file.text); // (people-yaml.ts: large lists entry by entry)
  if (error) {
    problem({ file: file.path, code: 'corpus.people', severity: 'error', message: error });
    return;
  }
  if (!list) {
    problem({
      file: file.path,
      code: 'corpus.people',
      severity: 'error',
      message: 'people.yaml should be a list of people, each with a name (and optional aliases and roles)',
    });
    return;
  }
  // Where each entry stands in the file, so a title confirmed by people.yaml cites its line.
  const doc: SourceDoc = {
    path: file.path,
    text: file.text,
    lines: new LineIndex(file.text),
    kind: 'people',
    title: 'people.yaml',
  };
  list.forEach((entry, i) => {
    const e = entry as Record<string, unknown> | null;
    const name = e && typeof e === 'object' ? str(e.name) : undefined;
    if (!name) {
      problem({
        file: file.path,
        code: 'corpus.people',
        severity: 'warning',
        message: `entry ${i + 1} of people.yaml has no name; skipped`,
      });
      return;
    }
    const aliases = Array.isArray(e!.aliases)
      ? e!.aliases.map(str).filter((a): a is string => !!a)
      : typeof e!.aliases === 'string'
        ? [e!.aliases]
        : [];
    const roles = Array.isArray(e!.roles)
      ? e!.roles
      : e!.role || e!.title || e!.organization
        ? [{ title: e!.title ?? e!.role, organization: e!.organization }]
        : [];
    const p = people.addPerson(name, undefined, aliases, true);
    for (const r of roles) {
      const rr = r as Record<string, unknown>;
      const span = ranges[i];
      if (rr && typeof rr === 'object')
        people.addPerson(p.name, {
          title: str(rr.title) ?? str(rr.role),
          organization: str(rr.organization),
          source: span
            ? {
                doc,
                span: { start: span.start, end: span.start + file.text.slice(span.start, span.end).trimEnd().length },
              }
            : undefined,
        });
    }
  });
}
