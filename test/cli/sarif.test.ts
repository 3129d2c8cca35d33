// `verbatim check --format sarif`: valid SARIF 2.1.0, holding the same findings as the JSON output.
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { buildOnce, verbatim } from './run';
import { CLEAN, CODES, CORPUS, DIRTY, json, read } from './examples';

/** A validator for the official SARIF 2.1.0 schema (a draft-04 schema) with Ajv 8. */
function sarifValidator() {
  const schema = JSON.parse(read('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
  // Ajv 8 knows no draft-04 meta-schema and rejects the draft-04 `id`; the schema uses no other
  // draft-04-only semantics (no boolean exclusiveMinimum/Maximum), so dropping both keeps its meaning.
  delete schema.$schema;
  delete schema.id;
  // unicodeRegExp: false because one of its patterns (language tags) is not a valid /u regular expression.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  // The formats the schema uses, checked rather than ignored (no ajv-formats needed).
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/[\s\\]/.test(s) && !/^[a-z]:/i.test(s));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s));
  return ajv.compile(schema);
}

describe('verbatim CLI', function () {
  before(function () {
    this.timeout(60_000);
    buildOnce();
  });

  describe('--format sarif', () => {
    let validate: ReturnType<typeof sarifValidator>;
    before(() => {
      validate = sarifValidator();
    });
    const isValid = (d: unknown): boolean => !!validate(d);
    const sarif = (...files: string[]) => {
      const r = verbatim('check', '--corpus', CORPUS, '--format', 'sarif', ...files);
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      return JSON.parse(r.stdout);
    };

    it('validates against the SARIF 2.1.0 schema', () => {
      for (const doc of [sarif(DIRTY), sarif(CLEAN), sarif(DIRTY, CLEAN)]) {
        const ok = isValid(doc);
        assert.ok(ok, JSON.stringify(validate.errors, null, 1));
        assert.equal(doc.version, '2.1.0');
      }
    });

    it('the schema check rejects broken documents (the validator can fail)', () => {
      const doc = sarif(DIRTY);
      assert.ok(isValid(doc));
      const broken = structuredClone(doc);
      broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
      broken.runs[0].results[0].level = 'fatal';
      assert.equal(isValid(broken), false);
      const where = validate.errors!.map((e) => e.instancePath).sort();
      assert.deepEqual(where, [
        '/runs/0/results/0/level',
        '/runs/0/results/0/locations/0/physicalLocation/region/startLine',
      ]);
      const noVersion = structuredClone(doc);
      delete noVersion.version;
      assert.equal(isValid(noVersion), false);
      const badUri = structuredClone(doc);
      badUri.runs[0].tool.driver.informationUri = 'not a uri';
      assert.equal(isValid(badUri), false);
      const extra = structuredClone(doc);
      extra.runs[0].results[0].locations[0].physicalLocation.region.line = 3;
      assert.equal(isValid(extra), false, 'additional properties are rejected');
    });

    it('gives the JSON findings as results with 1-based regions and rule indexes', () => {
      const doc = sarif(DIRTY);
      const { findings } = json(DIRTY);
      const run = doc.runs[0];
      assert.equal(run.columnKind, 'utf16CodeUnits');
      const rules = run.tool.driver.rules as { id: string; helpUri: string }[];
      assert.deepEqual(
        rules.map((r) => r.id),
        CODES,
      );
      assert.equal(run.results.length, findings.length);
      run.results.forEach((res: any, i: number) => {
        const f = findings[i];
        assert.equal(res.ruleId, f.code);
        assert.equal(rules[res.ruleIndex].id, res.ruleId);
        assert.equal(res.message.text, f.message);
        assert.equal(res.level, f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'note');
        const loc = res.locations[0].physicalLocation;
        assert.equal(loc.artifactLocation.uri, DIRTY);
        assert.deepEqual(loc.region, {
          startLine: f.range.start.line + 1,
          startColumn: f.range.start.character + 1,
          endLine: f.range.end.line + 1,
          endColumn: f.range.end.character + 1,
        });
        if (f.citation) {
          const rel = res.relatedLocations[0].physicalLocation;
          assert.equal(rel.artifactLocation.uri, f.citation.file);
          assert.equal(rel.region.startLine, f.citation.range.start.line + 1);
          assert.equal(rel.region.startColumn, f.citation.range.start.character + 1);
          assert.equal(rel.region.snippet.text, f.citation.text);
        }
        assert.equal(res.fixes?.length ?? 0, f.fixes.length);
        f.fixes.forEach((x, k) => {
          const rep = res.fixes[k].artifactChanges[0].replacements[0];
          assert.equal(rep.deletedRegion.startLine, x.edits[0].range.start.line + 1);
          assert.equal(rep.deletedRegion.startColumn, x.edits[0].range.start.character + 1);
          assert.equal(rep.insertedContent.text, x.edits[0].newText);
        });
      });
      // The misattributed quotation is on line 9, column 49 of the draft as an editor counts.
      const mis = run.results.find((r: any) => r.ruleId === 'quote.misattributed');
      assert.deepEqual(
        [mis.locations[0].physicalLocation.region.startLine, mis.locations[0].physicalLocation.region.startColumn],
        [9, 49],
      );
    });
  });
});
