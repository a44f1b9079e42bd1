import type { Bridge } from '../../src-shared/contract';
import type { BridgeEvents } from '../../src-shared/model';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the renderer is served over HTTP. */
    regioscan?: Bridge;
    /** Events main pushes (desktop menu commands); absent over HTTP. */
    regioscanEvents?: BridgeEvents;
  }
}

export {};
