// A small strict iCalendar (RFC 5545) reader for tests: it throws on anything a careful calendar app
// could misread (a bare CR or LF, an over-long line, a control character, a bad escape, unbalanced
// components, a missing required property), and gives the components with their unescaped values.

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  /** TEXT values unescaped; other values as written. */
  value: string;
}

export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

const TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'UID', 'PRODID']);
const REQUIRED: Record<string, string[]> = {
  VCALENDAR: ['VERSION', 'PRODID'],
  VEVENT: ['UID', 'DTSTAMP', 'DTSTART'],
  VALARM: ['ACTION', 'TRIGGER', 'DESCRIPTION'],
};

function fail(line: number, why: string): never {
  throw new Error(`ICS regel ${line}: ${why}`);
}

function unescapeText(raw: string, line: number): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') {
      const next = raw[++i];
      if (next === 'n' || next === 'N') out += '\n';
      else if (next === '\\' || next === ';' || next === ',') out += next;
      else fail(line, `ongeldige escape \\${next ?? ''}`);
    } else if (c === ';' || c === ',') fail(line, `onge-escapete ${c} in tekst`);
    else out += c;
  }
  return out;
}

export function parseIcs(text: string): IcsComponent {
  if (!text.endsWith('\r\n')) fail(0, 'laatste regel eindigt niet op CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  physical.forEach((l, i) => {
    if (/[\r\n]/.test(l)) fail(i + 1, 'losse CR of LF');
    if (Buffer.byteLength(l, 'utf8') > 75) fail(i + 1, `langer dan 75 octets (${Buffer.byteLength(l, 'utf8')})`);
    // HTAB is the only control character the grammar allows.
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(l)) fail(i + 1, 'stuurteken');
  });
  const logical: { text: string; line: number }[] = [];
  physical.forEach((l, i) => {
    if (l.startsWith(' ') || l.startsWith('\t')) {
      if (logical.length === 0) fail(i + 1, 'vervolgregel zonder regel ervoor');
      logical[logical.length - 1].text += l.slice(1);
    } else logical.push({ text: l, line: i + 1 });
  });
  const stack: IcsComponent[] = [];
  let root: IcsComponent | undefined;
  for (const { text: l, line } of logical) {
    const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:"]*)*):(.*)$/.exec(l);
    if (!m) fail(line, `geen geldige inhoudsregel: ${l}`);
    const name = m[1].toUpperCase();
    const params = Object.fromEntries(m[2].split(';').filter(Boolean).map((p) => p.split('=') as [string, string]));
    const rawValue = m[3];
    if (name === 'BEGIN') {
      const component: IcsComponent = { name: rawValue, properties: [], components: [] };
      if (stack.length) stack[stack.length - 1].components.push(component);
      else if (root) fail(line, 'tweede kalender');
      else root = component;
      stack.push(component);
    } else if (name === 'END') {
      const open = stack.pop();
      if (!open || open.name !== rawValue) fail(line, `END:${rawValue} sluit ${open?.name ?? 'niets'}`);
      for (const required of REQUIRED[open.name] ?? []) {
        if (!open.properties.some((p) => p.name === required)) fail(line, `${open.name} zonder ${required}`);
      }
    } else {
      if (!stack.length) fail(line, 'eigenschap buiten een component');
      const value = TEXT_PROPERTIES.has(name) ? unescapeText(rawValue, line) : rawValue;
      stack[stack.length - 1].properties.push({ name, params, value });
    }
  }
  if (stack.length || !root || root.name !== 'VCALENDAR') fail(logical.length, 'kalender niet afgesloten');
  return root;
}

/** The value of the one property `name` of a component; throws when it is missing or doubled. */
export function prop(component: IcsComponent, name: string): string {
  const found = component.properties.filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`${component.name} heeft ${found.length} keer ${name}`);
  return found[0].value;
}

export function events(calendar: IcsComponent): IcsComponent[] {
  return calendar.components.filter((c) => c.name === 'VEVENT');
}
