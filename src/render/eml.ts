// An e-mail message as an .eml file (RFC 5322, MIME RFC 2045–2047/2231): a plain-text part and
// attachments, CRLF line ends, every header line ASCII, so that any mail program opens and sends it.

export interface MailAddress {
  name?: string;
  email: string;
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface MailMessage {
  from: MailAddress;
  to: MailAddress;
  subject: string;
  /** RFC 5322 date, from mailDate(). */
  date: string;
  /** Without the angle brackets: "…@example.nl". */
  messageId: string;
  text: string;
  attachments: MailAttachment[];
}

const CRLF = '\r\n';
const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded words (base64, UTF-8), each at most 75 characters, split on whole characters. */
export function encodeWords(text: string): string {
  if (isAscii(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    // 75 - "=?utf-8?B?" - "?=" leaves 63 base64 characters, i.e. 45 bytes.
    if (Buffer.byteLength(chunk + ch, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?utf-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(' ');
}

function address(a: MailAddress): string {
  if (!a.name) return a.email;
  const name = isAscii(a.name) ? `"${a.name.replace(/["\\]/g, '\\$&')}"` : encodeWords(a.name);
  return `${name} <${a.email}>`;
}

/** Folds an ASCII header at spaces (between encoded words too) so lines stay near 78 characters. */
function header(name: string, value: string): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const piece of value.split(' ')) {
    if (line.length + 1 + piece.length > 78 && line.length > name.length + 1) {
      lines.push(line);
      line = ` ${piece}`;
    } else line += ` ${piece}`;
  }
  lines.push(line);
  return lines.join(CRLF);
}

/** Quoted-printable (RFC 2045 6.7) of UTF-8 text, with CRLF line ends and soft breaks at 76. */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r?\n/g, '\n')
    .split('\n')
    .map((line) => {
      const bytes = Buffer.from(line, 'utf8');
      const out: string[] = [];
      let current = '';
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const plain = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        const piece = plain ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
        if (current.length + piece.length > 75) {
          out.push(`${current}=`);
          current = '';
        }
        current += piece;
      });
      out.push(current);
      return out.join(CRLF);
    })
    .join(CRLF);
}

function base64Lines(bytes: Uint8Array): string {
  return (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);
}

/** RFC 2231 file name parameters: plain when ASCII, else filename*=utf-8''…. */
function filenameParam(param: string, filename: string): string {
  if (isAscii(filename) && !/["\\]/.test(filename)) return `${param}="${filename}"`;
  return `${param}*=utf-8''${encodeURIComponent(filename)}`;
}

/** RFC 5322 date-time of `day` at the wall-clock time of `now` in Europe/Amsterdam: "Mon, 23 Nov 2026 14:05:00 +0100". */
export function mailDate(day: string, now: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const offset = /GMT([+-]\d{2}):?(\d{2})/.exec(parts.timeZoneName ?? '');
  const [y, m, d] = day.split('-').map(Number);
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  return `${weekday}, ${String(d).padStart(2, '0')} ${month} ${y} ${parts.hour}:${parts.minute}:${parts.second} ${offset ? `${offset[1]}${offset[2]}` : '+0000'}`;
}

export function renderEml(message: MailMessage, boundary: string): string {
  const head = [
    header('From', address(message.from)),
    header('To', address(message.to)),
    header('Subject', encodeWords(message.subject)),
    `Date: ${message.date}`,
    `Message-ID: <${message.messageId}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const parts = [
    ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(message.text)].join(CRLF),
    ...message.attachments.map((a) =>
      [
        `Content-Type: ${a.contentType}; ${filenameParam('name', a.filename)}`,
        'Content-Transfer-Encoding: base64',
        `Content-Disposition: attachment; ${filenameParam('filename', a.filename)}`,
        '',
        base64Lines(a.bytes),
      ].join(CRLF),
    ),
  ];
  return `${head.join(CRLF)}${CRLF}${CRLF}${parts.map((p) => `--${boundary}${CRLF}${p}${CRLF}`).join('')}--${boundary}--${CRLF}`;
}
