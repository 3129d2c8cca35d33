// fact.name: a known person's name spelled differently.
import type { Confirmation, Finding } from '../types';
import type { Corpus } from '../corpus/corpus';
import type { FactContext } from './facts';

export function checkNames(_corpus: Corpus, ctx: FactContext): { findings: Finding[]; confirmations: Confirmation[] } {
  const findings: Finding[] = [];
  for (const m of ctx.reading.mentions) {
    if (!m.misspelled || m.ref.kind !== 'person') continue;
    const name = m.correct ?? m.ref.person.name;
    const written = ctx.text.slice(m.span.start, m.span.end);
    findings.push({
      code: 'fact.name', severity: 'error', span: m.span,
      message: `"${written}" looks like a misspelling of ${name}${m.ref.person.roles[0]?.title ? ` (${m.ref.person.roles[0].title}${m.ref.person.roles[0].organization ? `, ${m.ref.person.roles[0].organization}` : ''})` : ''}.`,
      fixes: [{ title: `Spell it ${name}`, edits: [{ span: m.span, newText: name }] }],
    });
  }
  return { findings, confirmations: [] };
}
