/** The round-trip preview's field keys (`--set` keys: `sector`, `name`, `initiative.website`, a role code, `extra.NAME`) in words. */
import { resolveDimension } from '../../../src-shared/codebook';
import { dimensionLabel } from '../i18n/codebook';
import type { Language, MessageKey, Translate } from '../i18n/translate';
import { fieldWords } from '../ui/detail/historyWords';

const FIELDS: Readonly<Record<string, MessageKey>> = {
  name: 'roundtrip.field.name',
  initiative: 'roundtrip.field.initiative',
  description: 'roundtrip.field.description',
  startYear: 'roundtrip.field.startYear',
  reach: 'roundtrip.field.reach',
  reachUnit: 'roundtrip.field.reachUnit',
  reachSource: 'roundtrip.field.reachSource',
  website: 'roundtrip.field.website',
  homeRegion: 'roundtrip.field.homeRegion',
};

function plain(field: string, t: Translate, lang: Language): string {
  const key = FIELDS[field];
  if (key) return t(key);
  const dim = resolveDimension(field);
  // A provider role's organisations and an extra field, as the history names them.
  return dim ? dimensionLabel(dim, lang) : fieldWords(field, t, lang);
}

export function roundtripFieldLabel(field: string, t: Translate, lang: Language): string {
  if (field.startsWith('initiative.')) return t('roundtrip.field.ofInitiative', { field: plain(field.slice('initiative.'.length), t, lang) });
  return plain(field, t, lang);
}
