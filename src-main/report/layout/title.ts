/** The factsheet's head: region and year, the filter in words, the date; then the key figures. */
import type { Content, Margin } from '../pdf-types';
import type { FactsheetData, RenderOptions } from '../model';
import { INK } from '../palette';
import { fill, longDate, num, WORDS } from '../words';
import { CONTENT_WIDTH, PLAIN_LAYOUT } from './common';

export function titleBlock(data: FactsheetData, options: RenderOptions): Content {
  const w = WORDS[data.lang];
  const filter = data.filterWords ?? (data.scans.length === 1 ? w.noFilterOne : w.noFilterMany);
  const sample = data.scans.some((s) => s.isSample);
  const band: Content = {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: w.kicker, fontSize: 7.5, bold: true, color: '#b9cde3' },
              { text: data.scans.map((s) => s.label).join(' · '), fontSize: 24, bold: true, color: '#ffffff', margin: [0, 4, 0, 1] },
              { text: w.subtitle, fontSize: 10, color: '#dbe6f2' },
              {
                columns: [
                  { text: [{ text: `${w.filter}: `, bold: true }, filter], fontSize: 8, color: '#ffffff', width: '*' },
                  { text: `${w.prepared} ${longDate(options.date, data.lang)}`, fontSize: 8, color: '#dbe6f2', alignment: 'right', width: 'auto', noWrap: true },
                ],
                columnGap: 12,
                margin: [0, 8, 0, 0],
              },
              ...(sample ? [{ text: w.sampleBadge, fontSize: 7.6, bold: true, color: INK.badge, margin: [0, 5, 0, 0] as Margin }] : []),
            ],
            fillColor: INK.heading,
            margin: [10, 10, 10, 10],
          },
        ],
      ],
    },
    layout: PLAIN_LAYOUT,
  };
  return band;
}

function tile(value: string, label: string, caption: string): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: value, fontSize: 18, bold: true, color: INK.heading },
              { text: label, fontSize: 9, bold: true, color: INK.text, margin: [0, 0, 0, 2] },
              { text: caption, fontSize: 6.8, color: INK.muted, lineHeight: 1.05 },
            ],
            fillColor: INK.headFill,
            margin: [8, 5, 8, 6],
          },
        ],
      ],
    },
    layout: PLAIN_LAYOUT,
  };
}

export function keyFigures(data: FactsheetData): Content {
  const w = WORDS[data.lang];
  const o = data.overview;
  const contacts = o.reach.rows.reduce((s, r) => s + (r.sum ?? 0), 0);
  const known = o.reach.known;
  const reachCaption = known === 0 ? w.contactsNone : fill(w.contactsNote, { known: num(known, data.lang), total: num(o.total, data.lang) });
  return {
    columns: [
      tile(num(o.initiatives, data.lang), w.initiatives, w.initiativesNote),
      tile(num(o.total, data.lang), w.activities, w.activitiesNote),
      tile(num(o.providers.organisations, data.lang), w.organisations, w.organisationsNote),
      { ...(tile(known === 0 ? '–' : num(contacts, data.lang), w.contacts, reachCaption) as object), width: CONTENT_WIDTH * 0.34 } as Content,
    ],
    columnGap: 6,
    margin: [0, 8, 0, 0],
  };
}
