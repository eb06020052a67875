// `woo bodies`, the workspace's own bodies.json, and the directory in `woo new` (in-process, real workspaces).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let home: string;
beforeEach(async () => {
  home = tempDir();
  await runCli(['profile', '--name', 'Jan Jansen', '--address', 'Dorpsstraat 1', '--postcode', '1234ab', '--city', 'Utrecht'], { home });
});

async function search(...args: string[]): Promise<{ id: string; name: string; kind: string; woo: boolean }[]> {
  const r = await runCli(['bodies', ...args, '--json'], { home });
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).bodies;
}

function writeOverride(data: unknown): string {
  const file = join(home, 'bodies.json');
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

const VRIJ = ['new', 'vrij', '--set', 'onderwerp=de herinrichting van het Stationsplein', '--set', 'eigen_punten=Het projectplan', '--yes'];

describe('woo bodies', () => {
  it('puts the exact name first', async () => {
    expect((await search('Gemeente', 'Amsterdam'))[0].id).toBe('gemeente-amsterdam');
    expect((await search('raad van state'))[0].id).toBe('raad-van-state');
  });

  it('finds the gemeente and the police unit for "amsterdam", and tolerates a typo', async () => {
    const ids = (await search('amsterdam')).map((b) => b.id);
    expect(ids.slice(0, 2)).toEqual(['gemeente-amsterdam', 'politie-eenheid-amsterdam']);
    expect((await search('amstrdam'))[0].id).toBe('gemeente-amsterdam');
    expect((await search('curacao', 'justitie'))[0].id).toBe('ministerie-van-justitie-curacao');
  });

  it('--json has the source with its date and the bodies as in the directory', async () => {
    const r = JSON.parse((await runCli(['bodies', 'AFM', '--json'], { home })).stdout);
    expect(r.source).toMatchObject({ date: '2024-04', file: 'bestuursorganen-allmanak-2024.json' });
    expect(r.source.note).toMatch(/kunnen sindsdien zijn gewijzigd/);
    expect(r.bodies[0]).toMatchObject({ id: 'autoriteit-financiele-markten', shortName: 'AFM', kind: 'zbo', woo: true, postal: { postcode: '1001 GS' } });
  });

  it('prints an aligned table with source, date and the caution, and marks bodies outside the Woo', async () => {
    const r = await runCli(['bodies', 'ministerie', 'justitie'], { home });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Id\s+Naam\s+Soort\s+Plaats\s+Woo-verzoek$/);
    const dutch = lines.find((l) => l.startsWith('ministerie-van-justitie-en-veiligheid '))!;
    const curacao = lines.find((l) => l.startsWith('ministerie-van-justitie-curacao '))!;
    expect(dutch.indexOf('ministerie ')).toBe(curacao.indexOf('ministerie ')); // columns line up
    expect(curacao).toContain('[geen Woo]');
    expect(dutch).not.toContain('[geen Woo]');
    expect(r.stdout).toContain('stand april 2024');
    expect(r.stdout).toContain('kunnen sindsdien zijn gewijzigd');
  });

  it('lists a whole kind without a query', async () => {
    const bodies = await search('--kind', 'gemeente');
    expect(bodies).toHaveLength(342);
    expect(bodies.every((b) => b.kind === 'gemeente')).toBe(true);
  });

  it('shows one body with its full address; --json is the entry itself', async () => {
    const r = await runCli(['bodies', 'show', 'nationale-politie'], { home });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Postadres: +Postbus 17107\n +2502 CC {2}Den Haag/);
    expect(r.stdout).toContain('stand april 2024');
    const json = JSON.parse((await runCli(['bodies', 'show', 'nationale-politie', '--json'], { home })).stdout);
    expect(json).toMatchObject({ id: 'nationale-politie', name: 'Nationale Politie', kind: 'politie', woo: true });
  });

  it('refuses an unknown id with exit 1 and suggestions', async () => {
    const r = await runCli(['bodies', 'show', 'gemeente-amstrdam'], { home });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Onbekend bestuursorgaan: "gemeente-amstrdam"');
    expect(r.stderr).toContain('Bedoelde u Gemeente Amsterdam (gemeente-amsterdam)');
  });

  it('rejects an unknown --kind with exit 2', async () => {
    const r = await runCli(['bodies', '--kind', 'kerk'], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Ongeldige waarde "kerk"');
  });
});

