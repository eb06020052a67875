#!/usr/bin/env node
// How well `woo receive` reads letters from the body, per kind: on our own letters
// (tests/fixtures/correspondence, expected.json) the kind and every event with its date; on the
// procedure paragraphs of the real decision letters in ../shared/corpus/decisions the kind of each
// sentence that recounts an acknowledgement, adjournment, suspension or forwarding with a date,
// against a keyword rule written apart from the reader. Run after a build:
//   npm run build && node scripts/correspondence-accuracy.mjs
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const { readBodyLetter } = await import(pathToFileURL(join(root, 'dist/core/correspondence/read-body-letter.js')).href);

export function eventLine(e) {
  return [e.type, e.date, e.weeks ? `${e.weeks}w` : '', e.until ? `until ${e.until}` : ''].filter(Boolean).join(' ');
}

const dir = join(root, 'tests/fixtures/correspondence');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const perKind = new Map();
const tally = (kind, key, ok) => {
  const row = perKind.get(kind) ?? { letters: 0, kind: 0, events: 0 };
  row.letters += key === 'letters' ? 1 : 0;
  if (ok && key !== 'letters') row[key]++;
  perKind.set(kind, row);
};
for (const [file, want] of Object.entries(expected)) {
  const got = readBodyLetter(readFileSync(join(dir, file), 'utf8'));
  const kind = want.kinds.join('+') || '(geen)';
  tally(kind, 'letters');
  tally(kind, 'kind', JSON.stringify(got.kinds.map((k) => k.kind)) === JSON.stringify(want.kinds));
  tally(kind, 'events', JSON.stringify(got.events.map(eventLine)) === JSON.stringify(want.events));
}
console.log('Eigen brieven (tests/fixtures/correspondence)');
console.log(`${'soort'.padEnd(34)} brieven  soort goed  gebeurtenissen goed`);
for (const [kind, r] of perKind) console.log(`${kind.padEnd(34)} ${String(r.letters).padStart(7)}  ${String(r.kind).padStart(10)}  ${String(r.events).padStart(19)}`);

// The corpus: sentences in the decision letters that recount a step of the procedure with a date.
const corpus = join(root, '..', 'shared', 'corpus', 'decisions');
if (!existsSync(corpus)) {
  console.log('\n(../shared/corpus/decisions ontbreekt: corpusmeting overgeslagen)');
  process.exit(0);
}
const ORACLE = [
  ['adjournment', /\bverdaag|\bverdaging|\btermijn\s+(?:\S+\s+){0,6}verlengd/i],
  ['acknowledgement', /ontvangst\s+(?:\S+\s+){0,6}bevestigd|ontvangstbevestiging/i],
  ['third_party', /zienswijze[^.]*\b(?:gevraagd|vragen|uitgestuurd|gelegenheid|opgeschort)|opgeschort[^.]*zienswijze/i],
  ['forwarding', /doorgezonden|doorgestuurd/i],
];
const DATED = /\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}\b/i;
const counts = new Map();
for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
  const text = readFileSync(join(corpus, file), 'utf8');
  const sentences = text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z])/);
  for (const s of sentences) {
    if (!/^(?:bij|op|in|met)\s+(?:(?:uw\s+|mijn\s+|onze\s+)?(?:brief|e-?mail|mail)\s+van\s+)?\d/i.test(s) || !DATED.test(s) || s.length > 400) continue;
    const want = ORACLE.filter(([, re]) => re.test(s)).map(([k]) => k);
    if (want.length === 0) continue;
    const date = DATED.exec(s)[0];
    const got = readBodyLetter(`Datum ${date}\n\nGeachte heer,\n\n${s}\n\nHoogachtend,`).kinds.map((k) => k.kind);
    for (const k of want) {
      const row = counts.get(k) ?? [0, 0];
      row[1]++;
      if (got.includes(k)) row[0]++;
      counts.set(k, row);
    }
  }
}
console.log('\nProcedurezinnen in de corpusbrieven ("Bij brief van … heb ik …"), soort herkend');
for (const [kind, [hit, all]] of counts) console.log(`${kind.padEnd(34)} ${hit}/${all} (${((100 * hit) / all).toFixed(0)}%)`);
