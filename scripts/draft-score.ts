/**
 * `npm run draft:score [-- --misses] [-- DIR]`: drafts every text of the development set (data/dev-bulletins)
 * and of its held-out part (data/dev-bulletins/held-out), and prints recall and precision per field, in the terms
 * of the README there. `--misses` lists what each text's draft missed (never for the held-out part).
 */
import { join } from 'node:path';
import { FIELDS, precision, readCases, recall, scoreSet, type SetScore } from './draft-score-lib';

const pct = (x: number) => `${(x * 100).toFixed(0)} %`.padStart(6);

function print(title: string, s: SetScore): void {
  console.log(`\n${title}: ${s.cases.length} texts`);
  console.log(`${'field'.padEnd(11)} ${'recall'.padStart(15)} ${'precision'.padStart(17)}`);
  for (const f of FIELDS) {
    const t = s.fields[f];
    console.log(
      `${f.padEnd(11)} ${`${t.found}/${t.expected}`.padStart(8)} ${pct(recall(t))} ${`${t.right}/${t.drafted}`.padStart(10)} ${pct(precision(t))}`,
    );
  }
  console.log(
    `false visits ${s.falseVisits} · leads given to the wrong visit ${s.wrongLeads} · quantities not in the expected facts ${s.inventedQuantities} · people who did not go made participants ${s.wrongParticipants}`,
  );
  if (s.emptyTexts)
    console.log(`texts without a visit: ${s.emptyDraftedEmpty}/${s.emptyTexts} drafted as none`);
}

async function main(argv: string[]): Promise<void> {
  const misses = argv.includes('--misses');
  const dirs = argv.filter((a) => !a.startsWith('--'));
  const root = join(process.cwd(), 'data/dev-bulletins');
  const sets: [string, string, boolean][] = dirs.length
    ? dirs.map((d) => [d, d, misses])
    : [
        ['development set (data/dev-bulletins)', root, misses],
        ['held-out set (data/dev-bulletins/held-out)', join(root, 'held-out'), false],
      ];
  for (const [title, dir, showMisses] of sets) {
    const cases = readCases(dir);
    if (!cases.length) continue;
    const score = await scoreSet(cases);
    if (showMisses)
      for (const c of score.cases)
        if (c.misses.length || c.falseVisits)
          console.log(
            `${c.name}: ${[...c.misses, ...(c.falseVisits ? [`${c.falseVisits} false visit(s)`] : [])].join('; ')}`,
          );
    print(title, score);
  }
}

await main(process.argv.slice(2));
