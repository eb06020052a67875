// Small helpers for command wiring.
import type { Command } from 'commander';
import type { z } from 'zod';

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function examples(cmd: Command, lines: string[]): Command {
  return cmd.addHelpText('after', `\nVoorbeelden:\n${lines.map((l) => `  ${l}`).join('\n')}`);
}

/** The answers --body-unlisted, --body-address, --body-postcode, --body-city, --body-email and --client stand for. */
export function bodyAnswers(o: { bodyUnlisted?: boolean; bodyAddress?: string; bodyPostcode?: string; bodyCity?: string; bodyEmail?: string; client?: string }): Record<string, unknown> {
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
