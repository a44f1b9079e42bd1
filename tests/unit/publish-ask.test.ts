/**
 * "Waar kan ik terecht?" on a small map made by hand, whose fits and scores are worked out here from
 * the rule (src-site/match.ts): a specific sector 4 points, the generic sector 1; a specific size 2,
 * the generic size 1; each shared knelpunt 3; each shared form 3, the generic form 1; the chosen
 * region 2, a region in it or around it 1.
 */
import { describe, expect, it } from 'vitest';
import { dimension } from '../../src-shared/codebook';
import { SITE_DATA_VERSION, SITE_DIMENSIONS, type SiteActivity, type SiteData, type SiteDimension, type SiteValue } from '../../src-shared/site-model';
import { rankInitiatives, type Answers } from '../../src-site/match';
import { safeUrl, wayIn } from '../../src-site/people';
import { buildIndex } from '../../src-site/site-index';

/** The codebook's own values for these codes (label, English, group, generic), as a publication carries them. */
function codebookValues(key: 'sector' | 'size' | 'bottleneck' | 'form', codes: string[]): SiteValue[] {
  return codes.map((code) => {
    const v = dimension(key).values.find((x) => x.code === code);
    if (!v) throw new Error(`${key} has no code ${code}`);
    return { code, nl: v.nl, en: v.en, ...(v.group ? { group: v.group } : {}), ...(v.generic ? { generic: true } : {}) };
  });
}

/** The map's values: the codebook's for the questions, and a small hierarchy of regions made by hand. */
const VALUES: Partial<Record<SiteDimension, SiteValue[]>> = {
  sector: codebookValues('sector', ['C', 'F', 'geen']),
  size: codebookValues('size', ['micro', 'geen']),
  bottleneck: codebookValues('bottleneck', ['6', '8']),
  form: codebookValues('form', ['3', '5', '7']),
  geography: [
    { code: 'nederland', nl: 'Nederland', en: 'The Netherlands' },
    { code: 'noord-nederland', nl: 'Noord-Nederland', en: 'Northern Netherlands', parent: 'nederland' },
    { code: 'provincie-drenthe', nl: 'Provincie Drenthe', en: 'Province of Drenthe', parent: 'noord-nederland' },
    { code: 'regio-assen', nl: 'Regio Assen', en: 'Assen region', parent: 'provincie-drenthe' },
    { code: 'provincie-zeeland', nl: 'Provincie Zeeland', en: 'Province of Zeeland', parent: 'nederland' },
  ],
  organisation: [
    { code: 'Kamer van Koophandel', nl: 'Kamer van Koophandel', en: 'Kamer van Koophandel' },
    { code: 'Hogeschool', nl: 'Hogeschool', en: 'Hogeschool' },
  ],
};

const at = (dim: SiteDimension, code: string) => VALUES[dim]!.findIndex((v) => v.code === code);

function activity(initiative: number, name: string, codes: Partial<Record<SiteDimension, string[]>>, providers: SiteActivity['providers'] = []): SiteActivity {
  return { id: initiative * 10 + name.length, initiative, name, description: null, codes: Object.fromEntries(Object.entries(codes).map(([d, cs]) => [d, cs!.map((c) => at(d as SiteDimension, c))])), providers };
}

const ACTIVITIES: SiteActivity[] = [
  // 0 Datalab Drenthe: made for a small manufacturer in Drenthe without the knowledge in-house.
  activity(0, 'Datascan', { sector: ['C'], size: ['micro'], bottleneck: ['6'], form: ['3'], geography: ['provincie-drenthe'] }, [{ organisation: 1, roles: ['uitvoerder'] }]),
  // 1 Ondernemershuis: open to everyone in the Netherlands.
  activity(1, 'Spreekuur', { sector: ['geen'], size: ['geen'], bottleneck: ['6', '8'], form: ['7'], geography: ['nederland'] }, [{ organisation: 0, roles: ['contact', 'initiatiefnemer'] }]),
  activity(1, 'Financieringsloket', { sector: ['geen'], size: ['geen'], bottleneck: ['8'], form: ['7'], geography: ['nederland'] }),
  // 2 Bouwhub: construction only.
  activity(2, 'Bouwdag', { sector: ['F'], size: ['geen'], bottleneck: ['6'], form: ['3'], geography: ['provincie-drenthe'] }),
  // 3 Geldloket: finance only.
  activity(3, 'Lening', { sector: ['geen'], bottleneck: ['8'], form: ['7'], geography: ['nederland'] }),
  // 4 Zeeuwse Datadag: the right offer in another province.
  activity(4, 'Datadag', { sector: ['C'], size: ['micro'], bottleneck: ['6'], form: ['3'], geography: ['provincie-zeeland'] }),
  // 5 Assen Digitaal: a town inside the chosen province, services only.
  activity(5, 'Webwinkelcursus', { sector: ['geen'], bottleneck: ['6'], form: ['5'], geography: ['regio-assen'] }),
  // 6 Assen Data: a town inside the chosen province, data.
  activity(6, 'Datacafé', { bottleneck: ['6'], form: ['3'], geography: ['regio-assen'] }),
];

