// Golden Markdown of the request letter, built from the templates as shipped.
import { describe, expect, it } from 'vitest';
import { findTemplate, loadRequestLetterText, loadTemplates } from '../../../src/app/templates.js';
import { buildRequestLetter } from '../../../src/core/letters/request-letter.js';
import { validateAnswers } from '../../../src/core/request/answers.js';
import { buildRequest } from '../../../src/core/request/build.js';
import type { Profile } from '../../../src/core/schema/profile.js';
import { fill } from '../../../src/render/handlebars.js';
import { renderLetterMarkdown } from '../../../src/render/letter-markdown.js';
import { renderLetterText } from '../../../src/render/letter-text.js';

const requester: Profile = { name: 'Jan Jansen', address: 'Dorpsstraat 1', postcode: '1234 AB', city: 'Voorbeeldstad', email: 'jan@example.nl' };

async function letterFor(templateId: string, raw: Record<string, unknown>, clauses?: string[]) {
  const template = findTemplate(await loadTemplates(), templateId);
  const text = await loadRequestLetterText();
  const { answers } = validateAnswers(template, raw);
  const request = buildRequest(
    {
      id: `2026-001-${templateId}`,
      created: '2026-11-23',
      template,
      answers,
      body: { name: 'Gemeente Voorbeeldstad', address: 'Postbus 1234', postcode: '1000 AA', city: 'Voorbeeldstad' },
      requester,
      clauses: clauses ?? text.clauses.filter((c) => c.default).map((c) => c.id),
    },
    fill,
  );
  return buildRequestLetter(request, text, fill, { date: '2026-11-23', requester });
}

describe('request letter', () => {
  it('cas-2021 renders to the golden Markdown', async () => {
    const model = await letterFor('cas-2021', {});
    await expect(renderLetterMarkdown(model)).toMatchFileSnapshot('__snapshots__/cas-2021.md');
  });

  it('algoritme with extra and own points, all clauses, renders to the golden Markdown', async () => {
    const text = await loadRequestLetterText();
    const model = await letterFor(
      'algoritme',
      { systeem: 'Fraudescore Bijstand', bestuursorgaan: 'Gemeente Voorbeeldstad', periode_van: '2019-01-01', periode_tot: '2026-10-31', soort: 'risicomodellen voor fraudeopsporing', persoonskenmerken: false, extra: ['dpia', 'iama'], eigen_punten: ['Het besluit om het model in te voeren'] },
      text.clauses.map((c) => c.id),
    );
    await expect(renderLetterMarkdown(model)).toMatchFileSnapshot('__snapshots__/algoritme-extra.md');
  });

  it('has every element a request needs, in Markdown and text alike', async () => {
    const model = await letterFor('cas-2021', {});
    for (const rendered of [renderLetterMarkdown(model), renderLetterText(model)]) {
      // Text output is wrapped at 78 columns: compare with whitespace folded.
      const text = rendered.replace(/\s+/g, ' ');
      expect(text).toContain('Verzoek op grond van de Wet open overheid');
      expect(text).toContain('artikel 4.1 van de Wet open overheid');
      expect(text).toContain('artikel 4.1, derde lid, Woo hoef ik bij dit verzoek geen belang te stellen');
      expect(text).toContain('Mijn verzoek betreft de periode van 1 januari 2015 tot en met 10 mei 2021.');
      expect(text).toContain('artikel 4.4, tweede lid, Woo');
      expect(text).toContain('Voorbeeldstad, 23 november 2026');
      expect(text).toContain('Met vriendelijke groet,');
      expect(rendered).toMatch(/Postbus 1234\s+1000 AA {2}Voorbeeldstad/);
    }
    expect(model.body.find((b) => b.kind === 'numbered')).toMatchObject({ items: expect.arrayContaining([{ number: 17, text: expect.stringMatching(/Nationale Politie\.$/) }]) });
  });
});
