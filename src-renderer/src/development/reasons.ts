/** A link's evidence in words (the link review table): name, organisations per role, activities, website. */
import type { LinkReason } from '../../../src-shared/links';
import { codeLabel, type Language, type Translate } from '../i18n';

const percent = (x: number) => `${Math.round(x * 100)}%`;

export function reasonWords(reasons: readonly LinkReason[], t: Translate, lang: Language): string[] {
  return reasons.map((r) => {
    switch (r.kind) {
      case 'name':
        return r.same ? t('development.reason.sameName') : t('development.reason.name', { similarity: percent(r.similarity) });
      case 'organisation':
        return t('development.reason.organisation', { role: codeLabel('role', r.role, lang), organisations: r.organisations.join(', ') });
      case 'activities':
        return t('development.reason.activities', { similarity: percent(r.similarity) });
      case 'website':
        return t('development.reason.website', { website: r.website });
      case 'type':
        return t('development.reason.type', { type: codeLabel('type', r.code, lang) });
      case 'dimensions':
        return t('development.reason.dimensions', { similarity: percent(r.similarity) });
    }
  });
}
