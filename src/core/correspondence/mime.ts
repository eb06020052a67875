// The parts of an e-mail (.eml, RFC 5322 with MIME): enough to read a letter sent as mail, its
// text and its PDF attachments. Pure: bytes in, parts out.
export interface MailPart {
  contentType: string;
  charset?: string;
  filename?: string;
  bytes: Buffer;
}

export interface Mail {
  headers: Map<string, string>;
  parts: MailPart[];
}

function splitHead(raw: Buffer): { head: string; body: Buffer } {
  const text = raw.toString('latin1');
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return { head: text, body: Buffer.alloc(0) };
  return { head: text.slice(0, m.index), body: raw.subarray(m.index + m[0].length) };
}

function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }
  return headers;
}

function param(value: string, name: string): string | undefined {
  const m = new RegExp(`${name}\\*?=(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  const v = m?.[1] ?? m?.[2];
  return v?.replace(/^utf-8''/i, '');
}

function decode(body: Buffer, encoding: string): Buffer {
  if (/base64/i.test(encoding)) return Buffer.from(body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (/quoted-printable/i.test(encoding)) {
    const text = body.toString('latin1').replace(/=\r?\n/g, '');
    return Buffer.from(text.replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  }
  return body;
}

function parseEntity(raw: Buffer, depth: number): { headers: Map<string, string>; parts: MailPart[] } {
  const { head, body } = splitHead(raw);
  const headers = parseHeaders(head);
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = param(type, 'boundary');
  if (/^multipart\//i.test(type) && boundary && depth < 8) {
    const text = body.toString('latin1');
    const marker = `--${boundary}`;
    const parts: MailPart[] = [];
    for (const chunk of text.split(marker).slice(1)) {
      if (chunk.startsWith('--')) break;
      // The line break before a boundary belongs to the boundary (RFC 2046).
      parts.push(...parseEntity(Buffer.from(chunk.replace(/^\r?\n/, '').replace(/\r?\n$/, ''), 'latin1'), depth + 1).parts);
    }
    return { headers, parts };
  }
  const disposition = headers.get('content-disposition') ?? '';
  const filename = param(disposition, 'filename') ?? param(type, 'name');
  const charset = param(type, 'charset')?.toLowerCase();
  return { headers, parts: [{ contentType: type.split(';')[0].trim().toLowerCase(), ...(charset ? { charset } : {}), ...(filename ? { filename } : {}), bytes: decode(body, headers.get('content-transfer-encoding') ?? '') }] };
}

export function parseMail(raw: Buffer): Mail {
  return parseEntity(raw, 0);
}

/** The text of a text part in its declared charset. */
export function partText(part: MailPart): string {
  const latin = part.charset === 'iso-8859-1' || part.charset === 'windows-1252' || part.charset === 'latin1';
  return part.bytes.toString(latin ? 'latin1' : 'utf8');
}

/** A file looks like an e-mail when it starts with mail headers. */
export function looksLikeMail(raw: Buffer): boolean {
  const start = raw.subarray(0, 2000).toString('latin1');
  return /^(?:[\w-]+:[^\n]*\r?\n)+/.test(start) && /^(?:from|to|subject|date|mime-version|received|message-id|return-path):/im.test(start);
}
