// Tables as pdf.js writes them with mergePages: no column separators at all, one space between
// cells, long cells wrapped onto the next line ("3 Handreiking gebruik CAS voor" / "teamchefs" /
// "15-01-2019 Deels openbaar 10.2.e"). Such a table is recognised by its header line, made only of
// column names, and each row is rebuilt from where its assessment ("Deels openbaar") stands:
// what comes before is the document or subject, what comes after are the grounds.

const COLUMN_NAME =
  /^(?:nr\.?|nummer|#|doc(?:ument)?(?:nummer|nr\.?)?|datum|omschrijving|titel|onderwerp|beoordeling|besluit|beslissing|status|openbaarmaking|(?:weigerings|uitzonderings)?grond(?:en|\(en\))?|artikel|punt|(?:verzoek)?onderdeel|verzoekpunt|opmerkingen?|soort|kenmerk)$/i;
const DECIDING_COLUMN = /^(?:beoordeling|besluit|beslissing|status|openbaarmaking)$/i;
/** The assessment in a row; the last one wins, since a title may contain "openbaar" too. */
const ASSESSMENT =
  /\b(?:(?:deels|gedeeltelijk|niet|reeds|al)\s+openbaar|openbaar|deels|geweigerd|niet\s+aanwezig|niet\s+aangetroffen|geen\s+documenten|doorgezonden|dubbel)\b/gi;
const HAS_ASSESSMENT = new RegExp(ASSESSMENT.source, 'i');
/** A wrapped line holding only ground codes ("5.1.2f", "10.2.e; 11.1"). */
const GROUNDS_ONLY = /^(?:wob-)?\d[\d.\sa-i,;-]{0,40}$/i;
const NUMBERED_ROW = /^\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+\S/;
/** A header whose first column names the request point: then a row's number is its point. */
const POINT_FIRST = /^(?:punt|(?:verzoek)?onderdeel|verzoekpunt|vraag)\b/i;
/**
 * The rest of a cell wrapped below its row ("… over Deels openbaar 5.1.2e" / "herstelwerkzaamheden"):
 * a short line in lower case, which no title or new sentence is.
 */
const WRAPPED_CELL = (line: string) => /^\p{Ll}/u.test(line) && line.split(/\s+/).length <= 6 && !/[.:;]$/.test(line) && !HAS_ASSESSMENT.test(line);

export interface FlatTable {
  rows: string[][];
  /** Index of the first line after the table. */
  end: number;
}

export function isFlatTableHeader(line: string): boolean {
  // Aligned columns (runs of spaces, tabs, bars) are the other table readers' job.
  if (/\S(?: {2,}|\t|\|)/.test(line.trim())) return false;
  const words = line.trim().split(/\s+/);
  return words.length >= 3 && words.every((w) => COLUMN_NAME.test(w)) && words.some((w) => DECIDING_COLUMN.test(w));
}

/** A line of running prose, which ends the table. */
const isProse = (line: string) => line.trim().split(/\s+/).length > 9 && /[.:]$/.test(line.trim()) && !HAS_ASSESSMENT.test(line);

function cells(row: string, wrapped: string[]): string[] | null {
  const found = [...row.matchAll(ASSESSMENT)];
  const last = found[found.length - 1];
  if (!last) return null;
  const at = last.index ?? 0;
  const number = /^(\d{1,3}(?:\s*[-–]\s*\d{1,3})?)\s+/.exec(row);
  const subject = [row.slice(number ? number[0].length : 0, at).trim(), ...wrapped].join(' ');
  const grounds = row.slice(at + last[0].length).trim();
  return number ? [number[1], subject, last[0], grounds] : [subject, last[0], grounds];
}

/**
 * The table whose header is at `start`. Numbered rows start with their document number; rows of
 * a table by subject ("Advies FG Openbaar -") end at their assessment, so a subject wrapped over
 * two lines is joined first.
 */
export function readFlatTable(lines: string[], start: number): FlatTable {
  const numbered = NUMBERED_ROW.test(lines[start + 1]?.trim() ?? '');
  const rows: string[][] = [];
  let pending: string[] = [];
  let wrapped: string[] = [];
  let end = start + 1;
  const finishRow = (next: number) => {
    const row = cells(pending.join(' '), wrapped);
    if (row) rows.push(row);
    pending = [];
    wrapped = [];
    end = next;
  };
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || isProse(line)) break;
    if (numbered) {
      // A wrapped cell continues its row; a line that starts no row and follows none ends the table.
      // After its assessment a row only goes on with more grounds ("5.1.2e," / "5.1.2f").
      const assessed = HAS_ASSESSMENT.test(pending.join(' '));
      if (assessed && WRAPPED_CELL(line)) {
        wrapped.push(line);
        end = i + 1;
        continue;
      }
      if (NUMBERED_ROW.test(line) && pending.length > 0) finishRow(i);
      else if (!NUMBERED_ROW.test(line) && (pending.length === 0 || (assessed && !GROUNDS_ONLY.test(line)))) break;
      pending.push(line);
      end = i + 1;
    } else {
      pending.push(line);
      if (HAS_ASSESSMENT.test(line)) finishRow(i + 1);
      else if (pending.length > 3) break;
    }
  }
  if (numbered && pending.length > 0) finishRow(end);
  const header = numbered ? [POINT_FIRST.test(lines[start].trim()) ? 'Punt' : 'Nr', 'Omschrijving', 'Beoordeling', 'Grond'] : ['Onderwerp', 'Beoordeling', 'Grond'];
  return { rows: [header, ...rows], end };
}
