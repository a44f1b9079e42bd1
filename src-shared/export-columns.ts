/**
 * The columns of the activities export by key, in the order they are written, so that the export
 * dialog and main agree on a choice whatever the language. `id`, `activity` and `type` are always
 * written: the round trip reads them by name. `extra` stands for every extra field the importer kept.
 */
import { DIMENSIONS, ROLES } from './codebook';
import { VALUE_DIMENSION_KEYS } from './import-mapping';

/** The dimensions stored per activity, in codebook order (the order of the export's columns). */
export const EXPORT_DIMENSIONS = DIMENSIONS.map((d) => d.key).filter((k) => (VALUE_DIMENSION_KEYS as readonly string[]).includes(k));

export const EXPORT_COLUMNS: readonly string[] = [
  'id',
  'initiative',
  'activity',
  'scan',
  ...EXPORT_DIMENSIONS,
  'description',
  'startYear',
  'reach',
  'reachUnit',
  'reachSource',
  ...ROLES.map((r) => `role:${r.code}`),
  'website',
  'extra',
];

export const REQUIRED_EXPORT_COLUMNS: readonly string[] = ['id', 'activity', 'type'];
