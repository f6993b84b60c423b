// Test support: reads what poppler's command-line tools do not show from the PDFs Chromium (Skia)
// writes: the outline (bookmarks) and internal links. Skia writes plain, uncompressed object
// dictionaries without object streams, which is all this needs; it is no general PDF parser.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export interface OutlineItem {
  title: string;
  children: OutlineItem[];
}

export interface PdfStructure {
  pages: number;
  outline: OutlineItem[];
  /** Named destinations and the 1-based page each one is on. */
  dests: Map<string, number>;
  /** Internal links (one per line box a link spans) with the page they are on and where they go. */
  links: { page: number; dest: string }[];
}

function objectsOf(file: string): Map<number, string> {
  const text = fs.readFileSync(file).toString('latin1');
  const objects = new Map<number, string>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2] ?? '';
    const stream = body.indexOf('stream');
    objects.set(Number(match[1]), stream >= 0 ? body.slice(0, stream) : body);
  }
  return objects;
}

const refOf = (dict: string, key: string) => {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return match ? Number(match[1]) : undefined;
};

function decodeString(raw: string): string {
  const bytes: number[] = [];
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1);
    for (let i = 0; i < hex.length; i += 2) bytes.push(Number.parseInt(hex.slice(i, i + 2), 16));
  } else {
    const body = raw.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
      const c = body[i] ?? '';
      if (c !== '\\') {
        bytes.push(c.charCodeAt(0));
        continue;
      }
      const next = body[++i] ?? '';
      const octal = /^[0-7]{1,3}/.exec(body.slice(i))?.[0];
      if (octal) {
        bytes.push(Number.parseInt(octal, 8));
        i += octal.length - 1;
      } else bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
    }
  }
  const buffer = Buffer.from(bytes);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return buffer.subarray(2).swap16().toString('utf16le');
  return buffer.toString('latin1');
}

const decodeName = (name: string) => name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

export function readPdfStructure(file: string): PdfStructure {
  const objects = objectsOf(file);
  const catalog = [...objects.values()].find((dict) => /\/Type \/Catalog\b/.test(dict)) ?? '';
  const pageIds: number[] = [];
  const walk = (id: number | undefined) => {
    const dict = id === undefined ? undefined : objects.get(id);
    if (id === undefined || !dict) return;
    if (/\/Type \/Page\b/.test(dict)) pageIds.push(id);
    const kids = /\/Kids \[([^\]]*)\]/.exec(dict)?.[1] ?? '';
    for (const kid of kids.matchAll(/(\d+) 0 R/g)) walk(Number(kid[1]));
  };
  walk(refOf(catalog, 'Pages'));
  const pageNumber = (id: number) => pageIds.indexOf(id) + 1;

  const dests = new Map<string, number>();
  const destDict = objects.get(refOf(catalog, 'Dests') ?? -1) ?? '';
  for (const match of destDict.matchAll(/\/([^\s/[\]<>()]+) \[(\d+) 0 R/g))
    dests.set(decodeName(match[1] ?? ''), pageNumber(Number(match[2])));

  const links: PdfStructure['links'] = [];
  for (const [index, id] of pageIds.entries()) {
    const annots = /\/Annots \[([^\]]*)\]/.exec(objects.get(id) ?? '')?.[1] ?? '';
    for (const ref of annots.matchAll(/(\d+) 0 R/g)) {
      const dest = /\/Subtype \/Link[\s\S]*\/Dest \/([^\s/[\]<>()]+)/.exec(objects.get(Number(ref[1])) ?? '')?.[1];
      if (dest) links.push({ page: index + 1, dest: decodeName(dest) });
    }
  }

  const items = (first: number | undefined): OutlineItem[] => {
    const out: OutlineItem[] = [];
    for (let id = first; id !== undefined; ) {
      const dict = objects.get(id) ?? '';
      const raw = /\/Title (<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\))/.exec(dict)?.[1] ?? '()';
      out.push({ title: decodeString(raw), children: items(refOf(dict, 'First')) });
      id = refOf(dict, 'Next');
    }
    return out;
  };
  const outlines = objects.get(refOf(catalog, 'Outlines') ?? -1);
  return { pages: pageIds.length, outline: outlines ? items(refOf(outlines, 'First')) : [], dests, links };
}

export interface Word {
  page: number;
  text: string;
  /** Glyph box height in pt: about 1.16 × the font size for DejaVu Sans. */
  height: number;
}

/** Every word with its page and box height, from `pdftotext -bbox`. */
export function pdfWords(file: string): Word[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', file, '-']).toString();
  const words: Word[] = [];
  let page = 0;
  for (const match of xhtml.matchAll(/<page |<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (match[0].startsWith('<page')) page++;
    else words.push({ page, text: match[3] ?? '', height: Number(match[2]) - Number(match[1]) });
  }
  return words;
}
