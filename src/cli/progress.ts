// One line on a terminal's stderr that says how far long work is, rewritten in place and erased when done.

/** A progress reporter writing to `write`, at most ten times a second; the last step erases the line. */
export function progressLine(write: (text: string) => void, now: () => number = Date.now): (label: string, done: number, total: number) => void {
  let last = -Infinity;
  return (label, done, total) => {
    if (done >= total) {
      write('\r\x1b[K');
      return;
    }
    const t = now();
    if (t - last < 100) return;
    last = t;
    write(`\r${label}: ${done} van ${total}\x1b[K`);
  };
}
