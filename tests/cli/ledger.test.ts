// The document ledger through the CLI: --inventory, woo show, the JSON exports, and the rule that a
// suggested split of a point is never stored unseen.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let home: string;
const ID = '2026-001-voorbeeldstad-parkeren';
const stored = () => JSON.parse(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8'));
const LETTER = 'Datum 20 november 2026\n\nBesluit\n\nIk heb besloten uw verzoek deels in te willigen. De documenten staan op de inventarislijst.\n';
const INVENTORY = [
  '\uFEFFNr.;Datum;Omschrijving;Onderdeel;Beoordeling;Weigeringsgronden',
  '1;15-1-2026;"E-mail van de afdeling Verkeer aan de wethouder over het parkeerbeleid in de binnenstad, met een lange toelichting";1;Deels openbaar;5.1.2e',
  '2;3-2-2026;Nota parkeerbeleid;1;Openbaar;',
  '3;;Handhavingscijfers 2025;2;Niet openbaar;"5.1 lid 2 sub d; 5.1.2e"',
  '4;;Raadsinformatiebrief;2;Reeds openbaar;',
  '5;;Memo;2;buiten verzoek;',
].join('\r\n');

beforeEach(async () => {
  home = tempDir();
  await runCli(['profile', '--name', 'Jan Jansen'], { home });
  await runCli(['new', 'vrij', '--set', 'onderwerp=parkeren', '--body', 'Gemeente Voorbeeldstad', '--body-unlisted', '--set', 'eigen_punten=Het parkeerbeleid', '--set', 'eigen_punten=De handhavingscijfers', '--yes'], { home });
  await runCli(['log', ID, 'received', '2026-10-01'], { home });
  writeFileSync(join(home, 'besluit.txt'), LETTER);
  writeFileSync(join(home, 'inventaris.csv'), INVENTORY);
});

describe('woo respond --inventory', () => {
  it('--dry-run --json gives the ledger, the outcome per point derived from its documents with its source, and the unplaced sentences', async () => {
    const r = await runCli(['respond', ID, '--from', join(home, 'besluit.txt'), '--inventory', join(home, 'inventaris.csv'), '--dry-run', '--json'], { home });
    expect(r.code).toBe(0);
    const proposal = JSON.parse(r.stdout);
    expect(proposal.documents.map((d: { number: string; assessment: string }) => [d.number, d.assessment])).toEqual([['1', 'partial_public'], ['2', 'public'], ['3', 'not_public'], ['4', 'already_public']]);
    expect(proposal.points).toEqual([
      expect.objectContaining({ point: 1, outcome: 'partial_public', grounds: ['5.1.2e'], documents: 2, source: 'documents' }),
      expect.objectContaining({ point: 2, outcome: 'partial_public', grounds: ['5.1.2d', '5.1.2e'], documents: 2, source: 'documents' }),
    ]);
    expect(Array.isArray(proposal.unplaced)).toBe(true);
    expect(r.stderr).toContain('Document 5: beoordeling "buiten verzoek" niet herkend');
    expect(stored().events.some((e: { documents?: unknown }) => e.documents)).toBe(false);
  });

  it('--yes stores the ledger with the decision, and woo show lists it within 80 columns', async () => {
    const r = await runCli(['respond', ID, '--from', join(home, 'besluit.txt'), '--inventory', join(home, 'inventaris.csv'), '--yes'], { home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 uitkomst(en) en 4 documenten (inventarislijst) vastgelegd');
    const decision = stored().events.find((e: { type: string }) => e.type === 'decided');
    expect(decision.documents).toHaveLength(4);
    expect(decision.documents[2]).toMatchObject({ number: '3', description: 'Handhavingscijfers 2025', assessment: 'not_public', grounds: ['5.1.2d', '5.1.2e'], points: [2] });

    const show = await runCli(['show', ID], { home, env: { COLUMNS: '' } });
    const ledger = show.stdout.slice(show.stdout.indexOf('Documenten bij het besluit'));
    expect(ledger).toMatch(/^Documenten bij het besluit van vr 20 nov 2026 \[e[\w-]+\] \(inventarislijst\):\n  4 documenten: 1 openbaar, 1 deels openbaar, 1 niet openbaar, 1 reeds openbaar\.\n/);
    expect(ledger).toMatch(/\n {2}1 {4}15-01-2026 {2}deels openbaar {2}5\.1\.2e +1 +E-mail van de afdeling/);
    expect(ledger).toMatch(/\n {2}3 {16}niet openbaar {3}5\.1\.2d, 5\.1\.2e +2 +Handhavingscijfers 2025/);
    for (const line of show.stdout.slice(show.stdout.indexOf('Documenten bij het besluit'), show.stdout.indexOf('Tijdlijn')).split('\n')) expect(line.length).toBeLessThanOrEqual(80);

    const json = JSON.parse((await runCli(['show', ID, '--json'], { home })).stdout);
    expect(json.events.find((e: { type: string }) => e.type === 'decided').documents).toHaveLength(4);
  });

  it('refuses --inventory without --from, and a list without a header, leaving the request as it was', async () => {
    const before = readFileSync(join(home, 'requests', `${ID}.json`), 'utf8');
    const alone = await runCli(['respond', ID, '--inventory', join(home, 'inventaris.csv'), '--yes'], { home });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--inventory hoort bij --from');
    writeFileSync(join(home, 'kaal.csv'), '1;Brief;openbaar\n');
    const bare = await runCli(['respond', ID, '--from', join(home, 'besluit.txt'), '--inventory', join(home, 'kaal.csv'), '--yes'], { home });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('geen kopregel met een kolom voor de beoordeling');
    expect(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8')).toBe(before);
  });
});

describe('a suggested split is never stored unseen', () => {
  it('a 17-point import with --yes stores 17 outcomes and names the suggested splits on stderr', async () => {
    const cas = '2026-002-politie-cas';
    await runCli(['new', 'cas-2021', '--yes'], { home });
    await runCli(['log', cas, 'received', '2026-09-01'], { home });
    const answers = Array.from({ length: 17 }, (_, i) =>
      [3, 5].includes(i + 1)
        ? `Ad ${i + 1}\nDe notulen bij punt ${i + 1} zijn reeds openbaar, zie https://example.org/notulen-${i + 1}. Documenten over de evaluatie zijn niet aangetroffen.`
        : `Ad ${i + 1}\nDe documenten bij punt ${i + 1} maak ik openbaar.`,
    );
    writeFileSync(join(home, 'besluit17.txt'), `Datum 20 november 2026\n\nBesluit\n\n${answers.join('\n\n')}\n`);
    const proposal = JSON.parse((await runCli(['respond', cas, '--from', join(home, 'besluit17.txt'), '--dry-run', '--json'], { home })).stdout);
    const split = proposal.points.filter((p: { alsoOutcomes?: string[] }) => p.alsoOutcomes?.length).map((p: { point: number }) => p.point);
    expect(split.length).toBeGreaterThan(0);

    const r = await runCli(['respond', cas, '--from', join(home, 'besluit17.txt'), '--yes'], { home });
    expect(r.code).toBe(0);
    const outcomes = JSON.parse(readFileSync(join(home, 'requests', `${cas}.json`), 'utf8')).outcomes;
    expect(outcomes).toHaveLength(17);
    expect(new Set(outcomes.map((o: { point: number }) => o.point)).size).toBe(17);
    for (const n of split) expect(r.stderr).toContain(`Voor punt ${n} stelt de brief ook`);
  });
});

describe('woo report --by document', () => {
  it('counts documents per assessment and ground across requests, as table, JSON and CSV', async () => {
    const empty = await runCli(['report', '--by', 'document'], { home });
    expect(empty.stdout).toContain('Nog geen documenten vastgelegd');
    await runCli(['respond', ID, '--from', join(home, 'besluit.txt'), '--inventory', join(home, 'inventaris.csv'), '--yes'], { home });

    const table = await runCli(['report', '--by', 'document'], { home });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Gemeente Voorbeeldstad +1 +4 +1 +25% +1 +25% +1 +25% +1 +25%/);
    expect(table.stdout).toMatch(/5\.1\.2e +2× +eerbiediging van de persoonlijke levenssfeer/);
    expect(table.stdout).toMatch(/5\.1\.2d +1× +inspectie, controle en toezicht/);
    for (const line of table.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);

    const json = JSON.parse((await runCli(['report', '--by', 'document', '--json'], { home })).stdout);
    expect(json.total).toEqual({ key: 'totaal', requests: 1, documents: 4, assessments: { public: 1, partial_public: 1, not_public: 1, already_public: 1 }, grounds: { '5.1.2e': 2, '5.1.2d': 1 } });

    const csv = (await runCli(['report', '--by', 'document', '--csv'], { home })).stdout;
    expect(csv).toBe(
      'Bestuursorgaan,Verzoeken,Documenten,Openbaar,Deels openbaar,Niet openbaar,Reeds openbaar,% openbaar,% deels openbaar,% niet openbaar,% reeds openbaar,Weigeringsgronden\r\n' +
        'Gemeente Voorbeeldstad,1,4,1,1,1,1,25,25,25,25,"5.1.2e: 2; 5.1.2d: 1"\r\n',
    );
    const excel = (await runCli(['report', '--by', 'document', '--excel'], { home })).stdout;
    expect(excel.split('\r\n')[1]).toBe('Gemeente Voorbeeldstad;1;4;1;1;1;1;25;25;25;25;"5.1.2e: 2; 5.1.2d: 1"');
    expect(excel.startsWith('\uFEFFBestuursorgaan;')).toBe(true);
  });
});
