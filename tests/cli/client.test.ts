// Writing on behalf of a client: stored on the request, "namens" and the authorisation in every letter.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const ID = '2026-001-politie-cas';
const PROFILE = ['profile', '--name', 'mr. A. de Vries', '--organisation', 'De Vries Advocaten', '--address', 'Keizersgracht 1', '--postcode', '1015 AA', '--city', 'Amsterdam', '--email', 'devries@example.nl'];

describe('woo new --client', () => {
  it('says for whom the letters are written, encloses the authorisation and signs "namens"', async () => {
    const home = tempDir();
    await runCli(PROFILE, { home });
    expect((await runCli(['new', 'cas-2021', '--client', 'Stichting Privacy Eerst', '--yes'], { home })).code).toBe(0);
    const stored = JSON.parse(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8'));
    expect(stored.client).toEqual({ name: 'Stichting Privacy Eerst' });
    expect((await runCli(['show', ID], { home })).stdout).toContain('Namens:         Stichting Privacy Eerst');

    const letter = (await runCli(['letter', ID, '--format', 'txt'], { home })).stdout;
    expect(letter.replace(/\s+/g, ' ')).toContain('Ik schrijf u namens Stichting Privacy Eerst, die mij daartoe heeft gemachtigd; de machtiging is bijgevoegd.');
    expect(letter).toContain('Bijlage: machtiging van Stichting Privacy Eerst.');
    expect(letter).toMatch(/Met vriendelijke groet,\n+mr\. A\. de Vries, namens Stichting Privacy Eerst\n/);

    await runCli(['log', ID, 'sent', '2026-10-01', '--channel', 'email'], { home });
    const notice = (await runCli(['letter', ID, 'notice-of-default', '--format', 'txt'], { home })).stdout;
    expect(notice.replace(/\s+/g, ' ')).toContain('Ik schrijf u namens Stichting Privacy Eerst');
    expect(notice).toContain('mr. A. de Vries, namens Stichting Privacy Eerst');
    const reminder = (await runCli(['letter', ID, 'reminder', '--format', 'txt'], { home })).stdout;
    expect(reminder).toContain('mr. A. de Vries, namens Stichting Privacy Eerst');
    expect(reminder).not.toContain('Bijlage: machtiging');
  });

  it('takes the client from an answers file, and woo edit changes or removes it', async () => {
    const home = tempDir();
    await runCli(PROFILE, { home });
    writeFileSync(join(home, 'a.json'), JSON.stringify({ namens: 'Redactie Het Dagblad' }));
    expect((await runCli(['new', 'cas-2021', '--answers', join(home, 'a.json'), '--yes'], { home })).code).toBe(0);
    expect((await runCli(['letter', ID, '--format', 'txt'], { home })).stdout).toContain('namens Redactie Het Dagblad');
    const changed = await runCli(['edit', ID, '--client', 'Stichting Open Data'], { home });
    expect(changed.stdout).toBe(`Gewijzigd bij ${ID}: cliënt.\n`);
    expect((await runCli(['letter', ID, '--format', 'txt'], { home })).stdout).toContain('mr. A. de Vries, namens Stichting Open Data');
    expect((await runCli(['edit', ID, '--client', ''], { home })).code).toBe(0);
    const own = (await runCli(['letter', ID, '--format', 'txt'], { home })).stdout;
    expect(own).not.toContain('namens');
    expect(own).not.toContain('machtiging');
    expect(JSON.parse(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8')).client).toBeUndefined();
  });
});
