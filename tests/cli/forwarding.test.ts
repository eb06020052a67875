// Forwarding (art. 4.2 lid 1 Woo, issue 10 item 10): the forwarded part runs at the receiving body from its own
// receipt; the first body is not shown as late for it.
import { beforeEach, describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../src/core/law/index.js';
import { runCli, tempDir } from '../helpers/cli.js';

let home: string;
const ID = '2026-001-politie-cas';
const at = (today: string) => ({ home, env: { WOO_TODAY: today } });
const log = (today: string, ...args: string[]) => runCli(['log', ID, ...args], at(today));

beforeEach(async () => {
  home = tempDir();
  await runCli(['profile', '--name', 'Jan Jansen', '--address', 'Dorpsstraat 1', '--postcode', '1234 AB', '--city', 'Utrecht', '--email', 'jan@example.nl'], { home });
  await runCli(['new', 'cas-2021', '--yes'], { home });
  await log('2026-11-02', 'received', '2026-11-02');
});

describe('forwarding', () => {
  it('the engine: a whole forwarding stops the first body’s clock and gives the receiving body’s term on both readings of its receipt', () => {
    const report = computeDeadlines({ received: '2026-11-02', forwarded: [{ date: '2026-11-06' }] }, '2026-12-10');
    expect(report.deadlines).toEqual([]);
    const note = report.notes.find((n) => n.startsWith('Het verzoek is op vr 6 nov 2026 doorgezonden'))!;
    expect(note).toContain('art. 4.2 lid 1 Woo');
    // E-mail: received Fri 6 Nov → Fri 4 Dec. Post: delivered Sat 7, Tue 10 Nov → Tue 8 Dec.
    expect(note).toContain('tot en met vr 4 dec 2026');
    expect(note).toContain('ontvangst aangenomen op di 10 nov 2026): tot en met di 8 dec 2026');
    const late = computeDeadlines({ received: '2026-11-02', forwarded: [{ date: '2026-12-03' }], noticeOfDefault: '2026-12-04' }, '2026-12-10');
    expect(late.warnings.join('\n')).toContain('kwam na afloop van de beslistermijn (ma 30 nov 2026)');
    expect(late.warnings.join('\n')).toContain('richt haar aan het bestuursorgaan dat het verzoek ontving');
  });

  it('a stored request forwarded as a whole is not late, and no notice of default or appeal is written to the first body', async () => {
    const r = await log('2026-11-06', 'forwarded', '2026-11-06', '--note', 'naar de minister van JenV');
    expect(r.code, r.stderr).toBe(0);
    const agenda = await runCli(['agenda'], at('2026-12-10'));
    expect(agenda.stdout).not.toContain('TE LAAT');
    const show = await runCli(['show', ID], at('2026-12-10'));
    expect(show.stdout.replace(/\s+/g, ' ')).toContain('doorgezonden naar een ander bestuursorgaan (art. 4.2 lid 1 Woo)');
    expect(show.stdout).toMatch(/Status:\s+doorgezonden\n/);
    const notice = await runCli(['letter', ID, 'notice-of-default'], at('2026-12-10'));
    expect(notice.code).toBe(1);
    expect(notice.stderr).toContain('Het verzoek is op 6 november 2026 doorgezonden');
  });

  it('a partial forwarding keeps the first body’s clock for the other points, and the notice says so', async () => {
    const r = await log('2026-11-06', 'forwarded', '2026-11-06', '--points', '4,5');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse((await runCli(['show', ID, '--json'], at('2026-12-10'))).stdout);
    expect(json.deadlines.deadlines.map((d: { kind: string }) => d.kind)).toContain('notice_of_default_from');
    expect(json.deadlines.notes.join('\n')).toContain('De punten 4-5 zijn op vr 6 nov 2026 doorgezonden');
    const notice = await runCli(['letter', ID, 'notice-of-default'], at('2026-12-10'));
    expect(notice.code, notice.stderr).toBe(0);
    expect(notice.stdout.replace(/\s+/g, ' ')).toContain('Op 6 november 2026 hebt u punten 4-5 doorgezonden aan een ander bestuursorgaan (artikel 4.2, eerste lid, Woo). Deze ingebrekestelling betreft de overige punten');
    const bad = await log('2026-11-06', 'forwarded', '2026-11-06', '--points', '99');
    expect(bad.code).toBe(2);
  });
});
