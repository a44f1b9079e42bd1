/** "Bijwerken: scan X": where a workbook dropped on Importeren goes (a new scan, or merged into one; docs/roundtrip.md). */
import { Select } from '@mantine/core';
import { useI18n } from '../i18n';
import { useScans } from '../state/appData';
import { scanLabel } from '../state/scans';
import { useImport } from './ImportProvider';

export function RoundtripTarget() {
  const { t } = useI18n();
  const { roundtrip } = useImport();
  const scans = useScans();
  if (scans.items.length === 0) return null;
  const data = [{ value: '', label: t('roundtrip.target.new') }, ...scans.items.map((s) => ({ value: String(s.id), label: t('roundtrip.target.update', { scan: scanLabel(s) }) }))];
  return (
    <Select
      label={t('roundtrip.target.label')}
      description={t('roundtrip.target.hint')}
      data={data}
      value={roundtrip.state.target === null ? '' : String(roundtrip.state.target)}
      onChange={(value) => roundtrip.actions.setTarget(value ? Number(value) : null)}
      allowDeselect={false}
      data-testid="roundtrip-target"
    />
  );
}
