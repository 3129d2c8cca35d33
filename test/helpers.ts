// Test helpers: an in-memory corpus from literal files, and the text a finding covers.
import { Corpus } from '../server/src/engine/corpus/corpus';
import { checkDraft, type CheckOptions } from '../server/src/engine/engine';
import type { Finding } from '../server/src/engine/types';

export function corpusOf(files: Record<string, string>): Corpus {
  return Corpus.fromFiles(Object.entries(files).map(([path, text]) => ({ path: `/corpus/${path}`, text })));
}

export function check(corpus: Corpus, draft: string, opts: CheckOptions = {}, path = '/drafts/d.md') {
  return checkDraft(corpus, path, draft, { draftDate: '2024-05-16', ...opts });
}

export function covered(text: string, f: Finding) {
  return text.slice(f.span.start, f.span.end);
}

/** Applies a finding's first fix to the text. */
export function applyFix(text: string, f: Finding, k = 0): string {
  const edits = [...f.fixes[k].edits].sort((a, b) => b.span.start - a.span.start);
  for (const e of edits) text = text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
  return text;
}

/** A harbour-authority corpus written for these tests. */
export const HARBOR = {
  'people.yaml': `- name: Marta Lindqvist
  aliases: [Lindqvist]
  roles:
    - title: harbour master
      organization: Port of Skagen Authority
- name: Jonas Berg
  aliases: [Berg]
  roles:
    - title: chief executive
      organization: Nordic Ferry Lines
- name: Anna Berg
  roles:
    - title: environmental officer
      organization: Skagen Municipality
- name: Li Wen
  aliases: [Li]
  roles:
    - title: researcher
      organization: Aalborg University
`,
  '2024-05-14-press-conference.md':
    `---
kind: transcript
title: Port of Skagen press conference on the new ferry terminal
organization: Port of Skagen Authority
date: 2024-05-14
speakers:
  - name: Marta Lindqvist
    role: harbour master
    organization: Port of Skagen Authority
  - name: Jonas Berg
    role: chief executive
    organization: Nordic Ferry Lines
---
Marta Lindqvist: The new terminal will open in September. It can handle 14 departures a day, twice what we manage now.

We are not going to cut corners on safety to meet a date on a calendar.

Reporter: Who pays for the dredging?

Jonas Berg: Nordic Ferry Lines will pay for the dredging, every krone of it. We asked for this terminal and we will ` +
    `carry our share.
`,
  '2024-05-15-municipality-statement.md': `---
kind: statement
speaker: Anna Berg
role: environmental officer
organization: Skagen Municipality
date: 2024-05-15
---
The dredging permit requires the port to monitor eelgrass beds for five years. We will publish every measurement.
`,
  '2024-05-15-ferry-release.md': `---
kind: release
title: Nordic Ferry Lines commits to Skagen terminal
organization: Nordic Ferry Lines
date: 2024-05-15
---
Nordic Ferry Lines today confirmed a 220 million kroner investment in the Skagen ferry terminal.

"Skagen is the heart of our northern routes," said Jonas Berg, chief executive of Nordic Ferry Lines.
`,
  'quotes.jsonl':
    `{"speaker": "Li Wen", "role": "researcher", "organization": "Aalborg University", "date": "2024-05-13", ` +
    `"text": "Ports that dredge without monitoring lose their eelgrass within a decade."}
{"speaker": "spokesperson", "organization": "Danish Maritime Authority", "date": "2024-05-15", "text": "The ` +
    `authority will review the safety plan before any ferry docks at the new berth."}
`,
};
