#!/usr/bin/env node
// Measures how well the decision-letter parser reads the fixture letters: per letter and overall,
// the share of points whose outcome is exactly right, the share of withheld points whose refusal
// grounds are exactly right (as a set), the share of expected references found, and the share of
// dates (received, acknowledged, adjourned, decided) read exactly, counting missed and extra ones.
//
//   npx tsc -p . && node scripts/decision-accuracy.mjs [--verbose]
//
// tests/unit/decision/accuracy.test.ts runs the same scoring on the TypeScript sources, for when
// the build is broken by unrelated work in progress.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURE_DIR = join(root, 'tests/fixtures/decisions');
export const HOLDOUT_DIR = join(FIXTURE_DIR, 'holdout');
/**
 * Letters written without looking at the parser (blind), a later set kept back until the parser
 * was frozen (blind2), a third set written before the parser was read in the next round (blind3),
 * a set scored once, after that round's changes, without fitting to it (blind4), and a set of
 * PDF-extracted-looking letters (page furniture, hyphenation, inventories without a point column,
 * theme answers, partial decisions) written before the next round read the parser (blind5), and
 * four letters in new styles scored once after that round, without changing the parser (blind6),
 * ten letters in the styles blind6 showed weak (e-mail decisions, Q&A, grouped headings, one-space
 * tables, footnotes, running headers, Wob grounds, forwarding) written before the parser was read
 * (blind7), four letters scored once after that round, without changing the parser (blind8), ten
 * letters from ministries, municipalities, police units, a province, a water board and ZBOs
 * (informal wording, grouped headings with exceptions, inventory-only decisions) written before the
 * parser was read (blind9), four letters scored once after that round without changes (blind10), and
 * ten letters imitating real bodies' house styles (sectioned ministry decisions, decisions implicit in
 * inventory paragraphs, forwarding, wrapped bullets) written before the parser was read (blind11),
 * and four letters scored once after that round without changes (blind12).
 */
export const BLIND_DIR = join(FIXTURE_DIR, 'blind');
export const BLIND2_DIR = join(FIXTURE_DIR, 'blind2');
export const BLIND3_DIR = join(FIXTURE_DIR, 'blind3');
export const BLIND4_DIR = join(FIXTURE_DIR, 'blind4');
export const BLIND5_DIR = join(FIXTURE_DIR, 'blind5');
export const BLIND6_DIR = join(FIXTURE_DIR, 'blind6');
export const BLIND7_DIR = join(FIXTURE_DIR, 'blind7');
export const BLIND8_DIR = join(FIXTURE_DIR, 'blind8');
export const BLIND9_DIR = join(FIXTURE_DIR, 'blind9');
export const BLIND10_DIR = join(FIXTURE_DIR, 'blind10');
export const BLIND11_DIR = join(FIXTURE_DIR, 'blind11');
export const BLIND12_DIR = join(FIXTURE_DIR, 'blind12');
export const BLIND_SETS = [
  ['Blind (tests/fixtures/decisions/blind)', BLIND_DIR],
  ['Blind2 (tests/fixtures/decisions/blind2)', BLIND2_DIR],
  ['Blind3 (tests/fixtures/decisions/blind3)', BLIND3_DIR],
  ['Blind4 (tests/fixtures/decisions/blind4)', BLIND4_DIR],
  ['Blind5 (tests/fixtures/decisions/blind5)', BLIND5_DIR],
  ['Blind6 (tests/fixtures/decisions/blind6)', BLIND6_DIR],
  ['Blind7 (tests/fixtures/decisions/blind7)', BLIND7_DIR],
  ['Blind8 (tests/fixtures/decisions/blind8)', BLIND8_DIR],
  ['Blind9 (tests/fixtures/decisions/blind9)', BLIND9_DIR],
  ['Blind10 (tests/fixtures/decisions/blind10)', BLIND10_DIR],
  ['Blind11 (tests/fixtures/decisions/blind11)', BLIND11_DIR],
  ['Blind12 (tests/fixtures/decisions/blind12)', BLIND12_DIR],
];

/** Fixture names (without .txt) in a directory that have an expected.json next to them. */
export function listFixtures(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && existsSync(join(dir, f.replace(/\.txt$/, '.expected.json'))))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort();
}

export function loadFixture(dir, name) {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
  const points = Array.from({ length: expected.pointCount }, (_, i) => ({ number: i + 1, text: expected.requestPoints?.[i] ?? '' }));
  return { text, expected, points };
}

