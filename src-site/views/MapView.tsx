/** *Kaart*: the initiatives as the Ecosysteemkaart draws them; a click (or the list beside it) opens a card. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FOCUS_CATEGORIES, focusLabel, type FocusKey } from '../../src-shared/focus';
import { FocusDot } from '../components/FocusTag';
import { ActiveFilters, FilterPanel } from '../components/FilterPanel';
import { useSite } from '../context';
import { matchingInitiatives } from '../filter';
import { createMap, type SiteMap } from '../map';

export function MapView() {
  const { index, lang, t, go, matched } = useSite();
  const canvasRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<SiteMap | null>(null);
  const [failed, setFailed] = useState(false);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const goRef = useRef(go);
  useEffect(() => {
    goRef.current = go;
  }, [go]);
  const matching = useMemo(() => matchingInitiatives(index, matched).map((m) => m.initiative), [index, matched]);
  const visible = useMemo(() => new Set(matching.filter((i) => !hidden.has(index.data.initiatives[i]!.focus))), [matching, hidden, index]);
  const categories = useMemo(() => {
    const counts = new Map<string, number>();
    for (const i of matching) counts.set(index.data.initiatives[i]!.focus, (counts.get(index.data.initiatives[i]!.focus) ?? 0) + 1);
    return [...FOCUS_CATEGORIES, ...[...counts.keys()].filter((f) => !(FOCUS_CATEGORIES as readonly string[]).includes(f))].filter((f) => counts.has(f)).map((f) => ({ focus: f, count: counts.get(f)! }));
  }, [matching, index]);

  useEffect(() => {
    if (!canvasRef.current) return;
    try {
      mapRef.current = createMap(canvasRef.current, index.data, (i) => goRef.current({ initiative: index.data.initiatives[i]!.id }));
    } catch {
      // No WebGL (an old or locked-down browser): the list shows the same initiatives.
      setFailed(true);
    }
    return () => {
      mapRef.current?.kill();
      mapRef.current = null;
    };
  }, [index]);
  useEffect(() => mapRef.current?.show(visible), [visible]);

  const sorted = [...visible].sort((a, b) => a - b);
  return (
    <>
      <h1 tabIndex={-1}>{t.mapTitle}</h1>
      <p class="lead">{t.mapLead}</p>
      <div class="with-filters">
        <div class="filters-column">
          <FilterPanel open={false} />
        </div>
        <div class="list-column">
          <ActiveFilters />
          {failed ? (
            <p class="notice">{t.noMap}</p>
          ) : (
            <div class="map" ref={canvasRef} role="img" aria-label={t.mapLabel(visible.size)} />
          )}
          <div class="map-side">
            <label class="stacked">
              {t.openInitiative}
              <select
                value=""
                onChange={(e) => {
                  const i = Number(e.currentTarget.value);
                  if (e.currentTarget.value === '' || !index.data.initiatives[i]) return;
                  mapRef.current?.focus(i);
                  go({ initiative: index.data.initiatives[i]!.id });
                }}
              >
                <option value="">{t.chooseInitiative}</option>
                {sorted.map((i) => (
                  <option key={i} value={String(i)}>
                    {index.data.initiatives[i]!.name}
                  </option>
                ))}
              </select>
            </label>
            <h2 class="legend-title">{t.legend}</h2>
            <p class="hint">{t.legendHint}</p>
            <ul class="legend">
              {categories.map(({ focus, count }) => (
                <li key={focus}>
                  <button
                    type="button"
                    class="legend-item"
                    aria-pressed={!hidden.has(focus)}
                    onClick={() => {
                      const next = new Set(hidden);
                      if (next.has(focus)) next.delete(focus);
                      else next.add(focus);
                      setHidden(next);
                    }}
                  >
                    <FocusDot focus={focus} />
                    <span class="legend-label">{focusLabel(focus as FocusKey, lang)}</span>
                    <span class="count">{count}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </div>
    </>
  );
}
