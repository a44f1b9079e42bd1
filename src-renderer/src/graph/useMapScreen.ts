/**
 * What every map screen does with its controller (controllers/map.ts) besides showing its model: the
 * legend's names follow the language, a click on an initiative opens its details (`drawer`, the
 * DetailDrawer's stack and moves), the controller stops with the screen, and in the test build the
 * browser tests' probe watches it.
 */
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import type { DetailTarget } from '../ui/detail/DetailDrawer';
import type { MapController } from './controllers/map';
import { legendNames } from './legendNames';
import { installGraphProbe } from './testHook';

export function useMapScreen(map: MapController) {
  const { t, lang } = useI18n();
  const [stack, setStack] = useState<DetailTarget[]>([]);
  useEffect(() => map.appearance.setNames(legendNames(t, lang)), [map, t, lang]);
  useEffect(() => map.on({ open: (key) => setStack([{ kind: 'initiative', id: Number(key) }]) }), [map]);
  useEffect(() => () => map.stop(), [map]);
  // The probe is compiled in the test build only (electron.vite.config.ts): the app that ships has no
  // trace of it (tests/browser/test-build.test.ts).
  useEffect(() => (import.meta.env.REGIOSCAN_PROBES ? installGraphProbe(map) : undefined), [map]);
  const drawer = {
    stack,
    onOpen: (target: DetailTarget) => setStack((s) => [...s, target]),
    onBack: () => setStack((s) => s.slice(0, -1)),
    onClose: () => setStack([]),
  };
  return { drawer, setStack };
}
