/**
 * Region, year and title of a previewed scan, as the importer read them (title row, Scan sheet or
 * file name), editable before the commit. A field is sent when the user leaves it (or presses
 * Enter); main recomputes the preview, so a clash with an existing scan shows at once.
 */
import { Group, Stack, TextInput, type TextInputProps } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import type { ImportPreviewScan } from '../../../src-shared/model';
import { useI18n } from '../i18n';
import { useImport } from './ImportProvider';
import { SectionHeading } from '../ui/SectionHeading';

function parseYear(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const year = Number(trimmed);
  return Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : undefined;
}

const LABELS = { region: 'import.details.region', year: 'import.details.year', title: 'import.details.titleField' } as const;

type DetailInputProps = { field: keyof typeof LABELS; onValue(text: string): void; onApply(): void } & Omit<TextInputProps, 'label' | 'onChange' | 'onBlur' | 'onKeyDown'>;

/** One of the fields: sent when the user leaves it or presses Enter. */
function DetailInput({ field, onValue, onApply, ...input }: DetailInputProps) {
  const { t } = useI18n();
  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onApply();
    }
  };
  return <TextInput label={t(LABELS[field])} onChange={(e) => onValue(e.currentTarget.value)} onBlur={onApply} onKeyDown={onEnter} data-testid={`import-details-${field}`} {...input} />;
}

export function ScanDetailsFields({ scan, index, disabled }: { scan: ImportPreviewScan; index: number; disabled: boolean }) {
  const { t } = useI18n();
  const { actions } = useImport();
  const [region, setRegion] = useState(scan.region);
  const [year, setYear] = useState(scan.year === null ? '' : String(scan.year));
  const [title, setTitle] = useState(scan.title);
  const [errors, setErrors] = useState<{ region?: string; year?: string }>({});

  // What main made of the edits (a generated title follows the region) replaces the fields, during
  // render when main's values change (React's pattern for state that follows a prop).
  const [shown, setShown] = useState({ region: scan.region, year: scan.year, title: scan.title });
  if (shown.region !== scan.region || shown.year !== scan.year || shown.title !== scan.title) {
    setShown({ region: scan.region, year: scan.year, title: scan.title });
    if (shown.region !== scan.region) setRegion(scan.region);
    if (shown.year !== scan.year) setYear(scan.year === null ? '' : String(scan.year));
    if (shown.title !== scan.title) setTitle(scan.title);
  }

  const applyRegion = () => {
    const value = region.trim();
    if (value === '') return setErrors((e) => ({ ...e, region: t('import.details.regionEmpty') }));
    setErrors((e) => ({ ...e, region: undefined }));
    if (value !== scan.region) actions.editScan(scan.group, { region: value });
  };
  const applyYear = () => {
    const value = parseYear(year);
    if (value === undefined) return setErrors((e) => ({ ...e, year: t('import.details.yearInvalid') }));
    setErrors((e) => ({ ...e, year: undefined }));
    if (value !== scan.year) actions.editScan(scan.group, { year: value });
  };
  const applyTitle = () => {
    const value = title.trim();
    if (value !== '' && value !== scan.title) actions.editScan(scan.group, { title: value });
    else if (value === '') setTitle(scan.title);
  };
  return (
    <section aria-labelledby={`import-scan-${index}-details`} data-testid="import-details">
      <SectionHeading order={4} id={`import-scan-${index}-details`} fz="md" mb={4} title={t('import.details.title')} lead={t('import.details.lead')} leadMb="xs" />
      <Stack gap="xs">
        <Group gap="sm" align="flex-start" wrap="wrap">
          <DetailInput field="region" value={region} onValue={setRegion} onApply={applyRegion} error={errors.region} maxLength={200} disabled={disabled} w={260} />
          <DetailInput field="year" value={year} onValue={setYear} onApply={applyYear} error={errors.year} inputMode="numeric" maxLength={4} disabled={disabled} w={110} />
          <DetailInput field="title" value={title} onValue={setTitle} onApply={applyTitle} maxLength={200} disabled={disabled} style={{ flex: 1, minWidth: 240 }} />
        </Group>
      </Stack>
    </section>
  );
}
