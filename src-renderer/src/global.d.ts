import type { Bridge } from '../../src-shared/contract';
import type { BridgeEvents } from '../../src-shared/model';
import type { RegioscanGraphProbe } from './graph/testHook';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the renderer is served over HTTP. */
    regioscan?: Bridge;
    /** Events main pushes (desktop menu commands); absent over HTTP. */
    regioscanEvents?: BridgeEvents;
    /** The Ecosysteemkaart's rendered graph, for browser tests (only while the map is shown). */
    __regioscanGraph?: RegioscanGraphProbe;
  }
}

export {};
