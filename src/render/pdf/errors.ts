// The PDF cannot show some characters of the letter. Reported instead of printing blanks or
// boxes: a letter to a public body must say exactly what the user wrote.
import { CannotError } from '../../core/errors.js';

export interface UnsupportedCharacter {
  /** The character as the reader sees it (one grapheme, e.g. an emoji with its modifiers). */
  char: string;
  /** Code points as "U+1F600". */
  codePoints: string[];
  /** Where in the letter, in Dutch: "punt 3", "de aanhef" … (each place once, in order). */
  where: string[];
}

export class UnsupportedCharactersError extends CannotError {
  constructor(
    readonly characters: UnsupportedCharacter[],
    fontName: string,
  ) {
    super(
      `De PDF kan niet worden gemaakt: het lettertype ${fontName} heeft geen teken voor ` +
        characters.map((c) => `"${c.char}" (${c.codePoints.join(' ')}) in ${c.where.join(', ')}`).join('; ') +
        '.',
      'Haal deze tekens weg (woo profile, of het verzoek), druk ze af als ? met --replace-unsupported, of maak de brief als Markdown of tekst (--format md of --format txt).',
    );
  }
}
