/**
 * The map's camera (sigma's: centre, zoom, rotation): zoom and fit buttons, keyboard panning,
 * moving to an initiative, and the view remembered per set of scans in the session, so it comes back
 * after a restart (and when the renderer is made again for the other colour scheme).
 */
import { currentSession, saveSession } from '../../state/session';
import { shownNodes, type MapGraph } from '../graphSync';
import type { MapRenderer } from '../renderer';

const PAN_KEYS: Readonly<Record<string, [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

export class CameraController {
  private renderer: MapRenderer | null = null;
  /** The set of scans whose view is remembered (sorted ids, joined), once the session is known. */
  private scansKey: string | null = null;
  private stopRemembering: (() => void) | null = null;

  constructor(private readonly graph: MapGraph) {}

  attach(renderer: MapRenderer | null): void {
    this.renderer = renderer;
    this.follow();
  }

  /** Remembers the view for this set of scans from now on, and brings back the one remembered (null: none yet). */
  remember(scansKey: string | null): void {
    if (scansKey === this.scansKey) return;
    this.scansKey = scansKey;
    this.follow();
  }

  private follow(): void {
    this.stopRemembering?.();
    this.stopRemembering = null;
    const renderer = this.renderer;
    const scans = this.scansKey;
    if (!renderer || scans === null) return;
    const camera = renderer.getCamera();
    const saved = currentSession().map;
    if (saved && saved.scans === scans) camera.setState({ x: saved.x, y: saved.y, ratio: saved.ratio, angle: saved.angle });
    const save = () => {
      const { x, y, ratio, angle } = camera.getState();
      saveSession({ map: { scans, x, y, ratio, angle } });
    };
    camera.on('updated', save);
    this.stopRemembering = () => camera.removeListener('updated', save);
  }

  zoomIn(): void {
    void this.renderer?.getCamera().animatedZoom({ duration: 250 });
  }

  zoomOut(): void {
    void this.renderer?.getCamera().animatedUnzoom({ duration: 250 });
  }

  fit(): void {
    void this.renderer?.getCamera().animatedReset({ duration: 300 });
  }

  /** Moves to a node, zooming in to at least 0.4. */
  focus(key: string): void {
    const renderer = this.renderer;
    const data = renderer?.getNodeDisplayData(key);
    if (!renderer || !data) return;
    void renderer.getCamera().animate({ x: data.x, y: data.y, ratio: Math.min(renderer.getCamera().ratio, 0.4) }, { duration: 500 });
  }

  /** Arrow keys pan, + and − zoom, 0 fits; true when the key was one of those. */
  key(key: string): boolean {
    const camera = this.renderer?.getCamera();
    if (!camera) return false;
    const pan = PAN_KEYS[key];
    if (pan) {
      const step = 0.1 * camera.ratio;
      void camera.animate({ x: camera.x + pan[0] * step, y: camera.y + pan[1] * step }, { duration: 120 });
    } else if (key === '+' || key === '=') void camera.animatedZoom({ duration: 200 });
    else if (key === '-') void camera.animatedUnzoom({ duration: 200 });
    else if (key === '0') void camera.animatedReset({ duration: 250 });
    else return false;
    return true;
  }

  /** Layout units per screen pixel (to keep new nodes apart); 1 while unknown. */
  unitsPerPixel(): number {
    const renderer = this.renderer;
    const shown = shownNodes(this.graph);
    if (!renderer || shown.length < 2) return 1;
    const xs = shown.map((key) => this.graph.getNodeAttribute(key, 'x'));
    const ys = shown.map((key) => this.graph.getNodeAttribute(key, 'y'));
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) || 1;
    const { width, height } = renderer.getDimensions();
    return span / Math.max(Math.min(width, height) - 2 * renderer.getStagePadding(), 50);
  }

  /** The map's size on screen (null while it has none). */
  viewport(): { width: number; height: number; padding: number } | null {
    const renderer = this.renderer;
    if (!renderer) return null;
    const { width, height } = renderer.getDimensions();
    return { width, height, padding: renderer.getStagePadding() };
  }
}
