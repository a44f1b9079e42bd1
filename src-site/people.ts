/** How to get in: the organisations that make contact with entrepreneurs, else those that carry it out. */
import type { SiteIndex } from './site-index';

export interface WayIn {
  role: 'contact' | 'uitvoerder';
  organisations: number[];
}

/** Over the given activities (else all of the initiative's): organisations in the role "contactlegging met mkb'er", else implementers. */
export function wayIn(index: SiteIndex, initiative: number, activities?: readonly number[]): WayIn | null {
  const list = activities && activities.length > 0 ? activities : index.data.initiatives[initiative]!.activities;
  for (const role of ['contact', 'uitvoerder'] as const) {
    const orgs = new Set<number>();
    for (const a of list) for (const p of index.data.activities[a]!.providers) if (p.roles.includes(role)) orgs.add(p.organisation);
    if (orgs.size === 0 && activities && activities.length > 0) {
      // None among the fitting activities: the initiative's own as a whole.
      for (const a of index.data.initiatives[initiative]!.activities) for (const p of index.data.activities[a]!.providers) if (p.roles.includes(role)) orgs.add(p.organisation);
    }
    if (orgs.size > 0) return { role, organisations: [...orgs].sort((x, y) => x - y) };
  }
  return null;
}

/**
 * A website as a link target: only http(s) (a `javascript:` or `data:` text from a workbook never
 * becomes a link); a bare "www.example.nl" gets https://. Null when it is not a web address.
 */
export function safeUrl(text: string | null | undefined): string | null {
  const t = (text ?? '').trim();
  if (/^https?:\/\/[^\s<>"]+$/i.test(t)) return t;
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/[^\s<>"]*)?$/i.test(t)) return `https://${t}`;
  return null;
}

/** A description cut at a word for a list (the card shows it whole). */
export function shorten(text: string | null, max = 220): string {
  if (!text) return '';
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 30)).trimEnd()}…`;
}
