/**
 * Filter and search as in the app: per dimension the values with their counts (initiatives that
 * choosing the value returns; a dimension's own choice does not narrow its own counts), ticked values
 * combining with OR within a dimension and AND across. Every change goes into the URL.
 */
import { useMemo, useState } from 'preact/hooks';
import type { SiteDimension } from '../../src-shared/site-model';
import { useSite } from '../context';
import { activeDimensions, facetCounts, type Conditions } from '../filter';
import { BOTTLENECK_GROUP_WORDS } from '../i18n';
import { dimensionName, valueText } from './labels';

const PRIMARY: readonly SiteDimension[] = ['sector', 'size', 'bottleneck', 'form', 'type', 'geography'];
const MORE: readonly SiteDimension[] = ['phase', 'maturity', 'technology', 'application', 'goal', 'organisation', 'rationale', 'scan'];
/** Long lists show their largest values first, this many until asked for all. */
const SHORT_LIST = 8;

export function toggled(conditions: Conditions, dim: SiteDimension, value: number): Conditions {
  const now = conditions[dim] ?? [];
  const next = now.includes(value) ? now.filter((v) => v !== value) : [...now, value];
  const out = { ...conditions };
  if (next.length === 0) delete out[dim];
  else out[dim] = next;
  return out;
}

function Facet({ dim, counts }: { dim: SiteDimension; counts: number[] }) {
  const { index, state, lang, t, go } = useSite();
  const [all, setAll] = useState(false);
  const chosen = state.conditions[dim] ?? [];
  const def = index.dims.get(dim)!;
  let values = def.values.map((_, i) => i).filter((i) => (counts[i] ?? 0) > 0 || chosen.includes(i));
  if (values.length === 0) return null;
  const long = dim === 'organisation' && values.length > SHORT_LIST;
  if (long) {
    values = [...values].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
    if (!all) values = values.filter((v, k) => k < SHORT_LIST || chosen.includes(v));
  }
  const id = `facet-${dim}`;
  const box = (i: number) => (
    <li key={i} class={dim === 'geography' ? `depth-${Math.min(index.geographyDepth[i] ?? 0, 4)}` : undefined}>
      <label class="check">
        <input type="checkbox" checked={chosen.includes(i)} onChange={() => go({ conditions: toggled(state.conditions, dim, i) }, 'replace')} />
        <span class="check-label">{valueText(index, dim, i, lang)}</span>
        <span class="count">
          {counts[i] ?? 0}
          <span class="rs-visually-hidden"> {t.countInitiatives(counts[i] ?? 0).replace(/^\d+ /, '')}</span>
        </span>
      </label>
    </li>
  );
  const groups = dim === 'bottleneck' ? [...(def.groups ?? []).map((g) => g.key), 'other'] : null;
  return (
    <details class="facet" open={chosen.length > 0 || PRIMARY.slice(0, 2).includes(dim)}>
      <summary id={id}>
        {dimensionName(index, dim, lang)}
        {chosen.length > 0 && <span class="badge">{chosen.length}</span>}
      </summary>
      <div role="group" aria-labelledby={id}>
        {groups ? (
          groups.map((g) => {
            const inGroup = values.filter((i) => (def.values[i]!.group ?? 'other') === g);
            if (inGroup.length === 0) return null;
            return (
              <div key={g} class="facet-group">
                <p class="facet-group-title">{BOTTLENECK_GROUP_WORDS[lang][g] ?? g}</p>
                <ul class="checks">{inGroup.map(box)}</ul>
              </div>
            );
          })
        ) : (
          <ul class="checks">{values.map(box)}</ul>
        )}
        {long && (
          <button type="button" class="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? t.showFewer : t.showAll(def.values.filter((_, i) => (counts[i] ?? 0) > 0).length)}
          </button>
        )}
      </div>
    </details>
  );
}

export function FilterPanel({ open }: { open?: boolean }) {
  const { index, state, t } = useSite();
  const dims = useMemo(() => [...PRIMARY, ...MORE].filter((d) => d !== 'scan' || index.data.scans.length > 1), [index]);
  const counts = useMemo(() => facetCounts(index, state.conditions, state.text, dims), [index, state.conditions, state.text, dims]);
  const active = activeDimensions(state.conditions).length;
  return (
    <details class="filter-panel" open={open ?? active > 0}>
      <summary>
        <span>{t.filters}</span>
        {active > 0 && <span class="badge">{t.filtersActive(state.conditions ? Object.values(state.conditions).reduce((n, v) => n + (v?.length ?? 0), 0) : 0)}</span>}
      </summary>
      <div class="facets">
        {PRIMARY.filter((d) => dims.includes(d)).map((d) => (
          <Facet key={d} dim={d} counts={counts.get(d) ?? []} />
        ))}
        <p class="facets-more">{t.moreFilters}</p>
        {MORE.filter((d) => dims.includes(d)).map((d) => (
          <Facet key={d} dim={d} counts={counts.get(d) ?? []} />
        ))}
      </div>
    </details>
  );
}

/** The filter in words as buttons that each remove one choice, and one that clears them all. */
export function ActiveFilters() {
  const { index, state, lang, t, go } = useSite();
  const chips = activeDimensions(state.conditions).flatMap((dim) => (state.conditions[dim] ?? []).map((v) => ({ dim, v })));
  if (chips.length === 0 && state.text === '') return null;
  return (
    <div class="active-filters">
      <p class="rs-visually-hidden">{t.chosen}</p>
      <ul>
        {chips.map(({ dim, v }) => {
          const what = `${dimensionName(index, dim, lang)}: ${valueText(index, dim, v, lang)}`;
          return (
            <li key={`${dim}-${v}`}>
              <button type="button" class="chip" aria-label={t.remove(what)} onClick={() => go({ conditions: toggled(state.conditions, dim, v) }, 'replace')}>
                {what} <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
        {state.text !== '' && (
          <li>
            <button type="button" class="chip" aria-label={t.remove(`“${state.text}”`)} onClick={() => go({ text: '' }, 'replace')}>
              “{state.text}” <span aria-hidden="true">×</span>
            </button>
          </li>
        )}
      </ul>
      <button type="button" class="link-button" onClick={() => go({ conditions: {}, text: '' }, 'replace')}>
        {t.clearAll}
      </button>
    </div>
  );
}
