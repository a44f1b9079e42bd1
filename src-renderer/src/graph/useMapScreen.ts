/**
 * What every map screen does with its controller (controllers/map.ts) besides showing its model: the
 * legend's names follow the language, a click on an initiative opens its details (`drawer`, the
 * DetailDrawer's stack and moves), the controller stops with the screen, and in the test build the
 * browser tests' probe watches it.
 */
import { useEffect } from 'react';
import { useI18n } from '../i18n';
import { useDetailStack } from '../ui/detail/useDetailStack';
import type { MapController } from './controllers/map';
import { legendNames } from './legendNames';
import { installGraphProbe } from './testHook';

export function useMapScreen(map: MapController) {
  const { t, lang } = useI18n();
  const { drawer, show } = useDetailStack();
  useEffect(() => map.appearance.setNames(legendNames(t, lang)), [map, t, lang]);
  useEffect(() => map.on({ open: (key) => show({ kind: 'initiative', id: Number(key) }) }), [map, show]);
  useEffect(() => () => map.stop(), [map]);
  // The probe is compiled in the test build only (electron.vite.config.ts): the app that ships has no
  // trace of it (tests/browser/test-build.test.ts).
  useEffect(() => (import.meta.env.REGIOSCAN_PROBES ? installGraphProbe(map) : undefined), [map]);
  return { drawer, show };
}
