/**
 * The change history in words for the Geschiedenis tab and the undo toast: a field key as the panel
 * names it, a value with labels for its codes, and a change group's label. Pure: no React, no DOM.
 */
import { isDimensionKey, REACH_SOURCES, REACH_UNITS, ROLES } from '../../../../src-shared/codebook';
import type { UndoResult } from '../../../../src-shared/model';
import { codeLabel, dimensionLabel, entryLabel } from '../../i18n/codebook';
import type { Language, Translate } from '../../i18n/translate';
import { locale } from '../../i18n/format';

const FIELD_KEYS = {
  name: 'edit.field.name',
  description: 'edit.field.description',
  startYear: 'explore.col.startYear',
  reach: 'explore.col.reach',
  reachUnit: 'edit.field.reachUnit',
  reachSource: 'explore.detail.reachSource',
  initiative: 'explore.detail.initiative',
  website: 'explore.detail.website',
  homeRegion: 'explore.detail.homeRegion',
  activity: 'explore.detail.activity',
  file: 'edit.field.file',
} as const;

/** A field key of the history (`sector`, `name`, `initiative[12].website`, `extra.Contact`) in words. */
export function fieldWords(field: string, t: Translate, lang: Language): string {
  const row = /^(\w+)\[(.+?)\](?:\.(.+))?$/.exec(field);
  if (row) {
    const kind = row[1] === 'initiative' ? t('explore.detail.initiative') : row[1] === 'scan' ? t('edit.field.scan') : row[1]!;
    return row[3] === undefined ? kind : `${kind} · ${fieldWords(row[3], t, lang)}`;
  }
  if (field.startsWith('extra.')) return t('edit.field.extra', { name: field.slice('extra.'.length) });
  // The organisations of a provider role are recorded under the role's code.
  if (ROLES.some((r) => r.code === field)) return t('edit.field.role', { role: codeLabel('role', field, lang) });
  if (isDimensionKey(field)) return dimensionLabel(field, lang);
  const key = FIELD_KEYS[field as keyof typeof FIELD_KEYS];
  return key ? t(key) : field;
}

/** A value of a field in words: a dimension's codes with their labels, reach lists by label; '—' for none. */
export function valueWords(field: string, value: string | number | null, lang: Language): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'number') return value.toLocaleString(locale(lang));
  const key = field.replace(/^.*\./, '');
  if (key === 'reachUnit' || key === 'reachSource') {
    const entry = (key === 'reachUnit' ? REACH_UNITS : REACH_SOURCES).find((e) => e.code === value);
    return entry ? entry[lang] : value;
  }
  if (!isDimensionKey(key) || key === 'organisation' || key === 'scan') return value;
  // Codes joined as the CLI prints them, each in words as the panel shows it (numbered codes and SBI
  // letters keep their code); a value kept unmapped, or a code the codebook lacks, is its own text.
  return value
    .split(', ')
    .map((code) => {
      const label = codeLabel(key, code, lang);
      return label === code ? code : entryLabel(key, code, label);
    })
    .join(', ');
}

/**
 * A change group's label in words. Edits label their groups `activity 12`, `initiative 3`,
 * `add NAME`, `delete NAME`, `merge A into B` (src-main/edits); other paths name their file or action.
 */
export function groupWords(undone: UndoResult['undone'], t: Translate): string {
  const label = undone.label ?? '';
  let m: RegExpExecArray | null;
  if ((m = /^activity (\d+)$/.exec(label))) return t('edit.group.activity', { id: m[1]! });
  if ((m = /^initiative (\d+)$/.exec(label))) return t('edit.group.initiative', { id: m[1]! });
  if ((m = /^add (.+)$/s.exec(label))) return t('edit.group.add', { name: m[1]! });
  if ((m = /^delete (.+)$/s.exec(label))) return t('edit.group.delete', { name: m[1]! });
  if ((m = /^merge (.+) into (.+)$/s.exec(label))) return t('edit.group.merge', { other: m[1]!, keep: m[2]! });
  return label === '' ? undone.origin : label;
}
