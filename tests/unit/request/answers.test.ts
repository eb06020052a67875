import { describe, expect, it } from 'vitest';
import { findTemplate, loadTemplates } from '../../../src/app/templates.js';
import { UsageError } from '../../../src/core/errors.js';
import { formatPointList, parsePointSpec } from '../../../src/core/point-spec.js';
import { validateAnswers } from '../../../src/core/request/answers.js';
import { buildRequest } from '../../../src/core/request/build.js';
import { nextRequestId } from '../../../src/core/request/id.js';
import { requestSchema } from '../../../src/core/schema/request.js';
import { fill } from '../../../src/render/handlebars.js';

const algoritme = async () => findTemplate(await loadTemplates(), 'algoritme');
const base = { systeem: 'Crime Anticipation System', afkorting: 'CAS', bestuursorgaan: 'Nationale Politie', periode_van: '2015-01-01', periode_tot: '2021-05-10' };

describe('answers', () => {
  it('refuses impossible dates and a period that runs backwards', async () => {
    const t = await algoritme();
    expect(() => validateAnswers(t, { ...base, periode_van: '2026-02-30' })).toThrow(/Ongeldige datum bij "periode_van": "2026-02-30"/);
    expect(() => validateAnswers(t, { ...base, periode_van: '2022-01-01', periode_tot: '2021-01-01' })).toThrow(/periode_van \(1 januari 2022\) ligt na periode_tot/);
  });

  it('names the missing required answers and unknown keys', async () => {
    const t = await algoritme();
    const { missing } = validateAnswers(t, { bestuursorgaan: 'X', systeem: '   ' });
    expect(missing.map((q) => q.key)).toEqual(['systeem', 'periode_van', 'periode_tot']);
    expect(() => validateAnswers(t, { ...base, sisteem: 'x' })).toThrow(/Onbekende antwoordsleutel voor sjabloon "algoritme": sisteem/);
  });

  it('accepts ja/nee and true/false for booleans', async () => {
    const t = await algoritme();
    expect(validateAnswers(t, { ...base, persoonskenmerken: 'nee' }).answers.persoonskenmerken).toBe(false);
    expect(validateAnswers(t, { ...base, persoonskenmerken: true }).answers.persoonskenmerken).toBe(true);
    expect(() => validateAnswers(t, { ...base, persoonskenmerken: 'misschien' })).toThrow(UsageError);
  });
});

describe('building a request', () => {
  it('numbers chosen, extra and own points 1..n and keeps answers as data', async () => {
    const t = await algoritme();
    const { answers } = validateAnswers(t, { ...base, systeem: '{{constructor}}', punten: '1-3,17', extra: ['dpia'], eigen_punten: ['Het logboek van wijzigingen.'] });
    const request = buildRequest({ id: '2026-001-politie-cas', created: '2026-11-23', template: t, answers, body: { name: 'Nationale Politie' }, requester: { name: 'Jan' }, clauses: [] }, fill);
    expect(request.points.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(request.points.map((p) => p.key)).toEqual(['gegevensvelden', 'contacten', 'maatregelen', 'risicoanalyses', 'dpia', undefined]);
    expect(request.points[5].text).toBe('Het logboek van wijzigingen');
    expect(request.title).toBe('{{constructor}} (CAS)');
    expect(request.intro).toContain('het systeem {{constructor}} (hierna: CAS)');
    expect(() => requestSchema.parse(request)).not.toThrow();
  });

  it('refuses a point number that the template does not have', async () => {
    const t = await algoritme();
    const { answers } = validateAnswers(t, { ...base, punten: '1,40' });
    expect(() => buildRequest({ id: 'x', created: '2026-11-23', template: t, answers, body: { name: 'X' }, requester: {}, clauses: [] }, fill)).toThrow(/Punt 40 bestaat niet/);
  });
});

describe('ids and point lists', () => {
  it('makes short readable ids that count up per year', () => {
    expect(nextRequestId('2026-11-23', [], 'Nationale Politie', 'CAS')).toBe('2026-001-politie-cas');
    expect(nextRequestId('2026-11-23', ['2026-001-politie-cas', '2026-002-x', '2025-007-y'], 'Gemeente Den Haag', 'Fraude Score Model')).toBe('2026-003-den-haag-fraude-score');
    expect(nextRequestId('2026-01-02', ['2025-009-x'], 'Ministerie van Sociale Zaken en Werkgelegenheid', 'SyRI')).toBe('2026-001-sociale-zaken-syri');
  });

  it('parses and formats point specs', () => {
    expect(parsePointSpec('1-5,16,17', 17)).toEqual([1, 2, 3, 4, 5, 16, 17]);
    expect(() => parsePointSpec('1-x', 17)).toThrow(/Ongeldige puntenlijst/);
    expect(() => parsePointSpec('5-3', 17)).toThrow(/Ongeldige reeks/);
    expect(formatPointList([1, 2, 3, 5, 7, 8])).toBe('1-3, 5, 7-8');
  });
});

describe('point lists in words', () => {
  it('writes ranges and lists the Dutch way', async () => {
    const { dutchPointList } = await import('../../../src/core/point-spec.js');
    expect(dutchPointList([1, 2, 3, 5, 7])).toBe('1 tot en met 3, 5 en 7');
    expect(dutchPointList([4, 5])).toBe('4 en 5');
    expect(dutchPointList([1, 2, 4, 5, 6])).toBe('1, 2 en 4 tot en met 6');
    expect(dutchPointList([9])).toBe('9');
  });
});
