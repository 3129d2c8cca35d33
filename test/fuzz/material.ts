// Real texts for the property tests: the example corpus and the harbour corpus of the unit tests as
// in-memory files, the example drafts, drafts written for the fuzzing, and sentences of the corpora.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HARBOR } from '../helpers';
import { ROOT } from '../cli/run';

/** The example corpus and the harbour corpus of the unit tests, as in-memory files. */
export const EXAMPLE_SOURCES: Record<string, string> = Object.fromEntries(
  readdirSync(join(ROOT, 'examples', 'sources'))
    .sort()
    .map((f) => [f, readFileSync(join(ROOT, 'examples', 'sources', f), 'utf8')]),
);
export const CORPUS_FILES: { path: string; text: string }[] = [
  ...Object.entries(EXAMPLE_SOURCES).map(([f, text]) => ({ path: `/corpus/riverton/${f}`, text })),
  ...Object.entries(HARBOR).map(([f, text]) => ({ path: `/corpus/harbour/${f}`, text })),
];

export const EXAMPLE_DRAFTS: string[] = readdirSync(join(ROOT, 'examples', 'drafts'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'examples', 'drafts', f), 'utf8'));

/** Drafts written for the fuzzing: RTL, CJK, guillemets, German marks, emoji, code, comments. */
export const SEED_DRAFTS: string[] = [
  ...EXAMPLE_DRAFTS,
  `---\ntitle: Harbour\ndate: 2024-05-16\n---\n🚢 Harbour master Marta Lindqvist said «We are not going to cut ` +
    `corners on safety to meet a deadline».\n\nJonas Berg, chief executive of Nordic Ferry Lines, said: „Nordic ` +
    `Ferry Lines will pay for the dredging, every krone of it.“\n\n「The new terminal will open in ` +
    `September」、Lindqvist said。\n`,
  `Mayor Elena Ruiz said ‘every neighborhood deserves a fire engine within four minutes’.\r\n\r\n‹Riders will pay ` +
    `for this in longer waits›, Nair said.\r\n`,
  `قال الوزير "Every neighborhood deserves a fire engine within five minutes," Ruiz said. שלום\n\n\u202e"This ` +
    `budget proves that we can keep the city safe," said Okafor.\u202c\n`,
  `<!-- "Riders will pay for this in longer waits," Ruiz said. -->\n\n\`\`\`\n"not a quote," he said\n\`\`\`\n\n"I ` +
    `cannot support a budget that leaves the bus fund short by $6 million," Okafor said 👩🏽‍🚒.\n`,
  `# “Budget” night\n\n> "Every neighborhood deserves a fire engine within four minutes. This budget gets us ` +
    `there," said Elena Ruiz.\n\n- "The motion carries, seven votes to two," Nair said on Tuesday.\n\n| who | said ` +
    `|\n|---|---|\n| Okafor | "Riders will pay" |\n`,
  `The council voted 7-2 on March 10. "We will be back next year with a better plan,\n\n"and the bus riders of the ` +
    `east side were left out of this budget," Okafor said.\n`,
  `他说：『这是一个测试』。𠀀𠀁 “With 38 more firefighters we can staff Engine 9 around the clock,” said Fire Chief Tomás García ` +
    `Márquez.\n`,
];

/** Sentences of the corpora, for quotations that match, nearly match or do not. */
export const SOURCE_SENTENCES: string[] = [
  'Every neighborhood deserves a fire engine within four minutes.',
  'This budget proves that we can keep the city safe without raising property taxes.',
  'Riders will pay for this in longer waits.',
  'I cannot support a budget that leaves the bus fund short by $6 million.',
  'The committee recommends a general fund budget of $412 million for the coming fiscal year.',
  'It adds 38 new firefighter positions and keeps the library open on Sundays.',
  'The motion carries, seven votes to two.',
  'Public safety is the first promise a city makes to its residents.',
  'The new positions are a start, not a finish.',
  'Our members have covered more than 9,000 overtime shifts since January, and 38 firefighters will not end that ' +
    'overnight.',
  'I voted no because the bus riders of the east side were left out of this budget.',
  'With 38 more firefighters we can staff Engine 9 around the clock for the first time since 2019.',
  'The new terminal will open in September.',
  'We are not going to cut corners on safety to meet a date on a calendar.',
  'Nordic Ferry Lines will pay for the dredging, every krone of it.',
  'Ports that dredge without monitoring lose their eelgrass within a decade.',
  'The authority will review the safety plan before any ferry docks at the new berth.',
  'Skagen is the heart of our northern routes.',
  'We will repave every street in the city by summer.',
];
