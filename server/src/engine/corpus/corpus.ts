// A loaded corpus: its documents, statements, people and the quotation index.
import type { CorpusProblem, SourceFile } from './files';
import { walkCorpus } from './files';
import { tokenize } from '../text/tokens';
import { People } from './people';
import { NgramIndex } from './ngrams';
import { FactIndex } from '../checks/context';
import { docStatements, jsonlStatements, parseDoc, parsePeople, type SourceDoc, type Statement } from './documents';

export class Corpus {
  readonly people = new People();
  readonly docs: SourceDoc[] = [];
  readonly statements: Statement[] = [];
  readonly index = new NgramIndex(this.statements);
  /** Source sentences for the fact checks. */
  readonly facts = new FactIndex(this.statements);
  readonly problems: CorpusProblem[] = [];
  /** Changes whenever statements are added or removed (for caches of check results). */
  version = 0;

  /** Builds a corpus from files already read (the caller decides where they come from). */
  static fromFiles(files: SourceFile[], problems: CorpusProblem[] = []): Corpus {
    const c = new Corpus();
    c.problems.push(...problems);
    const problem = (p: CorpusProblem) => c.problems.push(p);
    let id = 0;
    const next = () => id++;
    // People first, then every document's speakers, so that articles can be attributed with all names known.
    for (const f of files) if (/(^|[\\/])people\.ya?ml$/i.test(f.path)) parsePeople(f, c.people, problem);
    const parsed: SourceDoc[] = [];
    for (const f of files) {
      if (/\.(md|markdown|txt)$/i.test(f.path)) parsed.push(parseDoc(f, c.people, problem));
    }
    for (const f of files) {
      if (!/\.jsonl$/i.test(f.path)) continue;
      const { doc, statements } = jsonlStatements(f, c.people, problem, next);
      c.docs.push(doc);
      c.statements.push(...statements);
    }
    for (const d of parsed) {
      c.docs.push(d);
      c.statements.push(...docStatements(d, c.people, problem, next));
    }
    c.statements.sort((a, b) => a.id - b.id);
    for (const s of c.statements) { const tokens = tokenize(s.text); c.index.add(s, tokens); c.facts.add(s, tokens); }
    c.index.freeze();
    c.facts.freeze();
    for (const d of c.docs) if (d.prose) d.prose = { ...d.prose, text: '', blocks: [] }; // the prose mask is no longer needed
    return c;
  }

  static load(dir: string): Corpus { return Corpus.loadMany([dir]); }

  /** One corpus from several folders. */
  static loadMany(dirs: string[]): Corpus {
    const problems: CorpusProblem[] = [];
    const files = dirs.flatMap((dir) => walkCorpus(dir, (p) => problems.push(p)));
    return Corpus.fromFiles(files, problems);
  }
}
