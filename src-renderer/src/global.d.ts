import type { Bridge } from '../../src-shared/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the renderer is served over HTTP. */
    regioscan?: Bridge;
  }
}

export {};
