// Shell completion: given the words typed after `woo` (the last one being completed), the words
// that may come next. The commands, options and choices come from commander's own definitions;
// request, template and body ids and event names from the workspace and the schema.
import type { CommandInfo } from '../command-tree.js';

export type ValueSource = 'requests' | 'templates' | 'bodies' | 'events' | 'letter-kinds' | 'shells';

export type Lookup = (source: ValueSource) => Promise<string[]>;

/** What a positional argument holds, by command path and argument name. */
function sourceOf(path: string[], arg: string): ValueSource | undefined {
  const where = path.join(' ');
  if (where === 'bodies show') return 'bodies';
  if (where === 'templates show' || (where === 'new' && arg === 'sjabloon')) return 'templates';
  if (arg === 'gebeurtenis') return 'events';
  if (arg === 'soort') return 'letter-kinds';
  if (arg === 'shell') return 'shells';
  if (arg === 'id') return 'requests';
  return undefined;
}

export async function complete(tree: CommandInfo, words: string[], lookup: Lookup): Promise<string[]> {
  const current = words.at(-1) ?? '';
  let cmd = tree;
  let positional = 0;
  let pendingOption: CommandInfo['options'][number] | undefined;
  for (const word of words.slice(0, -1)) {
    if (pendingOption) {
      pendingOption = undefined;
      continue;
    }
    if (word.startsWith('-')) {
      const option = cmd.options.find((o) => o.long === word.split('=')[0] || o.short === word);
      if (option?.takesValue && !word.includes('=')) pendingOption = option;
      continue;
    }
    const sub = positional === 0 ? cmd.subcommands.find((c) => c.path.at(-1) === word) : undefined;
    if (sub) cmd = sub;
    else positional++;
  }
  const matching = (candidates: string[]) => candidates.filter((c) => c.startsWith(current));
  if (pendingOption) {
    // Files, dates and free text have no list: the shell falls back to file names.
    return pendingOption.choices ? matching(pendingOption.choices) : [];
  }
  if (current.startsWith('-')) return matching([...cmd.options.flatMap((o) => (o.long ? [o.long] : [])), '--help']);
  if (positional === 0 && cmd.subcommands.length > 0) {
    const names = cmd.subcommands.map((c) => c.path.at(-1)!);
    // A command with its own arguments (bodies QUERY) also takes them in the first place.
    const arg = cmd.arguments[0];
    const source = arg && cmd.path.length > 0 ? sourceOf(cmd.path, arg.name) : undefined;
    return matching([...names, ...(source ? await lookup(source) : [])]);
  }
  const arg = cmd.arguments[Math.min(positional, cmd.arguments.length - 1)];
  if (!arg || (positional >= cmd.arguments.length && !arg.variadic)) return [];
  const source = sourceOf(cmd.path, arg.name);
  return source ? matching(await lookup(source)) : [];
}
