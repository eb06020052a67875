// Small helpers for command wiring.
import type { Command } from 'commander';

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function examples(cmd: Command, lines: string[]): Command {
  return cmd.addHelpText('after', `\nVoorbeelden:\n${lines.map((l) => `  ${l}`).join('\n')}`);
}
