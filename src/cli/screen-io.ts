// The streams as the screen sees them: every line folded to the terminal's width, except data.
import { fitToWidth, screenWidth } from '../render/screen.js';
import type { Io } from './io.js';

/** The width to lay out screen text for (the terminal's, else $COLUMNS, else 80). */
export function widthOf(io: Io): number {
  return screenWidth(io.columns, io.env);
}

/**
 * Wraps stdout and stderr so that no line passes the screen's right edge; formatters that know
 * their layout (tables, hanging indents) fit it themselves and pass through unchanged. Data for
 * stdout (JSON, letters, CSV) goes through `data`, untouched.
 */
export function screenIo(io: Io): Io {
  const width = widthOf(io);
  return {
    ...io,
    columns: width,
    stdout: (t) => io.stdout(fitToWidth(t, width)),
    stderr: (t) => io.stderr(fitToWidth(t, width)),
    data: io.data ?? io.stdout,
  };
}
