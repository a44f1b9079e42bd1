/** A value's words on the site: knelpunten in plain words, everything else as the codebook names it. */
import type { SiteDimension, SiteLang } from '../../src-shared/site-model';
import { BOTTLENECK_WORDS } from '../i18n';
import type { SiteIndex } from '../site-index';

export function valueText(index: SiteIndex, dim: SiteDimension, value: number, lang: SiteLang): string {
  const v = index.dims.get(dim)?.values[value];
  if (!v) return '';
  if (dim === 'bottleneck' && !v.unmapped) return BOTTLENECK_WORDS[lang][v.code] ?? v[lang];
  return v[lang];
}

export function dimensionName(index: SiteIndex, dim: SiteDimension, lang: SiteLang): string {
  return index.dims.get(dim)?.[lang] ?? dim;
}
