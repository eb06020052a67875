// The stage after the first decision through the CLI: woo deadline never drops a flag, woo log records the
// objection procedure, and the notice of default works while an objection is pending.
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let home: string;
const ID = '2026-001-politie-cas';
const at = (today: string) => ({ home, env: { WOO_TODAY: today } });
const log = (today: string, ...args: string[]) => runCli(['log', ID, ...args], at(today));
const deadline = async (...args: string[]) => {
  const r = await runCli(['deadline', ...args, '--json'], { home });
  return { ...r, json: r.code === 0 ? JSON.parse(r.stdout) : null };
};
const kinds = (json: { deadlines: { kind: string }[] }) => json.deadlines.map((d) => d.kind);

beforeEach(async () => {
  home = tempDir();
  await runCli(['profile', '--name', 'Jan Jansen', '--address', 'Dorpsstraat 1', '--postcode', '1234 AB', '--city', 'Utrecht', '--email', 'jan@example.nl'], { home });
  await runCli(['new', 'cas-2021', '--yes'], { home });
});

describe('woo deadline uses every flag', () => {
  it('issue example: --received 2026-11-02 --objection-decided 2027-03-01 → court appeal by 2027-04-12', async () => {
    const r = await deadline('--received', '2026-11-02', '--objection-decided', '2027-03-01');
    expect(r.code).toBe(0);
    expect(r.json.deadlines.find((d: { kind: string }) => d.kind === 'court_appeal')).toMatchObject({ date: '2027-04-12', basis: 'art. 6:7, 6:8 en 7:1 Awb' });
    // A decision was taken, so no notice of default is advised.
    expect(kinds(r.json)).not.toContain('notice_of_default_from');
    expect(r.json.notes.join('\n')).not.toContain('nu schriftelijk in gebreke');
  });

  it('names the missing flag with exit 2 when a term needs an earlier date', async () => {
    const noDecision = await runCli(['deadline', '--received', '2026-11-02', '--objection-lodged', '2027-01-04', '--committee'], { home });
    expect(noDecision.code).toBe(2);
    expect(noDecision.stderr).toContain('--committee hoort bij --decided');
    const lodgedOnly = await runCli(['deadline', '--received', '2026-11-02', '--objection-lodged', '2027-01-04'], { home });
    expect(lodgedOnly.code).toBe(2);
    expect(lodgedOnly.stderr).toContain('--objection-lodged hoort bij --decided');
    for (const [args, missing] of [
      [['--committee'], '--objection-lodged'],
      [['--decided', '2026-11-20', '--committee'], '--objection-lodged'],
      [['--grounds-supplied', '2027-02-17'], '--grounds-requested'],
      [['--objection-weeks', '3'], '--objection-adjourned'],
      [['--judgment', '2027-02-10'], '--appeal-lodged'],
      [['--judgment-weeks', '4', '--appeal-lodged', '2026-12-22'], '--judgment'],
      [['--channel', 'post'], '--sent'],
    ] as const) {
      const r = await runCli(['deadline', '--received', '2026-11-02', ...args], { home });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(`hoort bij ${missing}`);
    }
  });

  it('issue example: pro-forma objection with grounds asked and supplied → decision on objection by 2027-04-01', async () => {
    const r = await deadline('--received', '2026-11-02', '--decided', '2026-12-10', '--objection-lodged', '2027-01-15', '--grounds-requested', '2027-01-20', '--grounds-supplied', '2027-02-17');
    expect(r.json.deadlines.find((d: { kind: string }) => d.kind === 'objection_decision').date).toBe('2027-04-01');
  });

  it('a notice of default after the objection is about the decision on objection; a committee and adjournment count', async () => {
    const r = await deadline(
      '--received', '2026-09-01', '--decided', '2026-10-20', '--objection-lodged', '2026-11-20', '--committee',
      '--objection-adjourned', '2027-02-01', '--objection-weeks', '4', '--notice-of-default', '2027-03-30',
    );
    // 1-12-2026 + 12 weeks = Tue 23-2-2027; + 4 weeks = Tue 23-3-2027; notice Tue 30-3 → appeal from Wed 14-4-2027.
    expect(r.json.deadlines.find((d: { kind: string }) => d.kind === 'objection_decision').date).toBe('2027-03-23');
    expect(r.json.deadlines.find((d: { kind: string }) => d.kind === 'objection_appeal_from').date).toBe('2027-04-14');
  });

  it('a suspension of a named kind is cited with its article', async () => {
    const r = await deadline('--received', '2026-11-02', '--suspended', '2026-11-10:2026-11-24:zienswijze');
    expect(r.json.deadlines[0]).toMatchObject({ date: '2026-12-14', basis: expect.stringContaining('art. 4.4 lid 3 Woo') });
    const bad = await runCli(['deadline', '--received', '2026-11-02', '--suspended', '2026-11-10:2026-11-24:vakantie'], { home });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Onbekende soort opschorting');
  });
});

