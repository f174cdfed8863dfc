import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/fixtures';
import { synthYiyang } from '../testing/synth';
import { renderJsonSchema } from './json-schema';
import { DatasetLoadError, type LoadProblem } from './load-error';
import { parseDatasetText, validateDataset } from './parse-dataset';
import { checkDataset, checkDatasetInSlices, datasetSchema, type WritableDataset } from './schema';

/** Runs validation and returns the problem it reports. */
function problemOf(mutate: (d: WritableDataset) => void): LoadProblem {
  const data = fixture('tiny');
  mutate(data);
  try {
    validateDataset(data);
  } catch (error) {
    if (error instanceof DatasetLoadError) return error.problem;
    throw error;
  }
  throw new Error('expected the dataset to be rejected');
}

function schemaIssues(mutate: (d: WritableDataset) => void) {
  const problem = problemOf(mutate);
  if (problem.kind !== 'schema') throw new Error(`expected a schema problem, got ${problem.kind}`);
  return problem.issues;
}

const visit0 = (d: WritableDataset) => d.bulletins[0]!.visits[0]!;

describe('dataset schema', () => {
  it('accepts the bundled dataset and the tiny fixture', () => {
    expect(datasetSchema.safeParse(fixture('bundled')).success).toBe(true);
    expect(validateDataset(fixture('tiny')).bulletins[0]?.visits).toHaveLength(2);
  });

  it('names the path of a missing field', () => {
    const issues = schemaIssues((d) => {
      delete (visit0(d) as Partial<ReturnType<typeof visit0>>).headline;
    });
    expect(issues[0]?.path).toBe('bulletins[0].visits[0].headline');
  });

  it('names the path of a value of the wrong kind', () => {
    const issues = schemaIssues((d) => {
      (visit0(d) as { timeOfDay: string }).timeOfDay = 'noon';
    });
    expect(issues[0]).toMatchObject({ path: 'bulletins[0].visits[0].timeOfDay' });
  });

  it('rejects a malformed date with its path', () => {
    const issues = schemaIssues((d) => {
      visit0(d).date = '2020-2-7';
    });
    expect(issues[0]).toMatchObject({
      path: 'bulletins[0].visits[0].date',
      message: expect.stringContaining('YYYY-MM-DD'),
    });
  });

  it('rejects an id that refers to nothing', () => {
    const issues = schemaIssues((d) => {
      visit0(d).participants[0]!.personId = 'nobody';
    });
    expect(issues).toContainEqual({
      path: 'bulletins[0].visits[0].participants[0].personId',
      message: 'refers to unknown person "nobody"',
    });
  });

  it('rejects duplicate ids', () => {
    const issues = schemaIssues((d) => {
      d.people[1]!.id = 'test-a';
    });
    expect(issues).toContainEqual({ path: 'people[1].id', message: 'duplicate id "test-a"' });
  });

  it('rejects a district id that is not a district', () => {
    const issues = schemaIssues((d) => {
      visit0(d).districtId = 'community-one';
    });
    expect(issues[0]?.message).toBe('"community-one" is a community, not a district or county');
  });

  it('rejects evidence whose quote is not verbatim in its paragraph', () => {
    const issues = schemaIssues((d) => {
      visit0(d).supplies[0]!.evidence.quote = '送去医用口罩';
    });
    expect(issues).toContainEqual({
      path: 'bulletins[0].visits[0].supplies[0].evidence.quote',
      message: 'quote is not found verbatim in paragraph 1',
    });
  });

  it('rejects evidence pointing past the last paragraph', () => {
    const issues = schemaIssues((d) => {
      visit0(d).evidence.paragraph = 9;
    });
    expect(issues[0]).toMatchObject({ path: 'bulletins[0].visits[0].evidence.paragraph' });
  });

  it('rejects a participant that is neither a person nor an organisation', () => {
    const issues = schemaIssues((d) => {
      const p = visit0(d).participants[0]!;
      delete p.personId;
    });
    expect(issues[0]).toMatchObject({ path: 'bulletins[0].visits[0].participants[0]' });
  });

  it('names a schemaVersion it does not know, and the one it knows', () => {
    expect(problemOf((d) => ((d as { schemaVersion: number }).schemaVersion = 2))).toEqual({
      kind: 'version',
      found: '2',
      known: 1,
    });
  });

  it('counts every issue but lists only the first few', () => {
    const problem = problemOf((d) => {
      for (const p of d.people) p.name.en = '';
      for (const p of d.places) p.name.en = '';
    });
    expect(problem).toMatchObject({ kind: 'schema', count: 6 });
    if (problem.kind === 'schema') expect(problem.issues).toHaveLength(5);
  });
});

describe('dataset text', () => {
  it('says where broken JSON broke', () => {
    try {
      parseDatasetText('{\n  "schemaVersion": 1,\n  "bulletins": [\n', 'data/dataset.json');
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetLoadError);
      expect((error as DatasetLoadError).problem).toMatchObject({
        kind: 'json',
        line: 4,
        url: 'data/dataset.json',
      });
    }
  });

  it('recognises an HTML page served in place of JSON', () => {
    expect(() => parseDatasetText('<!DOCTYPE html><html><body>Not found</body></html>', 'x.json')).toThrow(
      expect.objectContaining({ problem: { kind: 'html', url: 'x.json' } }),
    );
  });
});

describe('dataset.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run `npm run data:schema` when this fails)', () => {
    const committed = readFileSync(resolve(process.cwd(), 'public/data/dataset.schema.json'), 'utf8');
    expect(committed).toBe(renderJsonSchema());
  });
});

describe('whole-file rules in slices', () => {
  it('finds what checkDataset finds, pausing between slices', async () => {
    const data = synthYiyang(2000, 7);
    // A reference and an id gone wrong near the end, and a quote that is not in its paragraph.
    const last = data.bulletins.at(-1)!;
    last.visits[0]!.placeId = 'nowhere';
    last.id = data.bulletins[0]!.id;
    last.visits.at(-1)!.evidence.quote = '不在原文中的一句';
    let pauses = 0;
    const pause = () => {
      pauses += 1;
      return Promise.resolve();
    };
    const sliced = await checkDatasetInSlices(data, {}, pause, 0);
    expect(sliced).toEqual(checkDataset(data));
    const messages = sliced.map((i) => i.message).join('\n');
    expect(messages).toContain('duplicate id');
    expect(messages).toContain('unknown place "nowhere"');
    expect(messages).toContain('quote is not found verbatim');
    // One slice per 32 bulletins, with a pause between each (a slice of 0 ms ends at once).
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(data.bulletins.length / 32));
  });
});
