import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../src/data/schema';

const run = (file: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/draft.ts', file], {
    encoding: 'utf8',
    cwd: process.cwd(),
  });

describe('npm run draft', () => {
  it('prints a valid dataset for a bulletin', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/draft.ts', 'data/source/bulletin.txt'],
      { encoding: 'utf8' },
    );
    const parsed = datasetSchema.safeParse(JSON.parse(out));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.bulletins[0]!.visits).toHaveLength(6);
  }, 30_000);

  it('names an empty, binary or missing file on stderr, with a non-zero exit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    writeFileSync(join(dir, 'empty.txt'), '  \n\n');
    writeFileSync(join(dir, 'bin.dat'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    for (const [file, message] of [
      [join(dir, 'empty.txt'), 'is empty'],
      [join(dir, 'bin.dat'), 'not a text file'],
      [join(dir, 'missing.txt'), 'no such file'],
    ] as const) {
      const r = run(file);
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
    }
  }, 30_000);
});
