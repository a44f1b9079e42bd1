/**
 * Publishing the Ecosysteemkaart as a static website (issue 18): what `regioscan publish` and the
 * `publish.preview` / `publish.build` channels do. A request names the scans, the filter, the
 * optional fields, the language, a title and a contact address; the same request previews (counts,
 * fields, the filter in words) and writes the folder: index.html, manifest.json and the template
 * workbook for new initiatives.
 */
import { resolve } from 'node:path';
import { DIMENSIONS } from '../../src-shared/codebook';
import type { Filter } from '../../src-shared/filter';
import { describeFilter } from '../../src-shared/filter-words';
import { OPTIONAL_FIELDS, PUBLIC_FIELDS, type PublishResult, type PublishSummary, type SiteData, type SiteLang } from '../../src-shared/site-model';
import type { Db } from '../db/open';
import { clip, UserError } from '../errors';
import type { ResourceContext } from '../resources';
import { loadSiteBundle } from './bundle';
import { chooseFields } from './fields';
import { MANIFEST, PUBLICATION_KIND, writePublication, type OutputFile } from './folder';
import { siteHtml } from './html';
import { buildSiteData, type SiteInput } from './site-data';
import { extraColumnNames } from '../activities';
import { allScanIds, matchingActivityIds, scanLabel, scanRecords, templateWorkbook } from './sources';

export interface PublishRequest {
  /** The filter; its `scans` are the scans published (empty: every scan). */
  filter: Filter;
  /** Optional fields and extra columns to publish (fields.ts). */
  fields: readonly string[];
  language: SiteLang;
  title?: string | null | undefined;
  contact?: string | null | undefined;
}

export interface PublishContext {
  /** "Regioscan 0.1.0". */
  generator: string;
  now?: Date;
  resources?: ResourceContext;
}

export const TEMPLATE_FILE = 'regioscan-sjabloon.xlsx';
const TITLE_MAX = 120;
const EMAIL = /^[^\s@<>()[\]\\,;:"']+@[^\s@<>()[\]\\,;:"']+\.[^\s@<>()[\]\\,;:"']+$/;

function invalid(code: string, nl: string, en: string): never {
  throw new UserError(code, { nl, en });
}

/** The request checked and completed: its scans (every scan when none), matching activities, fields, title and contact. */
export function siteInput(db: Db, request: PublishRequest, context: PublishContext): SiteInput {
  const everyScan = allScanIds(db);
  const chosen = request.filter.scans.length > 0 ? [...new Set(request.filter.scans)].sort((a, b) => a - b) : everyScan;
  for (const id of chosen) {
    if (!everyScan.includes(id)) invalid('invalid-scan', `Er is geen scan met id ${id} (zie 'regioscan scans').`, `There is no scan with id ${id} (see 'regioscan scans').`);
  }
  if (chosen.length === 0) invalid('publish-empty', 'Er is nog geen scan om te publiceren: importeer eerst een werkboek.', 'There is no scan to publish yet: import a workbook first.');
  const filter: Filter = { ...request.filter, scans: chosen };
  const activityIds = matchingActivityIds(db, filter);
  if (activityIds.length === 0) invalid('publish-empty', 'Het filter past op geen enkele activiteit: er is niets te publiceren.', 'The filter matches no activity: there is nothing to publish.');
  const scans = scanRecords(db, chosen);
  const fields = chooseFields(request.fields, extraColumnNames(db, chosen));
  const contact = request.contact?.trim() || null;
  if (contact !== null && (contact.length > 254 || !EMAIL.test(contact))) {
    invalid('invalid-contact', `'${clip(contact)}' is geen e-mailadres; --contact neemt een adres als aanmelden@provincie.nl.`, `'${clip(contact)}' is not an e-mail address; --contact takes an address such as join@province.example.`);
  }
  const title = request.title?.trim() || defaultTitle(scans.map((s) => scanLabel(s.region, s.year)), request.language);
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (title.length > TITLE_MAX || /[\u0000-\u001f\u007f]/.test(title)) {
    invalid('invalid-title', `De titel mag hoogstens ${TITLE_MAX} tekens op één regel zijn.`, `The title may be at most ${TITLE_MAX} characters on one line.`);
  }
  return { filter, scans, activityIds, fields, language: request.language, title, contact, generatedAt: context.now ?? new Date(), generator: context.generator, templateFile: TEMPLATE_FILE };
}

