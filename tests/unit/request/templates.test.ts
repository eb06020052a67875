import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTemplate, loadRequestLetterText, loadTemplates } from '../../../src/app/templates.js';
import { validateAnswers } from '../../../src/core/request/answers.js';
import { choosePoints, pointChoices } from '../../../src/core/request/build.js';
import { fill } from '../../../src/render/handlebars.js';
import { tempDir } from '../../helpers/cli.js';

describe('built-in templates', () => {
  it('loads algoritme, cas-2021 and vrij, validated by the schema', async () => {
    const set = await loadTemplates();
    expect(set.templates.map((t) => t.id).sort()).toEqual(['algoritme', 'cas-2021', 'vrij']);
    expect(set.problems).toEqual([]);
  });

  it('cas-2021 has exactly the 17 points of the original request, in order', async () => {
    const t = findTemplate(await loadTemplates(), 'cas-2021');
    const { answers } = validateAnswers(t, {});
    const points = choosePoints(pointChoices(t, answers, fill), answers);
    expect(points).toHaveLength(17);
    expect(points[0].text).toMatch(/^Alle gegevensvelden die worden verzameld en\/of een datadictionary/);
    expect(points[4].text).toMatch(/^Vijf voorbeelden van foto- en videobewakingsbeelden/);
    expect(points[11].text).toContain('vanaf 1 januari 2015');
    expect(points[16].text).toMatch(/^Alle risicoanalyses, impact assessments en privacy impact assessments/);
    // The editing artefacts of the original are gone.
    expect(points.map((p) => p.text).join(' ')).not.toMatch(/vanvanaf|overdoor|hetverzamelde|\blk\b/);
  });

  it('algoritme has 17 standard points and extra points that are off by default', async () => {
    const t = findTemplate(await loadTemplates(), 'algoritme');
    const { answers } = validateAnswers(t, { systeem: 'Fraudescore', bestuursorgaan: 'Gemeente X', periode_van: '2020-01-01', periode_tot: '2024-12-31' });
    const choices = pointChoices(t, answers, fill);
    expect(choices.filter((c) => !c.extra)).toHaveLength(17);
    expect(choices.filter((c) => c.extra).map((c) => c.key)).toEqual(expect.arrayContaining(['dpia', 'iama', 'invoervariabelen', 'rechtmatigheid', 'evaluaties', 'leveranciers']));
    expect(choosePoints(choices, answers)).toHaveLength(17);
    expect(choices[0].text).toBe('Alle gegevensvelden die worden verzameld en/of een datadictionary van Fraudescore');
  });

  it('persoonskenmerken = nee drops the ethnicity point and the race/age/sex clauses', async () => {
    const t = findTemplate(await loadTemplates(), 'algoritme');
    const base = { systeem: 'Fraudescore', bestuursorgaan: 'Gemeente X', periode_van: '2020-01-01', periode_tot: '2024-12-31' };
    const without = pointChoices(t, validateAnswers(t, { ...base, persoonskenmerken: 'nee' }).answers, fill);
    expect(without.filter((c) => !c.extra)).toHaveLength(16);
    expect(without.map((c) => c.text).join(' ')).not.toMatch(/ras|geslacht|etniciteit/);
    const withIt = pointChoices(t, validateAnswers(t, base).answers, fill);
    expect(withIt[1].text).toContain('het ras, de leeftijd en het geslacht');
  });

  it('the letter text has the standard clauses', async () => {
    const text = await loadRequestLetterText();
    expect(text.clauses.map((c) => c.id)).toEqual(['documenten', 'digitaal', 'inventaris', 'weigeringsgronden', 'doorzenden', 'precisering', 'deelbesluiten']);
  });
});

describe('user templates', () => {
  it('adds a valid user template and reports a broken one with file and line, keeping the built-ins', async () => {
    const dir = join(tempDir(), 'templates');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'eigen.yaml'),
      ['id: eigen', 'title: Eigen', 'description: Test', 'requestTitle: "{{onderwerp}}"', 'intro: "Over {{onderwerp}}:"', 'questions:', '  - key: onderwerp', '    label: Onderwerp', '    required: true', 'points:', '  - key: een', '    text: Alles over {{onderwerp}}', ''].join('\n'),
    );
    writeFileSync(join(dir, 'kapot.yaml'), ['id: kapot', 'title: Kapot', 'description: x', 'requestTitle: x', 'intro: x', 'points:', '  - key: een', '    text: "Over {{onbekend}}"', ''].join('\n'));
    writeFileSync(join(dir, 'syntax.yaml'), 'id: [unclosed\n');
    const set = await loadTemplates(dir);
    expect(set.templates.map((t) => t.id)).toEqual(expect.arrayContaining(['algoritme', 'cas-2021', 'vrij', 'eigen']));
    expect(set.problems).toHaveLength(2);
    const kapot = set.problems.find((p) => p.file.endsWith('kapot.yaml'))!;
    expect(kapot.line).toBe(8);
    expect(kapot.message).toMatch(/kapot\.yaml:8: .*onbekend/);
    const syntax = set.problems.find((p) => p.file.endsWith('syntax.yaml'))!;
    expect(syntax.message).toMatch(/syntax\.yaml:\d+: geen geldige YAML/);
  });
});
