/**
 * The desktop app's two hooks for the Publiceren screen: the folder dialog publish.build asks, and
 * opening a written publication's index.html in the user's browser. Only a folder the user chose in
 * that dialog in this session can be opened, so the renderer cannot have main open any other path.
 * Electron wires the real dialog and shell in (src-main/electron/main.ts); tests wire stand-ins.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface DesktopPublishing {
  chooseFolder(): Promise<string | null>;
  /** Opens index.html of `folder` in the browser: false (nothing opened) for a folder not chosen in this session, or one without it. */
  openPublication(folder: string): boolean;
}

export function desktopPublishing(showFolderDialog: () => Promise<string | null>, openInBrowser: (indexPath: string) => void): DesktopPublishing {
  const chosen = new Set<string>();
  return {
    async chooseFolder() {
      const folder = await showFolderDialog();
      if (folder !== null) chosen.add(resolve(folder));
      return folder;
    },
    openPublication(folder) {
      const dir = resolve(folder);
      const index = join(dir, 'index.html');
      if (!chosen.has(dir) || !existsSync(index)) return false;
      openInBrowser(index);
      return true;
    },
  };
}
