// Reads a .docx back the way an office suite would start to: `unzip -t` for the archive, then Python's
// zipfile and XML parser for the package (content types, relationships) and the document's paragraphs.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './cli.js';

export interface DocxParagraph {
  style: string | null;
  text: string;
  numId: string | null;
  bold: boolean;
}

export interface DocxReport {
  parts: string[];
  /** Parts without a content type, relationship targets that do not exist: both must be empty. */
  untyped: string[];
  missingTargets: string[];
  paragraphs: DocxParagraph[];
  styles: Record<string, string>;
  /** numId → [abstractNumId, startOverride]. */
  nums: Record<string, [string, number | null]>;
  footers: string[];
  fields: string[];
  core: Record<string, string>;
}

const SCRIPT = String.raw`
import json, posixpath, sys, zipfile
import xml.etree.ElementTree as ET
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
names = z.namelist()
trees = {n: ET.fromstring(z.read(n)) for n in names}
types = trees['[Content_Types].xml']
defaults = {d.get('Extension') for d in types if d.tag.endswith('Default')}
overrides = {o.get('PartName') for o in types if o.tag.endswith('Override')}
untyped = [n for n in names if '/' + n not in overrides and n.rsplit('.', 1)[-1] not in defaults]
missing = []
for n in names:
    if not n.endswith('.rels'):
        continue
    base = posixpath.dirname(posixpath.dirname(n))
    for rel in trees[n]:
        target = posixpath.normpath(posixpath.join(base, rel.get('Target')))
        if target not in names:
            missing.append(target)
def text(el):
    out = ''
    for node in el.iter():
        if node.tag == W + 't': out += node.text or ''
        elif node.tag == W + 'tab': out += '\t'
        elif node.tag == W + 'br': out += '\n'
    return out
paragraphs = []
for p in trees['word/document.xml'].iter(W + 'p'):
    style = p.find(W + 'pPr/' + W + 'pStyle')
    num = p.find(W + 'pPr/' + W + 'numPr/' + W + 'numId')
    paragraphs.append({'style': style.get(W + 'val') if style is not None else None, 'text': text(p),
        'numId': num.get(W + 'val') if num is not None else None, 'bold': p.find('.//' + W + 'b') is not None})
styles = {s.get(W + 'styleId'): s.find(W + 'name').get(W + 'val') for s in trees['word/styles.xml'].iter(W + 'style')}
nums = {}
for num in trees['word/numbering.xml'].iter(W + 'num'):
    start = num.find(W + 'lvlOverride/' + W + 'startOverride')
    nums[num.get(W + 'numId')] = [num.find(W + 'abstractNumId').get(W + 'val'), int(start.get(W + 'val')) if start is not None else None]
footers = [text(trees[n]) for n in sorted(names) if n.startswith('word/footer')]
fields = [i.text.strip() for n in names if n.startswith('word/footer') for i in trees[n].iter(W + 'instrText')]
core = {el.tag.split('}')[1]: el.text for el in trees['docProps/core.xml']}
print(json.dumps({'parts': names, 'untyped': untyped, 'missingTargets': missing, 'paragraphs': paragraphs,
    'styles': styles, 'nums': nums, 'footers': footers, 'fields': fields, 'core': core}))
`;

/** Throws when unzip or Python cannot read the file. */
export function readDocx(bytes: Uint8Array): DocxReport {
  const file = join(tempDir('woo-docx-'), 'brief.docx');
  writeFileSync(file, bytes);
  execFileSync('unzip', ['-tq', file], { encoding: 'utf8' });
  return JSON.parse(execFileSync('python3', ['-c', SCRIPT, file], { encoding: 'utf8' }));
}