describe('the workspace bodies.json', () => {
  it('corrects and extends the shipped list everywhere', async () => {
    writeOverride({
      bodies: [
        { id: 'gemeente-utrecht', email: 'woo@utrecht.example' },
        { id: 'stichting-voorbeeld', name: 'Stichting Voorbeeld', kind: 'overig', woo: true, postal: { address: 'Postbus 99', postcode: '3500 AA', city: 'Utrecht' } },
      ],
    });
    const utrecht = JSON.parse((await runCli(['bodies', 'show', 'gemeente-utrecht', '--json'], { home })).stdout);
    expect(utrecht.email).toBe('woo@utrecht.example');
    expect(utrecht.postal.city).toBe('Utrecht'); // untouched fields stay
    const shown = await runCli(['bodies', 'show', 'gemeente-utrecht'], { home });
    expect(shown.stdout).toContain(`eigen correctie of aanvulling (${join(home, 'bodies.json')})`);
    expect((await search('voorbeeld'))[0].id).toBe('stichting-voorbeeld');
    const created = await runCli([...VRIJ, '--body', 'Stichting Voorbeeld', '--json'], { home });
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout).body).toEqual({ name: 'Stichting Voorbeeld', id: 'stichting-voorbeeld', address: 'Postbus 99', postcode: '3500 AA', city: 'Utrecht' });
  });

  it.each([
    ['not JSON', '{ "bodies": [', /geen geldige JSON/],
    ['a bad field', { bodies: [{ id: 'gemeente-utrecht', email: 'geen-mail' }] }, /bodies\.0\.email.*ongeldig e-mailadres/],
    ['an incomplete new body', { bodies: [{ id: 'nieuw-orgaan', name: 'Nieuw' }] }, /nieuw bestuursorgaan nieuw-orgaan/],
    ['an escape sequence in a name', { bodies: [{ id: 'gemeente-utrecht', name: 'Gemeente \u001b]0;pwned\u0007Utrecht' }] }, /bodies\.0\.name.*bevat een stuurteken/],
    ['a bare carriage return in an address', { bodies: [{ id: 'gemeente-utrecht', postal: { address: 'Postbus 16200\rX-Injected: ja' } }] }, /bodies\.0\.postal\.address.*bevat een stuurteken/],
    ['a line break in an alias', { bodies: [{ id: 'gemeente-utrecht', aliases: ['Utrecht\nBEGIN:VEVENT'] }] }, /bodies\.0\.aliases\.0.*bevat een stuurteken/],
    ['a tab inside a URL', { bodies: [{ id: 'gemeente-utrecht', website: 'https://www.utrecht.nl/\tjavascript' }] }, /bodies\.0\.website.*bevat een stuurteken/],
    ['a bidi override in a note', { bodies: [{ id: 'gemeente-utrecht', note: 'let op \u202e' }] }, /bodies\.0\.note.*bevat een stuurteken/],
  ])('reports %s with its path and keeps the shipped list working', async (_, data, problem) => {
    const file = writeOverride(data);
    const r = await runCli(['bodies', 'Gemeente Utrecht', '--json'], { home });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).bodies[0].id).toBe('gemeente-utrecht');
    expect(r.stderr).toContain(`eigen bestuursorganen in ${file} niet gebruikt`);
    expect(r.stderr).toMatch(problem);
  });
});

