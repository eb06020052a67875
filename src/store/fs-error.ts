// What the operating system said, in Dutch: read and write errors of one file become a message
// that names the path and the cause instead of an English error code.

const CAUSES: Record<string, string> = {
  ENOENT: 'bestaat niet (of is een koppeling naar iets dat niet bestaat)',
  EISDIR: 'is een map, geen bestand',
  ENOTDIR: 'een deel van het pad is een bestand, geen map',
  EACCES: 'u hebt er geen toegang toe',
  EPERM: 'het besturingssysteem staat het niet toe',
  EROFS: 'de schijf is alleen-lezen',
  ENOSPC: 'de schijf is vol',
  EDQUOT: 'uw schijfquotum is op',
  EFBIG: 'het bestand wordt te groot',
  ELOOP: 'de koppelingen (symlinks) verwijzen in een kring naar elkaar',
  EIO: 'de schijf gaf een lees- of schrijffout',
  EMFILE: 'er zijn te veel bestanden tegelijk open',
  ENFILE: 'er zijn te veel bestanden tegelijk open',
  ENAMETOOLONG: 'de naam is te lang',
  EEXIST: 'er staat al iets met die naam',
  ENOTEMPTY: 'het is een map die niet leeg is',
  EBUSY: 'het is in gebruik',
  EXDEV: 'het ligt op een andere schijf',
  EPIPE: 'de ontvanger van de uitvoer is gestopt',
};

export function isFsError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && (e as NodeJS.ErrnoException).code! in CAUSES;
}

/** The cause in Dutch, with the code for whoever searches for it. */
export function fsCause(e: NodeJS.ErrnoException, writing = false): string {
  const cause = writing && e.code === 'ENOENT' ? 'de map waarin het moet komen bestaat niet' : (CAUSES[e.code ?? ''] ?? 'onbekende fout van het bestandssysteem');
  return `${cause} (${e.code})`;
}

const READING = new Set(['open', 'read', 'readdir', 'stat', 'lstat', 'scandir', 'realpath', 'access']);

/** "Kan /pad niet schrijven: de schijf is vol (ENOSPC)." */
export function fsErrorText(e: NodeJS.ErrnoException, path = e.path): string {
  const writing = !READING.has(e.syscall ?? '') || e.code === 'ENOSPC' || e.code === 'EROFS';
  return `Kan ${path ?? 'een bestand'} niet ${writing ? 'schrijven' : 'lezen'}: ${fsCause(e, writing)}.`;
}
