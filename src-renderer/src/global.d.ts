import type { Bridge } from '../../src-shared/contract';
import type { BridgeEvents } from '../../src-shared/model';
import type { RegioscanGraphProbe } from './graph/testHook';

declare global {
  interface ImportMetaEnv {
    /** True in the test build only (`npm run build:test`, out-test/renderer): the browser tests' probes are in. */
    readonly REGIOSCAN_PROBES?: boolean;
  }
  interface Window {
    /** Exposed by the Electron preload; absent when the renderer is served over HTTP. */
    regioscan?: Bridge;
    /** Events main pushes (desktop menu commands); absent over HTTP. */
    regioscanEvents?: BridgeEvents;
    /** The Ecosysteemkaart's rendered graph, for browser tests (test build only, while the map is shown). */
    __regioscanGraph?: RegioscanGraphProbe;
  }
}

export {};
