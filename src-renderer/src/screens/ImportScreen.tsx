import { ScreenPlaceholder } from './ScreenPlaceholder';

/** Importeren: load a Regioscan workbook as a new scan. */
export function ImportScreen() {
  return <ScreenPlaceholder route="importeren" />;
}
