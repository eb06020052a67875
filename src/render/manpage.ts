// The manual page (man woo), in roff, from the same command definitions as --help.
import { allCommands, type CommandInfo } from '../cli/command-tree.js';

/** roff: a backslash and a leading dot or quote would be read as commands. */
function esc(text: string): string {
  return text.replace(/\\/g, '\\e').replace(/-/g, '\\-').replace(/^['.]/gm, '\\&$&');
}

function section(cmd: CommandInfo): string[] {
  const name = ['woo', ...cmd.path].join(' ');
  const out = ['.SS', `.B "${esc(name)} ${esc(cmd.usage)}"`.trimEnd(), esc(cmd.description)];
  for (const o of cmd.options) {
    out.push('.TP', `.B ${esc(o.flags)}`, esc(`${o.description}${o.choices ? ` (keuze uit: ${o.choices.join(', ')})` : ''}`));
  }
  if (cmd.examples.length) {
    out.push('.PP', 'Voorbeelden:', '.RS', '.nf', ...cmd.examples.map(esc), '.fi', '.RE');
  }
  return out;
}

export function renderManPage(tree: CommandInfo, version: string, date: string): string {
  const commands = allCommands(tree).filter((c) => c.path.length > 0);
  return [
    `.TH WOO 1 "${date}" "woo ${version}" "Woo-verzoeken"`,
    '.SH NAAM',
    'woo \\- Woo\\-verzoeken opstellen, termijnen bewaken en besluiten per punt vastleggen',
    '.SH OVERZICHT',
    '.B woo',
    '.I opdracht',
    '[\\fIopties\\fR]',
    '.SH BESCHRIJVING',
    esc(tree.description),
    'Alles op het scherm en in de brieven is Nederlands; niets verlaat uw computer.',
    '.SH OPDRACHTEN',
    ...commands.flatMap(section),
    '.SH OMGEVING',
    '.TP',
    '.B WOO_HOME',
    'De werkmap. Anders de dichtstbijzijnde .woo/ vanaf de huidige map, anders ~/.local/share/woo.',
    '.TP',
    '.B WOO_TODAY',
    'Vaste datum van vandaag (JJJJ\\-MM\\-DD), voor tests en reproduceerbare rapporten.',
    '.SH AFSLUITCODES',
    '0 gelukt; 1 kon niet worden uitgevoerd; 2 onjuist gebruik of ongeldige invoer; 130 afgebroken.',
    '.SH ZIE OOK',
    'woo \\-\\-help, woo \\fIopdracht\\fR \\-\\-help, git(1) voor woo sync.',
    '',
  ].join('\n');
}