describe('the directory in woo new', () => {
  it('fills the address of a directory body into the letter', async () => {
    const r = await runCli([...VRIJ, '--body', 'gemeente utrecht', '--json'], { home });
    expect(r.code).toBe(0);
    const request = JSON.parse(r.stdout);
    expect(request.body).toMatchObject({ id: 'gemeente-utrecht', name: 'Gemeente Utrecht', postcode: expect.stringMatching(/^\d{4} [A-Z]{2}$/) });
    expect(request.answers.bestuursorgaan).toBe('Gemeente Utrecht');
    const letter = await runCli(['letter', request.id, '--format', 'md'], { home });
    expect(letter.stdout).toContain(`Gemeente Utrecht  \n${request.body.address}  \n${request.body.postcode}  ${request.body.city}`);
    expect(request.body.address).toMatch(/^Postbus \d+$/);
  });

  it("resolves the cas-2021 template's default body to the Nationale Politie entry", async () => {
    const r = await runCli(['new', 'cas-2021', '--yes', '--json'], { home });
    expect(JSON.parse(r.stdout).body).toEqual({ name: 'Nationale Politie', id: 'nationale-politie', address: 'Postbus 17107', postcode: '2502 CC', city: 'Den Haag', webform: 'https://www.politie.nl/informatie/hoe-kan-ik-een-woo-verzoek-indienen.html' });
    const letter = await runCli(['letter', '2026-001-politie-cas', '--format', 'md'], { home });
    expect(letter.stdout).toContain('Postbus 17107  \n2502 CC  Den Haag');
  });

  it('refuses an unknown body with the suggestions, unless --body-unlisted says it is meant', async () => {
    const r = await runCli([...VRIJ, '--set', 'bestuursorgaan=Gemeente Amstrdam', '--json'], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"Gemeente Amstrdam" staat niet in de lijst van bestuursorganen');
    expect(r.stderr).toContain('Bedoelde u Gemeente Amsterdam (gemeente-amsterdam)');
    expect(r.stderr).toContain('--body-unlisted');
    const kept = await runCli([...VRIJ, '--set', 'bestuursorgaan=Stichting Buurtbudget', '--body-unlisted', '--json'], { home });
    expect(kept.code).toBe(0);
    expect(JSON.parse(kept.stdout).body).toEqual({ name: 'Stichting Buurtbudget' });
    expect(kept.stderr).toContain('de brief krijgt geen adres');
  });

  it('takes the address of an unlisted body from --body-address, --body-postcode, --body-city and --body-email', async () => {
    const r = await runCli([...VRIJ, '--body', 'Stichting Buurtbudget', '--body-address', 'Postbus 12', '--body-postcode', '3511ab', '--body-city', 'Utrecht', '--body-email', 'woo@buurtbudget.nl', '--json'], { home });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).body).toEqual({ name: 'Stichting Buurtbudget', address: 'Postbus 12', postcode: '3511 AB', city: 'Utrecht', email: 'woo@buurtbudget.nl' });
    const letter = await runCli(['letter', JSON.parse(r.stdout).id, '--format', 'md'], { home });
    expect(letter.stdout).toContain('Postbus 12');
    const bad = await runCli([...VRIJ, '--body', 'Stichting Buurtbudget', '--body-postcode', '35110', '--json'], { home });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('1234 AB');
  });

  it('refuses Curaçao and the other parts of the Kingdom outside the Woo however typed', async () => {
    for (const typed of ['Curaçao', 'curacao', 'Regering van Curaçao', 'Openbaar Lichaam Bonaire', 'Land Aruba']) {
      const r = await runCli([...VRIJ, '--body', typed, '--body-unlisted'], { home });
      expect(r.code, typed).toBe(2);
      expect(r.stderr).toContain('kunt u geen Woo-verzoek richten');
    }
  });

  it('refuses a body outside the Woo with exit 2 and the reason, and writes nothing', async () => {
    const r = await runCli([...VRIJ, '--body', 'ministerie-van-justitie-curacao'], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kunt u geen Woo-verzoek richten');
    expect(r.stderr).toContain('Landsverordening openbaarheid van bestuur');
    expect(readdirSync(join(home, 'requests'))).toEqual([]);
  });
});

describe('channels for a Woo request', () => {
  it('shows them most suitable first with source and date, warns about old data, and marks e-mail in the list', async () => {
    const home = tempDir();
    const show = await runCli(['bodies', 'show', 'uitvoeringsinstituut-werknemersverzekeringen'], { home, env: { WOO_TODAY: '2026-11-23' } });
    const ways = show.stdout.slice(show.stdout.indexOf('Kanalen voor een Woo-verzoek'));
    expect(ways).toMatch(/1\. per e-mail: contactpersoonwoo@uwv\.nl\n\s+bron: Register van Overheidsorganisaties .*gecontroleerd 2 mei 2026/);
    expect(ways.indexOf('2. via het webformulier: https://www.uwv.nl/')).toBeGreaterThan(0);
    expect(ways).toContain('3. per post: T.av. contactpersoon Woo - Juridische zaken, Postbus 58285, 1040 HG Amsterdam');
    expect(ways).not.toContain('ouder dan een jaar');
    const old = await runCli(['bodies', 'show', 'rijkswaterstaat'], { home, env: { WOO_TODAY: '2026-11-23' } });
    expect(old.stdout).toContain('let op: gegevens van 9 februari 2023, ouder dan een jaar');
    const digid = await runCli(['bodies', 'show', 'gemeente-borne'], { home });
    expect(digid.stdout).toContain('het formulier vraagt om inloggen met DigiD');
    const list = await runCli(['bodies', 'uwv'], { home });
    expect(list.stdout).toContain('e-mail contactpersoonwoo@uwv.nl');
  });
});