describe('the objection stage of a stored request', () => {
  it('partial decision, objection with committee, late decision on objection, notice of default', async () => {
    await log('2026-11-02', 'sent', '2026-11-02', '--channel', 'email');
    await log('2026-11-02', 'received', '2026-11-02');
    const partial = await log('2026-11-20', 'decided', '2026-11-20', '--points', '1-5');
    expect(partial.stdout).toContain('Volgende termijn: beslistermijn ma 30 nov 2026');
    const objection = await log('2026-12-20', 'objection-lodged', '2026-12-20', '--decision', 'e3', '--committee');
    expect(objection.code).toBe(0);
    const show = await runCli(['show', ID], at('2026-12-21'));
    expect(show.stdout).toMatch(/Na het deelbesluit van vr 20 nov 2026 \(punten 1-5\) \[e3[-a-z0-9]*\]:/);
    expect(show.stdout).toMatch(/beslissing op bezwaar\s+di 30 mrt 2027\s+art\. 7:10 lid 1 Awb; art\. 7:13 Awb/);
    // The rest of the request keeps its own clock: notice of default for points 6–17 is possible now.
    const first = await runCli(['letter', ID, 'notice-of-default'], at('2026-12-21'));
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Over de overige punten van mijn verzoek (6-17)');
    await log('2027-01-10', 'decided', '2027-01-10');
    // 4-1-2027 + 12 weeks = Mon 29-3-2027, Easter Monday → Tue 30-3-2027; late after that.
    const agenda = await runCli(['agenda'], at('2027-04-06'));
    expect(agenda.stdout).toMatch(/TE LAAT\s+beslissing op bezwaar/);
    expect(agenda.stdout).toMatch(/NU\s+ingebrekestelling bezwaar/);
    const early = await runCli(['letter', ID, 'notice-of-default', '--decision', 'e3'], at('2027-03-30'));
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('geldig vanaf 31 maart 2027');
    const letter = await runCli(['letter', ID, 'notice-of-default', '--decision', 'e3'], at('2027-04-06'));
    expect(letter.code).toBe(0);
    const text = letter.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Ingebrekestelling wegens niet tijdig beslissen op mijn bezwaar');
    expect(text).toContain('Op 20 december 2026 heb ik bezwaar gemaakt tegen uw besluit van 20 november 2026 over punten 1-5');
    expect(text).toContain('uiterlijk op 30 maart 2027 op mijn bezwaar moeten beslissen');
    expect(text).toContain('artikel 7:10, eerste lid, en artikel 7:13 Awb');
    expect(text).not.toMatch(/4:17|verbeurt|recht op een dwangsom/);
    const noticed = await log('2027-04-06', 'notice-of-default', '2027-04-06', '--decision', 'e3');
    expect(noticed.code).toBe(0);
    const json = JSON.parse((await runCli(['show', ID, '--json'], at('2027-04-06'))).stdout);
    expect(json.deadlines.deadlines.find((d: { kind: string }) => d.kind === 'objection_appeal_from')).toMatchObject({ date: '2027-04-21', concerns: { ref: expect.stringMatching(/^e3(-|$)/) } });
  });

  it('an objection against a partial decision is accepted and the objection letter concerns its points', async () => {
    await log('2026-11-02', 'received', '2026-11-02');
    await log('2026-11-20', 'decided', '2026-11-20', '--points', '1-5');
    const letter = await runCli(['letter', ID, 'objection-pro-forma', '--decision', 'e2'], at('2026-12-01'));
    expect(letter.code).toBe(0);
    expect(letter.stdout).toContain('eindigt op 4 januari 2027');
    const wrong = await runCli(['letter', ID, 'objection', '--decision', 'e9'], at('2026-12-01'));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Er is geen besluit e9');
  });
});
