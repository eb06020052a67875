// Small helpers for command wiring.
import type { Command } from 'commander';

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function examples(cmd: Command, lines: string[]): Command {
  return cmd.addHelpText('after', `\nVoorbeelden:\n${lines.map((l) => `  ${l}`).join('\n')}`);
}

/** The answers --body-unlisted, --body-address, --body-postcode, --body-city and --body-email stand for. */
export function bodyAnswers(o: { bodyUnlisted?: boolean; bodyAddress?: string; bodyPostcode?: string; bodyCity?: string; bodyEmail?: string }): Record<string, unknown> {
  const pairs: [string, unknown][] = [
    ['bestuursorgaan_buiten_lijst', o.bodyUnlisted ? true : undefined],
    ['bestuursorgaan_adres', o.bodyAddress],
    ['bestuursorgaan_postcode', o.bodyPostcode],
    ['bestuursorgaan_plaats', o.bodyCity],
    ['bestuursorgaan_email', o.bodyEmail],
  ];
  return Object.fromEntries(pairs.filter(([, v]) => v !== undefined));
}
