#!/usr/bin/env node
// Scores the decision-letter parser against the labelled real letters in
// ../shared/corpus/decisions/labels.json: per letter and in total, the share of points whose outcome
// equals the label's first (main) code, the share that equals any of its defensible codes, and the
// share of points whose refusal grounds are exactly right as a set (counted where the label or the
// parser names grounds, or the main code withholds something).
//
//   npm run accuracy:corpus [-- --verbose]
//
// The points are given to the parser as the labels split them ("n"/"text"); labels that are not
// plain numbers ("a", "b", "A.1") are numbered in their order. Label grounds are the project's own
// codes: `wob-10.2e` is core/grounds.ts's `wob-10.2e`, `awr-67` its ground from another statute.
// The corpus is other people's text and stays in ../shared; without it this prints a note and exits 0.
// tests/unit/decision/corpus.test.ts runs the same scoring on the TypeScript sources.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = resolve(root, '../shared/corpus/decisions');

export const corpusPresent = () => existsSync(join(CORPUS_DIR, 'labels.json')) && existsSync(join(CORPUS_DIR, 'MANIFEST.json'));

/** The manifest's letters by id. */
export function loadManifest() {
  const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'MANIFEST.json'), 'utf8'));
  return new Map(manifest.files.map((f) => [f.id, f]));
}

export const loadLabels = () => JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8'));

export const readLetter = (entry) => readFileSync(join(CORPUS_DIR, entry.txt), 'utf8');

/** The request points as the parser gets them: numeric labels keep their number, others are counted. */
export function labelPoints(labelled) {
  const numeric = labelled.every((p) => /^\d+$/.test(p.n));
  return labelled.map((p, i) => ({ number: numeric ? Number(p.n) : i + 1, text: p.text }));
}

const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
const WITHHELD = ['partial_public', 'not_public'];

export function scoreCorpusLetter(parseDecision, id, label, entry) {
  const points = labelPoints(label.points);
  const proposal = parseDecision(readLetter(entry), points, { law: entry.regime });
  const score = { name: id, outcomes: [0, 0], any: [0, 0], grounds: [0, 0], misses: [] };
  label.points.forEach((want, i) => {
    const number = points[i].number;
    const got = proposal.points.find((p) => p.point === number);
    const outcome = got?.outcome ?? 'unanswered';
    score.outcomes[1]++;
    score.any[1]++;
    if (outcome === want.outcome[0]) score.outcomes[0]++;
    else score.misses.push(`punt ${want.n}: verwacht ${want.outcome.join('|')}, gelezen ${outcome}${got?.source ? ` (${got.source})` : ''}`);
    if (want.outcome.includes(outcome)) score.any[0]++;
    const gotGrounds = got?.grounds ?? [];
    if (WITHHELD.includes(want.outcome[0]) || want.grounds.length > 0 || gotGrounds.length > 0) {
      score.grounds[1]++;
      if (sameSet(want.grounds, gotGrounds)) score.grounds[0]++;
      else score.misses.push(`punt ${want.n}: gronden verwacht [${want.grounds}], gelezen [${gotGrounds}]`);
    }
  });
  return score;
}

export function scoreCorpus(parseDecision) {
  const manifest = loadManifest();
  const letters = Object.entries(loadLabels()).map(([id, label]) => scoreCorpusLetter(parseDecision, id, label, manifest.get(id)));
  const total = (key) => letters.reduce(([a, b], l) => [a + l[key][0], b + l[key][1]], [0, 0]);
  return { letters, outcomes: total('outcomes'), any: total('any'), grounds: total('grounds') };
}

const pct = ([hit, all]) => (all === 0 ? '   —  ' : `${((100 * hit) / all).toFixed(1).padStart(5)}%`);
const ratio = ([hit, all]) => `${hit}/${all}`.padStart(7);

export function formatCorpusReport(result, verbose = false) {
  const head = `${'brief'.padEnd(52)} ${'uitkomst'.padStart(14)} ${'verdedigbaar'.padStart(14)} ${'gronden'.padStart(14)}`;
  const row = (name, r) => `${name.padEnd(52)} ${ratio(r.outcomes)} ${pct(r.outcomes)} ${ratio(r.any)} ${pct(r.any)} ${ratio(r.grounds)} ${pct(r.grounds)}`;
  const lines = ['Echte besluiten (../shared/corpus/decisions, labels.json)', head];
  for (const l of result.letters) {
    lines.push(row(l.name, l));
    if (verbose) for (const miss of l.misses) lines.push(`    ${miss}`);
  }
  lines.push(row('TOTAAL', result));
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!corpusPresent()) {
    console.log(`Geen corpus gevonden in ${CORPUS_DIR}; niets te meten.`);
    process.exit(0);
  }
  const built = join(root, 'dist/core/decision/index.js');
  if (!existsSync(built)) {
    console.error('dist/core/decision/index.js ontbreekt: bouw eerst met `npx tsc -p .`.');
    process.exit(1);
  }
  const { parseDecision } = await import(pathToFileURL(built).href);
  console.log(formatCorpusReport(scoreCorpus(parseDecision), process.argv.includes('--verbose')));
}
