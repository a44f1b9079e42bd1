/**
 * The Ecosysteemkaart's view (sigma's camera: centre, zoom, rotation) comes back after a restart:
 * remembered per set of scans in the session, like the map's places are per set of scans.
 */
import { useEffect } from 'react';
import type { MapRenderer } from './renderer';
import { currentSession, saveSession } from '../state/session';
import { useAppState } from '../state/AppStateProvider';

/** `scansKey`: the sorted scan ids, joined by commas (null while the places load). */
export function useRememberedMapView(renderer: MapRenderer | null, scansKey: string | null): void {
  const sessionLoaded = useAppState().session !== null;
  useEffect(() => {
    if (!renderer || scansKey === null || !sessionLoaded) return;
    const camera = renderer.getCamera();
    const saved = currentSession().map;
    if (saved && saved.scans === scansKey) camera.setState({ x: saved.x, y: saved.y, ratio: saved.ratio, angle: saved.angle });
    const remember = () => {
      const { x, y, ratio, angle } = camera.getState();
      saveSession({ map: { scans: scansKey, x, y, ratio, angle } });
    };
    camera.on('updated', remember);
    return () => {
      camera.removeListener('updated', remember);
    };
  }, [renderer, scansKey, sessionLoaded]);
}