function defaultTitle(labels: readonly string[], lang: SiteLang): string {
  const which = labels.length <= 2 ? labels.join(lang === 'nl' ? ' en ' : ' and ') : lang === 'nl' ? `${labels.length} regio’s` : `${labels.length} regions`;
  return lang === 'nl' ? `Ecosysteemkaart ${which}` : `Ecosystem map ${which}`;
}

function summarise(db: Db, input: SiteInput, data: SiteData, layout: 'stored' | 'computed'): PublishSummary {
  const perScan = input.scans.map((s, i) => ({
    id: s.id,
    label: scanLabel(s.region, s.year),
    initiatives: data.initiatives.filter((x) => x.scan === i).length,
    activities: data.activities.filter((a) => data.initiatives[a.initiative]!.scan === i).length,
  }));
  const labels = new Map(input.scans.map((s) => [s.id, scanLabel(s.region, s.year)]));
  const words = (lang: SiteLang) =>
    describeFilter(input.filter, {
      lang,
      scanLabel: (id) => labels.get(id) ?? `#${id}`,
      resolve: (dim, code) => data.dimensions.find((d) => d.key === dim)?.values.find((v) => v.code === code)?.[lang],
    });
  return {
    title: input.title,
    language: input.language,
    contact: input.contact,
    scans: perScan,
    counts: {
      initiatives: data.initiatives.length,
      activities: data.activities.length,
      organisations: data.dimensions.find((d) => d.key === 'organisation')!.values.length,
      lines: data.edges.length,
    },
    filter: { nl: words('nl'), en: words('en') },
    fields: { public: PUBLIC_FIELDS, optional: input.fields.names },
    available: [...OPTIONAL_FIELDS, ...extraColumnNames(db, input.filter.scans)],
    layout,
  };
}

/** What a publication would hold, without writing anything. */
export function previewPublication(db: Db, request: PublishRequest, context: PublishContext): PublishSummary {
  const input = siteInput(db, request, context);
  const { data, layout } = buildSiteData(db, input);
  return summarise(db, input, data, layout);
}

/** The manifest: what the folder holds, for the web team and for the next publication into it. */
function manifest(summary: PublishSummary, data: SiteData, files: readonly string[]) {
  return {
    kind: PUBLICATION_KIND,
    version: data.version,
    generator: data.generator,
    generatedAt: data.generatedAt,
    title: data.title,
    language: data.language,
    contact: data.contact,
    scans: summary.scans,
    counts: summary.counts,
    filter: summary.filter,
    fields: summary.fields,
    dimensions: DIMENSIONS.filter((d) => data.dimensions.some((x) => x.key === d.key)).map((d) => d.key),
    layout: summary.layout,
    files: [...files, MANIFEST],
  };
}

/** Writes the site into `folder` (new, empty, or an earlier publication, which it replaces). */
export async function publishSite(db: Db, request: PublishRequest, folder: string, context: PublishContext): Promise<PublishResult> {
  const dir = resolve(folder);
  const input = siteInput(db, request, context);
  const { data, layout } = buildSiteData(db, input);
  const summary = summarise(db, input, data, layout);
  const bundle = await loadSiteBundle(context.resources);
  const files: OutputFile[] = [
    { name: 'index.html', bytes: Buffer.from(siteHtml(bundle, data), 'utf8') },
    { name: TEMPLATE_FILE, bytes: templateWorkbook(context.resources) },
  ];
  const man = manifest(summary, data, files.map((f) => f.name));
  files.push({ name: MANIFEST, bytes: Buffer.from(JSON.stringify(man, null, 2) + '\n', 'utf8') });
  writePublication(dir, files);
  return {
    folder: dir,
    index: resolve(dir, 'index.html'),
    files: files.map((f) => f.name),
    bytes: files.reduce((n, f) => n + f.bytes.length, 0),
    summary,
  };
}

/** The published site's page for one request, as publishSite writes it as index.html (a presentation's site holds one per slide). */
export async function sitePage(db: Db, request: PublishRequest, context: PublishContext): Promise<string> {
  const input = siteInput(db, request, context);
  const { data } = buildSiteData(db, input);
  return siteHtml(await loadSiteBundle(context.resources), data);
}
