// Small helpers for command wiring.
import type { Command } from 'commander';
import type { z } from 'zod';
import { LETTER_KINDS, type LetterKind } from '../../core/letters/model.js';

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function examples(cmd: Command, lines: string[]): Command {
  return cmd.addHelpText('after', `\nVoorbeelden:\n${lines.map((l) => `  ${l}`).join('\n')}`);
}

/** The zod fields of the answer options woo new and woo edit share (see addAnswerOptions). */
export function answerFields(zod: typeof z) {
  return {
    answers: zod.string().optional(),
    set: zod.array(zod.string()).default([]),
    body: zod.string().optional(),
    bodyUnlisted: zod.boolean().default(false),
    bodyAddress: zod.string().optional(),
    bodyPostcode: zod.string().optional(),
    bodyCity: zod.string().optional(),
    bodyEmail: zod.string().optional(),
    client: zod.string().optional(),
  };
}

/** The answer options of woo new and woo edit; only answers, set, body and client read differently per command. */
export function addAnswerOptions(cmd: Command, help: { answers: string; set: string; body: string; client: string }): Command {
  return cmd
    .option('--answers <bestand>', help.answers)
    .option('--set <sleutel=waarde>', help.set, collect)
    .option('--body <naam of id>', help.body)
    .option('--body-unlisted', 'het bestuursorgaan staat bewust niet in de lijst (anders wordt een onbekende naam geweigerd)')
    .option('--body-address <adres>', 'bestuursorgaan buiten de lijst: straat en huisnummer of postbus')
    .option('--body-postcode <postcode>', 'bestuursorgaan buiten de lijst: postcode')
    .option('--body-city <plaats>', 'bestuursorgaan buiten de lijst: plaats')
    .option('--body-email <e-mail>', 'bestuursorgaan buiten de lijst: e-mailadres voor Woo-verzoeken')
    .option('--client <naam>', help.client);
}

type AnswerFlags = { answers?: string; set: string[]; body?: string; bodyUnlisted?: boolean; bodyAddress?: string; bodyPostcode?: string; bodyCity?: string; bodyEmail?: string; client?: string };

/** The answers the answer options stand for: the file first, then --set, then the --body options. */
export async function answersFrom(o: AnswerFlags): Promise<Record<string, unknown>> {
  const { readAnswersFile, parseSetFlags } = await import('../../app/answers-input.js');
  return {
    ...(o.answers ? await readAnswersFile(o.answers) : {}),
    ...parseSetFlags(o.set),
    ...(o.body !== undefined ? { bestuursorgaan: o.body } : {}),
    ...bodyAnswers(o),
  };
}

/** The answers --body-unlisted, --body-address, --body-postcode, --body-city, --body-email and --client stand for. */
function bodyAnswers(o: AnswerFlags): Record<string, unknown> {
  const pairs: [string, unknown][] = [
    ['namens', o.client],
    ['bestuursorgaan_buiten_lijst', o.bodyUnlisted ? true : undefined],
    ['bestuursorgaan_adres', o.bodyAddress],
    ['bestuursorgaan_postcode', o.bodyPostcode],
    ['bestuursorgaan_plaats', o.bodyCity],
    ['bestuursorgaan_email', o.bodyEmail],
  ];
  return Object.fromEntries(pairs.filter(([, v]) => v !== undefined));
}

export interface LazySchema<T> {
  parse(raw: unknown): Promise<T>;
}

/**
 * An options schema built on first use: zod loads (and the schema is built) only when a command
 * runs, so --version, --help and a command's own --help never pay for it.
 */
export function lazySchema<S extends z.ZodType>(build: (zod: typeof z) => S): LazySchema<z.infer<S>> {
  let schema: S | undefined;
  return {
    async parse(raw) {
      schema ??= build((await import('../zod.js')).z);
      return schema.parse(raw);
    },
  };
}

/** The options a lazySchema gives. */
export type SchemaOutput<L> = L extends LazySchema<infer T> ? T : never;

/**
 * The letter kind a command's [soort] argument names (standard: request). `words` are other names a
 * command accepts for a kind; the error lists them too.
 */
export function parseLetterKind(word: string | undefined, words: Record<string, LetterKind> = {}): Promise<LetterKind> {
  const alternatives = Object.keys(words).length ? ` (of ${Object.keys(words).join(', ')})` : '';
  const schema = lazySchema((z) => z.enum(LETTER_KINDS, { error: `Onbekende soort brief "${word}"; kies uit ${LETTER_KINDS.join(', ')}${alternatives}.` }));
  const key = word?.trim().toLowerCase() ?? '';
  return schema.parse((Object.hasOwn(words, key) ? words[key] : undefined) ?? word ?? 'request');
}
