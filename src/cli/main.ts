// Entry point: builds the commander program, runs it, maps every outcome to an exit code.
import { Command, Help } from 'commander';
import { COMMANDS } from './commands/index.js';
import { dutchTerm } from './help-terms.js';
import { reportError, translateCommanderMessage } from './errors.js';
import { processIo, terminalSafeIo, type Io } from './io.js';
import { screenIo } from './screen-io.js';

const VERSION = '0.1.0';

const HEADINGS: [RegExp, string][] = [
  [/^Usage:/gm, 'Gebruik:'],
  [/^Options:/gm, 'Opties:'],
  [/^Commands:/gm, 'Opdrachten:'],
  [/^Arguments:/gm, 'Argumenten:'],
  [/\(default: /g, '(standaard: '],
  [/\(choices: /g, '(keuze uit: '],
];
function dutchHelp(text: string): string {
  return HEADINGS.reduce((t, [re, nl]) => t.replace(re, nl), text);
}

export function buildProgram(io: Io): Command {
  const program = new Command('woo');
  program
    .description('Woo-verzoeken opstellen, termijnen bewaken en besluiten per punt vastleggen (Wet open overheid).')
    .version(VERSION, '-V, --version', 'toon het versienummer')
    .helpOption('-h, --help', 'toon hulp bij deze opdracht')
    .helpCommand('help [opdracht]', 'toon hulp bij een opdracht')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(`woo: ${translateCommanderMessage(s)}\n  Zie woo --help of woo <opdracht> --help.\n`),
    })
    .configureHelp({
      formatHelp: (cmd, helper) => dutchHelp(Help.prototype.formatHelp.call(helper, cmd, helper)),
      subcommandTerm: (cmd) => dutchTerm(Help.prototype.subcommandTerm.call(new Help(), cmd)),
      commandUsage: (cmd) => dutchTerm(Help.prototype.commandUsage.call(new Help(), cmd)),
    })
    .showSuggestionAfterError(true);
  program.addHelpText(
    'after',
    `
Voorbeelden:
  woo init                          werkmap aanmaken
  woo profile --name "Jan Jansen" --city Utrecht --email jan@example.nl
  woo new algoritme                 verzoek opstellen (stap voor stap)
  woo list                          alle verzoeken
  woo letter 2026-001-politie-cas --format pdf

Werkmap: $WOO_HOME, anders de dichtstbijzijnde .woo/, anders ~/.local/share/woo.`,
  );
  // zod (with its Dutch messages) loads when a command runs, never for --help or --version.
  program.hook('preAction', async () => void (await import('./zod.js')));
  for (const register of COMMANDS) register(program, io);
  return program;
}

export async function run(argv: string[], rawIo: Io = processIo()): Promise<number> {
  // Made safe first (nothing steers the terminal), then fitted to its width.
  const io = screenIo(terminalSafeIo(rawIo));
  const program = buildProgram(io);
  // The command that runs, so that a bad option value is named by its flag (--weeks), not its key.
  let active: Command | undefined;
  program.hook('preAction', (_, command) => {
    active = command;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    return reportError(e, io, active);
  }
}
