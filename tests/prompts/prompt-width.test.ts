// Prompts wrap at word boundaries within 80 columns: Inquirer itself would cut words at the edge.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { inquirerAsk } from '../../src/cli/prompts/inquirer-ask.js';
import { until } from '../helpers/screen.js';

// Without the escape codes of the test screen: what a user reads.
const plain = () => screen.getScreen().replace(/\x1b\[[0-9;]*m/g, '');
const words = (text: string) => text.split(/\s+/).filter(Boolean);
const LONG = 'De 17 punten van het CAS-verzoek aan de politie (2021), algemeen gemaakt voor elk algoritmisch of datagedreven systeem bij elk Nederlands bestuursorgaan, met aanvullende punten die u kunt aanzetten.';

describe('prompts at 80 columns', () => {
  it('wraps a long description and a choice that cannot be chosen, words whole', async () => {
    const ask = inquirerAsk();
    const answer = ask.select({
      message: 'Welk sjabloon?',
      choices: [
        { name: 'algoritme  Algoritme of datagedreven systeem', value: 'algoritme', description: LONG },
        { name: 'Ministerie van Justitie en Sociale Zaken (Aruba) (Oranjestad) en nog wat', value: 'aruba', disabled: '(valt niet onder de Woo)' },
      ],
    });
    await until('Welk sjabloon?');
    const text = plain();
    for (const line of text.split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(80);
    // Every word of the description is on the screen unbroken, and aligned spacing in names is kept.
    for (const w of words(LONG)) expect(words(text)).toContain(w);
    expect(text).toContain('algoritme  Algoritme of datagedreven systeem');
    expect(words(text)).toContain('Woo)');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('algoritme');
  });

  it('wraps a long question, and the answer after it once given', async () => {
    const ask = inquirerAsk();
    const message = '2026-001-voorbeeldstad-parkeren (parkeren — Gemeente Voorbeeldstad) definitief verwijderen?';
    const answer = ask.text({ message });
    await until('verwijderen?');
    screen.type('Ministerie van Sociale Zaken en Werkgelegenheid, directie Uitvoering');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('Ministerie van Sociale Zaken en Werkgelegenheid, directie Uitvoering');
    const text = plain();
    for (const line of text.split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(80);
    for (const w of [...words(message), 'Werkgelegenheid,', 'Uitvoering']) expect(words(text)).toContain(w);
  });
});