const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
const WITHHELD = ['partial_public', 'not_public'];

/** Scores one letter; `parseDecision` is passed in so the same code scores dist/ and src/. */
export function scoreLetter(parseDecision, dir, name) {
  const { text, expected, points } = loadFixture(dir, name);
  const proposal = parseDecision(text, points, { law: expected.law });
  const score = { name, outcomes: [0, 0], grounds: [0, 0], references: [0, 0], dates: [0, 0], misses: [] };
  for (const want of expected.points) {
    const got = proposal.points.find((p) => p.point === want.point);
    score.outcomes[1]++;
    if (got?.outcome === want.outcome) score.outcomes[0]++;
    else score.misses.push(`punt ${want.point}: verwacht ${want.outcome}, gelezen ${got?.outcome ?? '—'}`);
    const wantGrounds = want.grounds ?? [];
    const gotGrounds = got?.grounds ?? [];
    if (WITHHELD.includes(want.outcome) || wantGrounds.length > 0 || gotGrounds.length > 0) {
      score.grounds[1]++;
      if (sameSet(wantGrounds, gotGrounds)) score.grounds[0]++;
      else score.misses.push(`punt ${want.point}: gronden verwacht [${wantGrounds}], gelezen [${gotGrounds}]`);
    }
    if (want.reference) {
      score.references[1]++;
      if (got?.reference === want.reference) score.references[0]++;
      else score.misses.push(`punt ${want.point}: verwijzing verwacht ${want.reference}, gelezen ${got?.reference ?? '—'}`);
    }
  }
  const wantDates = expected.dates ?? {};
  for (const key of DATE_KEYS) {
    const [want, got] = [wantDates[key], proposal.dates[key]];
    if (want === undefined && got === undefined) continue;
    score.dates[1]++;
    if (want === got) score.dates[0]++;
    else score.misses.push(`datum ${key}: verwacht ${want ?? '—'}, gelezen ${got ?? '—'}`);
  }
  return score;
}

const DATE_KEYS = ['received', 'acknowledged', 'adjourned', 'decided'];

export function scoreDirectory(parseDecision, dir) {
  const letters = listFixtures(dir).map((name) => scoreLetter(parseDecision, dir, name));
  const total = (key) => letters.reduce(([a, b], l) => [a + l[key][0], b + l[key][1]], [0, 0]);
  return { letters, outcomes: total('outcomes'), grounds: total('grounds'), references: total('references'), dates: total('dates') };
}

const pct = ([hit, all]) => (all === 0 ? '   —  ' : `${((100 * hit) / all).toFixed(1).padStart(5)}%`);
const ratio = ([hit, all]) => `${hit}/${all}`.padStart(7);

export function formatReport(title, result, verbose = false) {
  const lines = [`${title}`, `${'letter'.padEnd(34)} ${'uitkomst'.padStart(15)} ${'gronden'.padStart(15)} ${'verwijzing'.padStart(15)} ${'datums'.padStart(15)}`];
  for (const l of result.letters) {
    lines.push(`${l.name.padEnd(34)} ${ratio(l.outcomes)} ${pct(l.outcomes)} ${ratio(l.grounds)} ${pct(l.grounds)} ${ratio(l.references)} ${pct(l.references)} ${ratio(l.dates)} ${pct(l.dates)}`);
    if (verbose) for (const miss of l.misses) lines.push(`    ${miss}`);
  }
  lines.push(`${'TOTAAL'.padEnd(34)} ${ratio(result.outcomes)} ${pct(result.outcomes)} ${ratio(result.grounds)} ${pct(result.grounds)} ${ratio(result.references)} ${pct(result.references)} ${ratio(result.dates)} ${pct(result.dates)}`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const built = join(root, 'dist/core/decision/index.js');
  if (!existsSync(built)) {
    console.error('dist/core/decision/index.js ontbreekt: bouw eerst met `npx tsc -p .`.');
    process.exit(1);
  }
  const { parseDecision } = await import(pathToFileURL(built).href);
  const verbose = process.argv.includes('--verbose');
  console.log(formatReport('Fixtures (tests/fixtures/decisions)', scoreDirectory(parseDecision, FIXTURE_DIR), verbose));
  console.log('');
  console.log(formatReport('Holdout (tests/fixtures/decisions/holdout)', scoreDirectory(parseDecision, HOLDOUT_DIR), verbose));
  for (const [title, dir] of BLIND_SETS) {
    console.log('');
    console.log(formatReport(title, scoreDirectory(parseDecision, dir), verbose));
  }
}
