/**
 * The drop zone and "Bestand kiezen…": a keyboard-operable zone (Enter/Space) that opens the file
 * input, or main's native dialog in the desktop app. Dropping works on the whole window
 * (`WindowFileDrop`), so the zone itself only invites it.
 */
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDatabaseImport, IconFileSpreadsheet, IconFolderOpen } from '@tabler/icons-react';
import { useRef, type ChangeEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n';
import { useAppInfo } from '../state/appData';
import { ACCEPTED_FILES, MAX_FILE_BYTES, useImport } from './ImportProvider';
import { TemplateButton } from './TemplateButton';

export function DropZone() {
  const { t } = useI18n();
  const { state, actions } = useImport();
  const appInfo = useAppInfo();
  const input = useRef<HTMLInputElement>(null);
  const database = useRef<HTMLInputElement>(null);
  const readOnly = appInfo?.readOnly ?? false;
  const native = appInfo?.nativeDialogs ?? false;
  const disabled = readOnly || state.choosing;

  const open = () => {
    if (disabled) return;
    if (native) actions.choose();
    else input.current?.click();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open();
    }
  };
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.currentTarget.files ?? []);
    // Cleared so that choosing the same file again still fires `change`.
    event.currentTarget.value = '';
    if (files.length > 0) actions.startFiles(files);
  };

  return (
    <Stack gap="sm">
      <Paper
        withBorder
        radius="md"
        className="rs-dropzone"
        role="button"
        tabIndex={disabled ? -1 : 0}
        aria-disabled={disabled || undefined}
        aria-describedby="import-dropzone-hint"
        onClick={open}
        onKeyDown={onKeyDown}
        data-testid="import-dropzone"
        data-disabled={disabled || undefined}
      >
        <Stack align="center" gap={6}>
          <span className="rs-dropzone-icon" aria-hidden="true">
            <IconFileSpreadsheet size={32} stroke={1.5} />
          </span>
          <Text fw={600} fz="lg" ta="center">
            {readOnly ? t('import.dropzone.readOnly') : t('import.dropzone.title')}
          </Text>
          <Text size="sm" c="dimmed" ta="center" id="import-dropzone-hint">
            {t('import.dropzone.hint', { mb: MAX_FILE_BYTES / 1024 / 1024 })}
          </Text>
        </Stack>
      </Paper>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        hidden
        tabIndex={-1}
        aria-label={t('import.choose')}
        onChange={onChange}
        data-testid="import-file-input"
      />
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Button
          leftSection={<IconFolderOpen size={18} aria-hidden="true" />}
          onClick={open}
          disabled={readOnly}
          loading={state.choosing}
          data-testid="import-choose"
        >
          {t('import.choose')}
        </Button>
        {/* A database to merge is read by the renderer on every host (the desktop's native dialog offers workbooks). */}
        <Button variant="default" leftSection={<IconDatabaseImport size={18} aria-hidden="true" />} onClick={() => database.current?.click()} disabled={readOnly} data-testid="dbmerge-choose">
          {t('dbmerge.choose')}
        </Button>
        <input
          ref={database}
          type="file"
          accept=".sqlite,.sqlite3,.db"
          hidden
          tabIndex={-1}
          aria-label={t('dbmerge.choose')}
          onChange={onChange}
          data-testid="dbmerge-file-input"
        />
        <TemplateButton />
      </Group>
    </Stack>
  );
}
