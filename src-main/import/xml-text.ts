/**
 * A part's XML text exactly as SheetJS sees it, and its way of reading tags and attributes, so the
 * counts in cell-count.ts and ods-count.ts are taken on the same characters SheetJS parses.
 */

/** The byte-order marks SheetJS honours (its cc2str): UTF-16 LE, and UTF-16 BE as it tests for it. */
export function utf16Text(data: Buffer): string | undefined {
  if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString('utf16le');
  if (data[1] === 0xfe && data[2] === 0xff) {
    const be = Buffer.from(data.subarray(2, 2 + ((data.length - 2) & ~1)));
    return be.swap16().toString('utf16le');
  }
  return undefined;
}

/** What SheetJS' getzipstr gives for .xlsx parts: one character per byte (UTF-16 parts re-encoded as UTF-8). */
export function binaryText(data: Buffer): string {
  const utf16 = utf16Text(data);
  return utf16 === undefined ? data.toString('latin1') : Buffer.from(utf16, 'utf8').toString('latin1');
}

const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const CODE = /_x([\da-fA-F]{4})_/gi;
const NAMED: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };

/** SheetJS' unescapexml (without its CDATA splitting, which only ever yields the same or fewer characters to match on). */
export function unescapeXml(text: string): string {
  return text
    .replace(ENTITY, (all: string, code: string | undefined) => NAMED[all] ?? (code === undefined ? all : String.fromCharCode(parseInt(code, all.includes('x') ? 16 : 10)) || all))
    .replace(CODE, (_all, code: string) => String.fromCharCode(parseInt(code, 16)));
}

/** SheetJS' attribute pattern (attregexg). */
const ATTRIBUTE = /\s([^"\s?>/]+)\s*=\s*((?:")([^"]*)(?:")|(?:')([^']*)(?:')|([^'">\s]+))/g;

/**
 * Every value SheetJS' parsexmltag could give an attribute key in this tag: keys are the local name
 * (prefix dropped; an unprefixed name cut at its first `_`), also lower-cased. Where SheetJS keeps
 * the last of several, this keeps them all, so a caller can take the largest.
 */
export function attributeValues(tag: string, key: string): string[] {
  const out: string[] = [];
  const space = tag.search(/[ \n\r]/);
  if (space < 0) return out;
  for (const m of tag.matchAll(ATTRIBUTE)) {
    let name = m[1]!.trim();
    const colon = name.indexOf(':');
    if (colon < 0) {
      if (name.indexOf('_') > 0) name = name.slice(0, name.indexOf('_'));
    } else name = name.slice(colon + 1);
    if (name === key || name.toLowerCase() === key) out.push(m[3] ?? m[4] ?? m[5] ?? '');
  }
  return out;
}

/** SheetJS' tag pattern (tagregex) and the element name it switches on (strip_ns of the text up to the first space). */
export const TAG = /<[/?]?[a-zA-Z0-9:_-]+(?:\s+[^"\s?<>/]+\s*=\s*(?:"[^"]*"|'[^']*'|[^'"<>\s=]+))*\s*[/?]?>/gm;
export function tagName(tag: string): string {
  const space = tag.search(/[ \n\r]/);
  return (space < 0 ? tag : tag.slice(0, space)).replace(/<(\/?)\w+:/, '<$1');
}
