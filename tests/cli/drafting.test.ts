// The drafting commands in-process against a real temporary workspace (no mocks).
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CAS_ANSWERS, runCli, tempDir } from '../helpers/cli.js';

let home: string;
beforeEach(async () => {
  home = tempDir();
  await runCli(['profile', '--name', 'Jan Jansen', '--address', 'Dorpsstraat 1', '--postcode', '1234ab', '--city', 'Utrecht', '--email', 'jan@example.nl'], { home });
});

function answersFile(data: unknown): string {
  const file = join(home, 'antwoorden.json');
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

describe('woo new without a terminal', () => {
  it('stores a request from an answers file and prints it as JSON', async () => {
    const r = await runCli(['new', 'algoritme', '--answers', answersFile(CAS_ANSWERS), '--yes', '--json'], { home });
    expect(r.code).toBe(0);
    const request = JSON.parse(r.stdout);
    expect(request.id).toBe('2026-001-politie-cas');
    expect(request.points).toHaveLength(17);
    expect(request.requester.name).toBe('Jan Jansen');
    expect(existsSync(join(home, 'requests', '2026-001-politie-cas.json'))).toBe(true);
    // Files private to the user.
    expect(statSync(join(home, 'requests', '2026-001-politie-cas.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, 'requests')).mode & 0o777).toBe(0o700);
  });

  it('works with --set and --body, and counts ids up', async () => {
    await runCli(['new', 'cas-2021', '--yes'], { home });
    const r = await runCli(['new', 'vrij', '--set', 'onderwerp=de herinrichting van het Stationsplein', '--body', 'Gemeente Utrecht', '--set', 'eigen_punten=Het projectplan', '--json'], { home });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('2026-002-utrecht-herinrichting');
    const list = JSON.parse((await runCli(['list', '--json'], { home })).stdout);
    expect(list.map((x: { id: string }) => x.id)).toEqual(['2026-001-politie-cas', '2026-002-utrecht-herinrichting']);
  });

  it('names a missing required answer and writes nothing', async () => {
    const r = await runCli(['new', 'algoritme', '--set', 'systeem=CAS', '--yes'], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Verplicht antwoord ontbreekt: "bestuursorgaan"');
    expect(r.stderr).toContain('--set bestuursorgaan=');
    expect(readdirSync(join(home, 'requests'))).toEqual([]);
  });

  it.each([
    [['--set', 'periode_van=2026-02-30'], /Ongeldige datum bij "periode_van": "2026-02-30"/],
    [['--set', 'periode_van=2022-01-01', '--set', 'periode_tot=2021-01-01'], /ligt na periode_tot/],
    [['--set', 'systeem'], /Ongeldige --set "systeem"/],
    [['--set', 'systeem=   '], /Verplicht antwoord ontbreekt: "systeem"/],
    [['--id', '../evil'], /Ongeldig id "..\/evil"/],
    [['--set', 'punten=1,40'], /Punt 40 bestaat niet/],
  ])('woo new algoritme with valid answers plus %j: exit 2, a Dutch message, nothing written', async (extra, message) => {
    const r = await runCli(['new', 'algoritme', '--answers', answersFile(CAS_ANSWERS), ...extra, '--yes'], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(readdirSync(join(home, 'requests'))).toEqual([]);
  });

  it.each([
    [['new', 'onbestaand', '--yes'], /Onbekend sjabloon: "onbestaand"/],
    [['new', '--yes'], /Geef een sjabloon op/],
  ])('%j: exit 2', async (args, message) => {
    const r = await runCli(args, { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('drops terminal control sequences from answers and the profile', async () => {
    await runCli(['profile', '--name', 'Jan \u001b[31mJansen\u001b[0m'], { home });
    const r = await runCli(['new', 'algoritme', '--answers', answersFile({ ...CAS_ANSWERS, systeem: 'CAS\u001b]0;pwned\u0007 \u202eSysteem' }), '--yes', '--json'], { home });
    expect(r.code).toBe(0);
    const letter = (await runCli(['letter', JSON.parse(r.stdout).id], { home })).stdout;
    expect(letter).not.toMatch(/[\u0000-\u0008\u001b\u007f\u202e]/);
    // Whole sequences go, their payload with them.
    expect(letter).toContain('Jan Jansen');
    expect(letter).toContain('het systeem CAS Systeem');
    expect(letter).not.toMatch(/\[31m|pwned/);
  });

  it('refuses an answers file that is not JSON, naming the line', async () => {
    const r = await runCli(['new', 'algoritme', '--answers', answersFile('{\n"systeem": "CAS",\n}'), '--yes'], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is geen geldige JSON \(regel 3\)/);
  });

  it('keeps hostile text as data: template syntax in an answer appears literally', async () => {
    const r = await runCli(['new', 'algoritme', '--answers', answersFile({ ...CAS_ANSWERS, systeem: '{{constructor}} <script>', afkorting: '' }), '--yes', '--json'], { home });
    expect(r.code).toBe(0);
    const letter = await runCli(['letter', JSON.parse(r.stdout).id, '--format', 'md'], { home });
    expect(letter.stdout).toContain('het systeem {{constructor}} <script> die laten zien');
  });
});

describe('woo list and show', () => {
  it('lists every request even when one file is damaged, and reports the damaged file', async () => {
    await runCli(['new', 'cas-2021', '--yes'], { home });
    await runCli(['new', 'cas-2021', '--yes'], { home });
    writeFileSync(join(home, 'requests', '2026-002-politie-cas.json'), '{"schemaVersion": 1, "id": ');
    const r = await runCli(['list'], { home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2026-001-politie-cas');
    expect(r.stderr).toMatch(/Beschadigd bestand .*2026-002-politie-cas\.json: geen geldige JSON/);
    const show = await runCli(['show', '2026-002-politie-cas'], { home });
    expect(show.code).toBe(1);
    expect(show.stderr).toContain('2026-002-politie-cas.json');
    expect((await runCli(['show', '2026-001-politie-cas'], { home })).code).toBe(0);
  });

  it('reports a hand-broken field with its path and the schema message', async () => {
    await runCli(['new', 'cas-2021', '--yes'], { home });
    const file = join(home, 'requests', '2026-001-politie-cas.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.created = '2026-13-01';
    writeFileSync(file, JSON.stringify(data));
    const r = await runCli(['show', '2026-001-politie-cas'], { home });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Beschadigd bestand .*: .*ongeldige datum.*created/);
  });

  it('shows points, timeline and letter; --json has the request with derived fields', async () => {
    await runCli(['new', 'cas-2021', '--yes'], { home });
    const text = await runCli(['show', '2026-001-politie-cas', '--letter'], { home });
    expect(text.stdout).toContain('Status:         concept');
    expect(text.stdout).toContain(' 17. Alle risicoanalyses');
    expect(text.stdout).toContain('Verzoek op grond van de Wet open overheid');
    const json = JSON.parse((await runCli(['show', '2026-001-politie-cas', '--json'], { home })).stdout);
    expect(json.points).toHaveLength(17);
    expect(json.status).toBe('draft');
    expect(json.letter).toContain('Geachte heer, mevrouw,');
  });

  it.each([
    [['show', 'bestaat-niet'], 1, /Onbekend verzoek: "bestaat-niet"/],
    [['show', '../profile'], 2, /Ongeldig verzoek-id/],
    [['show', 'a/b'], 2, /Ongeldig verzoek-id/],
    [['letter', 'bestaat-niet'], 1, /Onbekend verzoek/],
    [['list', '--open', '--overdue'], 2, /Kies één van/],
    [['lijst'], 2, /Onbekende opdracht "lijst"/],
    [['list', '--bogus'], 2, /Onbekende optie --bogus/],
  ])('%j → exit %i', async (args, code, message) => {
    const r = await runCli(args as string[], { home });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });
});

describe('woo letter', () => {
  it('writes Markdown and text to a file or stdout', async () => {
    await runCli(['new', 'cas-2021', '--yes'], { home });
    const txt = await runCli(['letter', '2026-001-politie-cas', '--format', 'txt'], { home });
    expect(txt.stdout).toContain('Onderwerp: Verzoek op grond van de Wet open overheid');
    const out = join(tempDir('woo-out-'), 'brief.md');
    const r = await runCli(['letter', '2026-001-politie-cas', '--format', 'md', '--output', out], { home });
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('17. Alle risicoanalyses');
  });

  it('reports a file it cannot write', async () => {
    await runCli(['new', 'cas-2021', '--yes'], { home });
    const r = await runCli(['letter', '2026-001-politie-cas', '--output', join(tempDir('woo-out-'), 'dicht', 'x', 'brief.md')], { home });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Kan .* niet schrijven/);
  });
});

describe('woo profile and init', () => {
  it('validates postcode and e-mail', async () => {
    const r = await runCli(['profile', '--postcode', '12345'], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Postcode: postcode moet de vorm 1234 AB hebben/);
    const e = await runCli(['profile', '--email', 'geen-mail'], { home });
    expect(e.code).toBe(2);
    const shown = JSON.parse((await runCli(['profile', '--json'], { home })).stdout);
    expect(shown).toMatchObject({ name: 'Jan Jansen', postcode: '1234 AB', city: 'Utrecht' });
  });

  it('init --here makes .woo/ that later commands find from a subfolder', async () => {
    const project = tempDir();
    const r = await runCli(['init', '--here'], { home: '', cwd: project, env: { WOO_HOME: '' } });
    expect(r.stdout).toContain(join(project, '.woo'));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(project, 'sub'));
    await runCli(['new', 'cas-2021', '--yes'], { home: '', cwd: join(project, 'sub'), env: { WOO_HOME: '' } });
    expect(readdirSync(join(project, '.woo', 'requests'))).toEqual(['2026-001-politie-cas.json']);
  });
});

describe('woo templates', () => {
  it('lists the templates and shows one with its answer keys, also as JSON', async () => {
    const list = await runCli(['templates'], { home });
    expect(list.stdout).toMatch(/algoritme +Algoritme of datagedreven systeem \(17 punten, \d+ aanvullende\)/);
    const show = await runCli(['templates', 'show', 'algoritme'], { home });
    expect(show.stdout).toContain('systeem            Naam van het systeem (verplicht)');
    expect(show.stdout).toContain('Voorbeeld van een antwoordbestand:');
    const json = JSON.parse((await runCli(['templates', 'show', 'cas-2021', '--json'], { home })).stdout);
    expect(json.points).toHaveLength(17);
    expect(json.answerKeys).toHaveProperty('periode_tot');
    expect((await runCli(['templates', 'show', 'geen'], { home })).code).toBe(2);
  });
});

describe('schema versions', () => {
  it('refuses a request file written by a newer woo, without touching it', async () => {
    await runCli(['new', 'cas-2021', '--yes'], { home });
    const file = join(home, 'requests', '2026-001-politie-cas.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...data, schemaVersion: 2 }));
    const before = readFileSync(file, 'utf8');
    const r = await runCli(['log', '2026-001-politie-cas', 'sent', '2026-11-20'], { home });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nieuwere versie van woo');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('unknown ids', () => {
  it('suggests the request an abbreviated id probably means', async () => {
    await runCli(['new', 'cas-2021', '--yes'], { home });
    const r = await runCli(['show', '2026-001-politie'], { home });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Bedoelde u 2026-001-politie-cas?');
  });
});

describe('what a hurried user types', () => {
  it('collects repeated --set values, accepts Dutch dates and keeps ĳ readable in ids', async () => {
    const r = await runCli(['new', 'vrij', '--set', 'onderwerp=de kermis in Ĳsselmonde', '--body', 'Gemeente Rotterdam', '--set', 'eigen_punten=Het draaiboek', '--set', 'eigen_punten=Evaluaties', '--set', 'periode_van=1-1-2019', '--yes', '--json'], { home });
    expect(r.code, r.stderr).toBe(0);
    const request = JSON.parse(r.stdout);
    expect(request.points.map((p: { text: string }) => p.text)).toEqual(['Het draaiboek', 'Evaluaties']);
    expect(request.period).toEqual({ from: '2019-01-01' });
    expect(request.id).toBe('2026-001-rotterdam-kermis-ijsselmonde');
  });

  it('refuses a mistyped directory id as body instead of addressing a letter to it', async () => {
    const r = await runCli(['new', 'cas-2021', '--body', 'gemeente-utrect', '--yes'], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Onbekend bestuursorgaan-id "gemeente-utrect"');
    expect(r.stderr).toContain('Gemeente Utrecht');
  });

  it('a draft letter uses the corrected profile; a sent one keeps its sender', async () => {
    await runCli(['new', 'cas-2021', '--yes'], { home });
    await runCli(['profile', '--organisation', 'Redactie Zuid'], { home });
    expect((await runCli(['letter', '2026-001-politie-cas'], { home })).stdout).toContain('Redactie Zuid');
    await runCli(['log', '2026-001-politie-cas', 'sent', '2026-11-20'], { home });
    await runCli(['profile', '--organisation', 'Andere Redactie'], { home });
    const sent = (await runCli(['letter', '2026-001-politie-cas'], { home })).stdout;
    expect(sent).toContain('Redactie Zuid');
    expect(sent).not.toContain('Andere Redactie');
  });

  it('prints characters the PDF font lacks as ? only when asked', async () => {
    await runCli(['new', 'vrij', '--set', 'onderwerp=parkeren', '--body', 'Gemeente Utrecht', '--set', 'eigen_punten=Het logo 🦄 van de campagne', '--yes'], { home });
    const pdfDir = tempDir('woo-out-');
    const refused = await runCli(['letter', '2026-001-utrecht-parkeren', '--format', 'pdf', '--output', join(pdfDir, 'a.pdf')], { home });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--replace-unsupported');
    const replaced = await runCli(['letter', '2026-001-utrecht-parkeren', '--format', 'pdf', '--output', join(pdfDir, 'a.pdf'), '--replace-unsupported'], { home });
    expect(replaced.code, replaced.stderr).toBe(0);
  });
});
