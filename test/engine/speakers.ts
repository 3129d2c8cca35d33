// The speaker the draft reader gives each quotation of a draft (plain text, no corpus): the attribution tests'
// one reading.
import { readProse } from '../../server/src/engine/draft/analyze';
import { People } from '../../server/src/engine/corpus/people';
import { plainProse } from '../../server/src/engine/text/prose';
import { speakerOf } from '../../server/src/engine/draft/describe';

export function speakers(draft: string): (string | null)[] {
  const p = plainProse(draft);
  return readProse(p.text, p.blocks, new People()).quotes.map((q) => speakerOf(q.attribution?.ref).speaker);
}
