// The commands as commander defines them, as plain data: the one source for shell completion and
// the manual page, so neither can disagree with --help.
import type { Command } from 'commander';
import { dutchTerm } from './help-terms.js';

export interface OptionInfo {
  flags: string;
  long?: string;
  short?: string;
  description: string;
  /** The option takes a value (`--format <fmt>`). */
  takesValue: boolean;
  choices?: string[];
}

export interface CommandInfo {
  /** Words after `woo`, e.g. ["bodies", "show"]. */
  path: string[];
  usage: string;
  description: string;
  arguments: { name: string; required: boolean; variadic: boolean }[];
  options: OptionInfo[];
  /** The examples block of the command's help, one line each. */
  examples: string[];
  subcommands: CommandInfo[];
}

/** The examples block added with addHelpText('after', …): only outputHelp() emits it. */
function examplesOf(cmd: Command): string[] {
  let text = '';
  const saved = { ...cmd.configureOutput() };
  cmd.configureOutput({ writeOut: (s: string) => void (text += s), writeErr: (s: string) => void (text += s) });
  cmd.outputHelp();
  cmd.configureOutput(saved);
  const at = text.indexOf('Voorbeelden:\n');
  if (at < 0) return [];
  const lines: string[] = [];
  for (const line of text.slice(at + 'Voorbeelden:\n'.length).split('\n')) {
    if (!line.startsWith('  ')) break;
    lines.push(line.slice(2));
  }
  return lines;
}

const isHidden = (c: Command) => (c as Command & { _hidden?: boolean })._hidden === true;

export function describeCommand(cmd: Command, path: string[] = []): CommandInfo {
  return {
    path,
    usage: dutchTerm(cmd.usage()),
    description: cmd.description(),
    arguments: cmd.registeredArguments.map((a) => ({ name: a.name(), required: a.required, variadic: a.variadic })),
    options: cmd.options
      .filter((o) => !o.hidden)
      .map((o) => ({
        flags: o.flags,
        ...(o.long ? { long: o.long } : {}),
        ...(o.short ? { short: o.short } : {}),
        description: o.description,
        takesValue: o.required || o.optional,
        ...(o.argChoices ? { choices: [...o.argChoices] } : {}),
      })),
    examples: path.length ? examplesOf(cmd) : [],
    subcommands: cmd.commands.filter((c) => !isHidden(c) && c.name() !== 'help').map((c) => describeCommand(c, [...path, c.name()])),
  };
}

/** Every command of the tree, depth first. */
export function allCommands(info: CommandInfo): CommandInfo[] {
  return [info, ...info.subcommands.flatMap(allCommands)];
}
