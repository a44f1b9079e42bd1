/**
 * What a slide made from the screen on view remembers besides the filter: the map's colour mode
 * (the Ecosysteemkaart tells it here as it changes) and its camera (kept in the session per set of
 * scans). Read when "Als dia" is chosen.
 */
import type { SlideOptions, SlideView } from '../../../src-shared/presentations';
import type { Filter } from '../../../src-shared/filter';
import { currentSession } from './session';

let mapColourBy: SlideOptions['colourBy'] = 'focus';

export function rememberMapColour(mode: SlideOptions['colourBy']): void {
  mapColourBy = mode;
}

/** The view each screen is as a slide (screens not listed cannot be a slide). */
export const ROUTE_VIEWS: Readonly<Record<string, SlideView>> = {
  overzicht: 'overview',
  activiteiten: 'list',
  ecosysteemkaart: 'map',
  'witte-vlekken': 'whitespots',
  impact: 'impact',
  beleidsdoelen: 'goal',
};

/** The options the view remembers: for the map, its colour mode and (when it is this set of scans') its camera. */
export function viewOptions(view: SlideView, filter: Filter): SlideOptions {
  if (view !== 'map') return {};
  const map = currentSession().map;
  const key = [...filter.scans].sort((a, b) => a - b).join(',');
  const camera = map && map.scans === key ? { x: map.x, y: map.y, ratio: map.ratio, angle: map.angle } : undefined;
  return { ...(mapColourBy ? { colourBy: mapColourBy } : {}), ...(camera ? { camera } : {}) };
}
