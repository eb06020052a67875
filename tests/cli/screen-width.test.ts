// Every screen fits the terminal: 80 columns when the width is unknown, the terminal's own when known.
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { hasScript, PtySession } from '../helpers/pty.js';

const tooWide = (text: string, width: number) => text.split('\n').filter((l) => Array.from(l).length > width);
// COLUMNS empty: the width is unknown, as when the output goes to a file or a pipe.
const TODAY = { WOO_TODAY: '2026-12-02', COLUMNS: '' };
const LONG_ID = '2026-002-binnenlandse-buurtbudget';

/** Three requests: one overdue, one suspended with a long body name, one without acknowledgement. */
async function workspace(): Promise<{ home: string; outputs: string[] }> {
  const home = tempDir();
  const outputs: string[] = [];
  const run = async (args: string[], env: Record<string, string> = {}) => {
    const r = await runCli(args, { home, env: { ...TODAY, ...env } });
    expect(r.code, `woo ${args.join(' ')}: ${r.stderr}`).toBe(0);
    outputs.push(r.stdout, r.stderr);
    return r;
  };
  await run(['profile', '--name', 'Jan Jansen', '--address', 'Dorpsstraat 1', '--postcode', '1234 AB', '--city', 'Utrecht', '--email', 'jan@example.nl']);
  await run(['new', 'algoritme', '--set', 'systeem=Crime Anticipation System', '--set', 'afkorting=CAS', '--body', 'Nationale Politie', '--set', 'periode_van=2015-01-01', '--set', 'periode_tot=2021-05-10', '--yes']);
  await run(['new', 'vrij', '--set', 'onderwerp=het buurtbudget', '--set', 'eigen_punten=De subsidiebesluiten', '--body', 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', '--yes']);
  await run(['new', 'vrij', '--set', 'onderwerp=de herinrichting van het Stationsplein en de bijbehorende verkeersbesluiten', '--set', 'eigen_punten=Het projectplan', '--body', 'Gemeente Utrecht', '--yes']);
  await run(['log', '2026-001-politie-cas', 'sent', '2026-10-01', '--channel', 'email']);
  await run(['log', LONG_ID, 'sent', '2026-11-20', '--channel', 'post']);
  await run(['log', LONG_ID, 'received', '2026-11-23']);
  await run(['log', LONG_ID, 'third-party-consulted', '2026-11-25']);
  await run(['log', '2026-003-utrecht-herinrichting', 'sent', '2026-11-10', '--channel', 'email']);
  return { home, outputs };
}

describe('screen width', () => {
  it('keeps list, show, agenda, deadline, new and log within 80 columns when the width is unknown', async () => {
    const { home, outputs } = await workspace();
    for (const args of [['list'], ['agenda'], ['show', '2026-001-politie-cas'], ['show', LONG_ID], ['deadline', '--received', '2026-10-01', '--decided', '2026-11-20'], ['list', '--by-assignee']]) {
      const r = await runCli(args, { home, env: TODAY });
      expect(r.code).toBe(0);
      outputs.push(r.stdout, r.stderr);
    }
    for (const text of outputs) expect(tooWide(text, 80)).toEqual([]);
  });

  it('woo list at 80 columns: ids whole, status with "te laat" and the next deadline never cut', async () => {
    const { home } = await workspace();
    const list = (await runCli(['list'], { home, env: TODAY })).stdout;
    expect(list).toMatch(/^2026-001-politie-cas +Nationale Politie: Crime Anticipation System/m);
    expect(list).toMatch(/^ {2}verzonden, te laat +ingebrekestelling vanaf vr 30 okt 2026$/m);
    expect(list).toMatch(new RegExp(`^${LONG_ID} +Ministerie van Binnenlandse Zaken en Koninkr…$`, 'm'));
    expect(list).toContain('  woo send 2026-003-utrecht-herinrichting reminder  (verzonden di 10 nov 2026)');
    // A wide terminal gets one line per request, with the creation date.
    const wide = (await runCli(['list'], { home, env: { ...TODAY, COLUMNS: '180' } })).stdout;
    expect(wide).toMatch(/^Id +Bestuursorgaan +Onderwerp +Status +Volgende termijn +Aangemaakt$/m);
    expect(wide).toMatch(/^2026-001-politie-cas +Nationale Politie +Crime Anticipation System \(CAS\) +verzonden, te laat +ingebrekestelling vanaf vr 30 okt 2026 +2026-12-02$/m);
    expect(tooWide(wide, 180)).toEqual([]);
  });

  it('woo agenda: the flag and the kind lead every entry, what to do is wrapped under it', async () => {
    const { home } = await workspace();
    const agenda = (await runCli(['agenda'], { home, env: TODAY })).stdout;
    expect(agenda).toMatch(/^do 29 okt 2026 +TE LAAT +beslistermijn +2026-001-politie-cas\n {16}Nationale Politie\n {16}uiterste beslisdatum/m);
    expect(agenda).toMatch(new RegExp(`^ma 21 dec 2026 +beslistermijn\\n {16}${LONG_ID} — Ministerie van Binnenlandse\\n {16}Zaken en Koninkrijksrelaties$`, 'm'));
  });

  it('JSON and letters are never folded', async () => {
    const { home } = await workspace();
    const json = await runCli(['show', LONG_ID, '--json'], { home, env: { ...TODAY, COLUMNS: '40' } });
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect(tooWide(json.stdout, 40)).not.toEqual([]);
    const md = await runCli(['letter', LONG_ID], { home, env: { ...TODAY, COLUMNS: '40' } });
    const plain = await runCli(['letter', LONG_ID], { home, env: TODAY });
    expect(md.stdout).toBe(plain.stdout);
  });

  it.skipIf(!hasScript())('follows the width of a real terminal, not $COLUMNS', async () => {
    const { home } = await workspace();
    const pty = new PtySession(['list'], { WOO_HOME: home, HOME: home, ...TODAY, COLUMNS: '200' }, { columns: 72 });
    expect(await pty.exit()).toBe(0);
    expect(pty.text).toContain('verzonden, te laat');
    expect(tooWide(pty.text, 72)).toEqual([]);
    const wide = new PtySession(['list'], { WOO_HOME: home, HOME: home, ...TODAY, COLUMNS: '80' }, { columns: 180 });
    expect(await wide.exit()).toBe(0);
    expect(wide.text).toMatch(/^Id +Bestuursorgaan +Onderwerp +Status/m);
  });
});
