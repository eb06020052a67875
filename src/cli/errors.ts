// The one place where errors become messages and exit codes.
import { CommanderError, type Command } from 'commander';
import type { z } from 'zod';
import { issuesText } from '../core/problem-text.js';
import { EXIT, WooError } from '../core/errors.js';
import { fsCause, fsErrorText, isFsError } from '../store/fs-error.js';
import type { Io } from './io.js';

// Commander's own messages, in Dutch.
const COMMANDER_MESSAGES: [RegExp, (...m: string[]) => string][] = [
  [/unknown option '([^']+)'(?:\s*\(Did you mean ([^)]+)\?\))?/, (o, s) => `Onbekende optie ${o}.${s ? ` Bedoelde u ${s}?` : ''}`],
  [/unknown command '([^']+)'(?:\s*\(Did you mean ([^)]+)\?\))?/, (c, s) => `Onbekende opdracht "${c}".${s ? ` Bedoelde u ${s}?` : ''}`],
  [/missing required argument '([^']+)'/, (a) => `Argument <${a}> ontbreekt.`],
  [/too many arguments(?: for '([^']+)')?/, (c) => `Te veel argumenten${c ? ` voor "${c}"` : ''}.`],
  [/option '([^']+)' argument missing/, (o) => `Optie ${o} heeft een waarde nodig.`],
  [/option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./, (o, v, c) => `Ongeldige waarde "${v}" voor ${o}; kies uit ${c}.`],
  [/argument '([^']+)' is invalid\. Allowed choices are (.+)\./, (v, c) => `Ongeldige waarde "${v}"; kies uit ${c}.`],
  [/required option '([^']+)' not specified/, (o) => `Verplichte optie ${o} ontbreekt.`],
];

export function translateCommanderMessage(message: string): string {
  const text = message.replace(/^error:\s*/, '').trim();
  for (const [pattern, make] of COMMANDER_MESSAGES) {
    const m = pattern.exec(text);
    if (m) return make(...m.slice(1));
  }
  return text;
}

/** By name, not instanceof: importing zod here would load it on every start. */
function isZodError(e: unknown): e is z.ZodError {
  return e instanceof Error && e.name === 'ZodError' && Array.isArray((e as { issues?: unknown }).issues);
}

function isPromptExit(e: unknown): boolean {
  return e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
}

const FS_HINTS: Record<string, string> = {
  ENOSPC: 'Maak ruimte vrij op de schijf en voer de opdracht opnieuw uit.',
  EDQUOT: 'Maak ruimte vrij binnen uw quotum en voer de opdracht opnieuw uit.',
  EROFS: 'Kies met WOO_HOME een werkmap op een schijf waarop u mag schrijven, of maak deze schijf schrijfbaar.',
  EACCES: 'Controleer de rechten van dat bestand of die map (ls -l).',
  EPERM: 'Controleer de rechten van dat bestand of die map (ls -l).',
  ENOTDIR: 'Een deel van dat pad is een bestand; verplaats het of kies met WOO_HOME een andere werkmap.',
  EEXIST: 'Een deel van dat pad is een bestand; verplaats het of kies met WOO_HOME een andere werkmap.',
};

/** Standard output could not be written (a full disk, /dev/full): the workspace is not affected. */
export function outputErrorText(e: NodeJS.ErrnoException): string {
  return `woo: Kan de uitvoer niet schrijven naar de standaarduitvoer: ${fsCause(e)}. Alleen de uitvoer ging verloren; aan de werkmap verandert dit niets.\n`;
}

/** A zod issue list about options: "--weeks moet groter dan 0 zijn" (the flag, not the key, is named). */
function optionIssuesText(error: z.ZodError, command: Command): string | undefined {
  // Option keys as commander stores them (judgmentWeeks) with their flags (--judgment-weeks).
  const flags = new Map(command.options.map((o) => [o.attributeName(), o.long ?? o.flags]));
  const lines = error.issues.map((i) => {
    const flag = i.path.length === 1 ? flags.get(String(i.path[0])) : undefined;
    if (!flag) return undefined;
    return i.message.includes(flag) ? i.message : `${flag} ${i.message}`;
  });
  return lines.every((l) => l !== undefined) ? lines.join('; ') : undefined;
}

/** "woo bodies show" for the help hint. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** `command`: the command that was running, to name a bad option by its flag. */
export function reportError(e: unknown, io: Io, command?: Command): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    // Commander already printed its (translated) message through outputError.
    return EXIT.usage;
  }
  if (isPromptExit(e)) {
    io.stderr('Afgebroken.\n');
    return EXIT.cancelled;
  }
  if (e instanceof WooError) {
    io.stderr(`woo: ${e.message}\n${e.hint ? `  ${e.hint}\n` : ''}`);
    return e.exitCode;
  }
  if (isFsError(e)) {
    io.stderr(`woo: ${fsErrorText(e)} In de werkmap is niets gewijzigd.\n${FS_HINTS[e.code] ? `  ${FS_HINTS[e.code]}\n` : ''}`);
    return EXIT.cannot;
  }
  if (isZodError(e)) {
    const options = command && optionIssuesText(e, command);
    io.stderr(options ? `woo: ${options}.\n  Zie ${commandPath(command)} --help voor de toegestane waarden.\n` : `woo: Ongeldige invoer: ${issuesText(e)}\n`);
    return EXIT.usage;
  }
  const err = e as Error;
  io.stderr(`woo: Interne fout: ${err?.message ?? String(e)}\n  Dit is een fout in woo; meld die met de opdracht die u gaf.\n`);
  if (io.env.WOO_DEBUG) io.stderr(`${err?.stack ?? ''}\n`);
  return EXIT.cannot;
}
