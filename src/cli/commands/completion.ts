import type { Command } from 'commander';
import { describeCommand } from '../command-tree.js';
import { SHELLS } from '../completion/scripts.js';
import { appContext } from '../context.js';
import { writeData, type Io } from '../io.js';
import { examples, lazySchema } from './shared.js';

const root = (cmd: Command): Command => (cmd.parent ? root(cmd.parent) : cmd);

export function registerCompletion(program: Command, io: Io): void {
  const cmd = program
    .command('completion <shell>')
    .description(`het aanvulscript voor uw shell tonen (${SHELLS.join(', ')})`)
    .action(async (shell: string) => {
      const parsed = await lazySchema((z) => z.enum(SHELLS, { error: `Onbekende shell "${shell}"; kies uit ${SHELLS.join(', ')}.` })).parse(shell);
      const { completionScript } = await import('../completion/scripts.js');
      writeData(io, completionScript(parsed));
    });
  examples(cmd, [
    'woo completion bash > ~/.local/share/bash-completion/completions/woo',
    'woo completion zsh > "${fpath[1]}/_woo"',
    'woo completion fish > ~/.config/fish/completions/woo.fish',
  ]);
  // Called by the completion scripts: the candidates for the last word, one per line.
  program
    .command('__complete', { hidden: true })
    .argument('[woorden...]')
    .helpOption(false)
    .action(async (words: string[], _o, self: Command) => {
      const { complete } = await import('../completion/complete.js');
      const { completionValues } = await import('../../app/completion-values.js');
      const ctx = await appContext(io);
      const found = await complete(describeCommand(root(self)), words.length ? words : [''], (source) => completionValues(source, ctx));
      writeData(io, found.length ? `${found.join('\n')}\n` : '');
    });
  // Used by the build to write man/woo.1 from these same definitions.
  program
    .command('__manpage', { hidden: true })
    .action(async (_o, self: Command) => {
      const { renderManPage } = await import('../../render/manpage.js');
      const top = root(self);
      writeData(io, renderManPage(describeCommand(top), top.version() ?? '', io.env.WOO_TODAY ?? new Date().toISOString().slice(0, 10)));
    });
}