const NAMES = ['Datalab Drenthe', 'Ondernemershuis', 'Bouwhub', 'Geldloket', 'Zeeuwse Datadag', 'Assen Digitaal', 'Assen Data'];

const DATA: SiteData = {
  version: SITE_DATA_VERSION,
  title: 'Test',
  language: 'nl',
  contact: null,
  generatedAt: '2025-01-01T00:00:00.000Z',
  generator: 'test',
  fields: [],
  templateFile: 'regioscan-sjabloon.xlsx',
  scans: [{ id: 1, label: 'Test 2025' }],
  dimensions: SITE_DIMENSIONS.map((key) => ({ key, nl: key, en: key, values: VALUES[key] ?? [] })),
  initiatives: NAMES.map((name, i) => ({ id: 100 + i, name, description: null, website: i === 0 ? 'www.datalab.example' : i === 1 ? 'javascript:alert(1)' : null, scan: 0, focus: 'none', activities: ACTIVITIES.flatMap((a, k) => (a.initiative === i ? [k] : [])), x: i, y: i })),
  activities: ACTIVITIES,
  edges: [],
};

describe('Waar kan ik terecht?', () => {
  const index = buildIndex(DATA);
  const answers: Answers = { geography: [at('geography', 'provincie-drenthe')], sector: [at('sector', 'C')], size: [at('size', 'micro')], bottleneck: [at('bottleneck', '6')], form: [at('form', '3')] };

  it('ranks the initiatives that fit every answer, best first, with their scores', () => {
    const ranked = rankInitiatives(index, answers);
    const names = ranked.map((r) => [NAMES[r.initiative], r.score]);
    // Datalab: region 2 + sector 4 + size 2 + knelpunt 3 + form 3 = 14.
    // Assen Data: a town in the province 1, no sector or size coded (open) 1 + 1, knelpunt 3, form 3 = 9.
    // Ondernemershuis: the Netherlands around the province 1, generic sector 1, generic size 1, knelpunt 3, generic form 1 = 7.
    // Out: Bouwhub (construction), Geldloket (finance only), Zeeuwse Datadag (another province), Assen Digitaal (services, not data).
    expect(names).toEqual([
      ['Datalab Drenthe', 14],
      ['Assen Data', 9],
      ['Ondernemershuis', 7],
    ]);
    const house = ranked.find((r) => NAMES[r.initiative] === 'Ondernemershuis')!;
    expect(house.fits.map((f) => ACTIVITIES[f.activity]!.name)).toEqual(['Spreekuur']);
    expect(house.fits[0]!.reasons.filter((r) => r.generic).map((r) => r.dim).sort()).toEqual(['form', 'geography', 'sector', 'size']);
  });

  it('narrows nothing for an unanswered question, and ranks by fitting activities on a tie', () => {
    const ranked = rankInitiatives(index, { bottleneck: [at('bottleneck', '8')] });
    // Ondernemershuis has two activities on finance, Geldloket one: both score 3.
    expect(ranked.map((r) => [NAMES[r.initiative], r.score, r.fits.length])).toEqual([
      ['Ondernemershuis', 3, 2],
      ['Geldloket', 3, 1],
    ]);
    expect(rankInitiatives(index, {}).length).toBe(NAMES.length);
  });

  it('names how to get in: the contact organisation, else who carries it out; only web addresses become links', () => {
    expect(wayIn(index, 1)).toEqual({ role: 'contact', organisations: [0] });
    expect(wayIn(index, 0)).toEqual({ role: 'uitvoerder', organisations: [1] });
    expect(wayIn(index, 3)).toBeNull();
    expect(safeUrl(DATA.initiatives[0]!.website)).toBe('https://www.datalab.example');
    expect(safeUrl(DATA.initiatives[1]!.website)).toBeNull();
    expect(safeUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeUrl('data:text/html,<script>')).toBeNull();
  });
});
