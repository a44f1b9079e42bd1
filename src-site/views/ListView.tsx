/**
 * *Initiatieven*: every initiative the filter and search leave, all in the page (no virtual list: at
 * national scale, 220 names are in the text for the browser's own find and for print), sortable,
 * each with its focus, source, activities, a short description and how to get in. Prints as a list.
 */
import { useMemo } from 'preact/hooks';
import { FocusTag } from '../components/FocusTag';
import { ActiveFilters, FilterPanel } from '../components/FilterPanel';
import { WayIn } from '../components/WayIn';
import { useSite } from '../context';
import { matchingInitiatives } from '../filter';
import { SORTS, type SortKey } from '../hash';
import { shorten } from '../people';

export function SearchBox() {
  const { state, t, go } = useSite();
  return (
    <div class="search">
      <label for="search">{t.search}</label>
      <input id="search" type="search" value={state.text} maxLength={200} aria-describedby="search-hint" onInput={(e) => go({ text: e.currentTarget.value }, 'replace')} />
      <p class="hint" id="search-hint">
        {t.searchHint}
      </p>
    </div>
  );
}

export function ListView() {
  const { index, state, t, go, link, matched } = useSite();
  const filtered = Object.keys(state.conditions).length > 0 || state.text !== '';
  const rows = useMemo(() => {
    const list = matchingInitiatives(index, matched);
    const initiatives = index.data.initiatives;
    if (state.sort === 'activities') list.sort((a, b) => initiatives[b.initiative]!.activities.length - initiatives[a.initiative]!.activities.length || a.initiative - b.initiative);
    if (state.sort === 'region') list.sort((a, b) => initiatives[a.initiative]!.scan - initiatives[b.initiative]!.scan || a.initiative - b.initiative);
    return list;
  }, [index, matched, state.sort]);
  return (
    <>
      <h1 tabIndex={-1}>{t.listTitle}</h1>
      <div class="with-filters">
        <div class="filters-column">
          <SearchBox />
          <FilterPanel />
        </div>
        <div class="list-column">
          <p class="count" role="status">
            {t.listCount(rows.length, index.data.initiatives.length)}
          </p>
          <ActiveFilters />
          <div class="toolbar">
            <label>
              {t.sortBy}{' '}
              <select value={state.sort} onChange={(e) => go({ sort: e.currentTarget.value as SortKey }, 'replace')}>
                {SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t.sorts[s]}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" class="button secondary" onClick={() => window.print()}>
              {t.print}
            </button>
          </div>
          {rows.length === 0 && <p>{t.nothingFound}</p>}
          <ol class="initiatives">
            {rows.map(({ initiative: i, activities }) => {
              const initiative = index.data.initiatives[i]!;
              return (
                <li key={initiative.id} class="initiative">
                  <h2>
                    <a href={link({ initiative: initiative.id })}>{initiative.name}</a>
                  </h2>
                  <p class="meta">
                    <FocusTag focus={initiative.focus} /> · {index.data.scans[initiative.scan]?.label} · {t.activities(initiative.activities.length)}
                    {filtered && activities.length < initiative.activities.length && <> ({t.matching(activities.length)})</>}
                  </p>
                  {initiative.description && (
                    <p class="description">
                      <span class="screen-only">{shorten(initiative.description)}</span>
                      <span class="print-only">{initiative.description}</span>
                    </p>
                  )}
                  <WayIn initiative={i} />
                </li>
              );
            })}
          </ol>
        </div>
      </div>
    </>
  );
}
