// The interactive flow once through a real pseudo-terminal against the built binary.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, tempDir } from '../helpers/cli.js';
import { hasScript, KEYS, PtySession } from '../helpers/pty.js';

describe.skipIf(!hasScript())('woo new in a real terminal', () => {
  it('drafts the CAS request by typing answers', async () => {
    const home = tempDir();
    await runBin(['profile', '--name', 'Jan Jansen', '--city', 'Utrecht', '--email', 'jan@example.nl'], { home });
    const pty = new PtySession(['new'], { WOO_HOME: home, WOO_TODAY: '2026-11-23', HOME: home });
    await pty.waitFor('Welk sjabloon?');
    await pty.send(KEYS.down); // cas-2021
    await pty.send(KEYS.enter);
    await pty.waitFor('Bestuursorgaan');
    await pty.send(KEYS.enter); // default: Nationale Politie
    await pty.waitFor('Periode vanaf');
    await pty.send(KEYS.enter);
    await pty.waitFor('Periode tot en met');
    await pty.send('2026-11-23');
    await pty.send(KEYS.enter);
    await pty.waitFor('Welke punten');
    await pty.send(KEYS.enter);
    await pty.waitFor('Eigen punt toevoegen');
    await pty.send(KEYS.enter);
    await pty.waitFor('standaardclausules');
    await pty.send(KEYS.enter);
    await pty.waitFor('Dit verzoek opslaan?');
    expect(pty.text.replace(/\s+/g, ' ')).toContain('Mijn verzoek betreft de periode van 1 januari 2015 tot en met 23 november 2026.');
    await pty.send(KEYS.enter);
    expect(await pty.exit()).toBe(0);
    expect(pty.text).toContain('Verzoek opgeslagen: 2026-001-politie-cas');
    expect(readdirSync(join(home, 'requests'))).toEqual(['2026-001-politie-cas.json']);
  });

  it('Ctrl+C cancels with exit code 130 and writes nothing', async () => {
    const home = tempDir();
    const pty = new PtySession(['new'], { WOO_HOME: home, WOO_TODAY: '2026-11-23', HOME: home });
    await pty.waitFor('Naam');
    await pty.send(KEYS.ctrlC);
    expect(await pty.exit()).toBe(130);
    expect(existsSync(join(home, 'requests')) ? readdirSync(join(home, 'requests')) : []).toEqual([]);
  });
});
