/** Which columns the activities table shows, chosen in a menu and remembered on this computer. */
import { Button, Menu } from '@mantine/core';
import { IconCheck, IconColumns3 } from '@tabler/icons-react';
import { useState } from 'react';
import { isDimensionKey } from '../../../src-shared/codebook';
import { dimensionLabel, useI18n } from '../i18n';
import { CHOOSABLE, DEFAULT_COLUMNS, type ActivityColumnKey } from './activityColumns';
import { readStored, writeStored } from './storage';

const STORAGE_KEY = 'regioscan.explore.columns';

const isColumnList = (v: unknown) => Array.isArray(v) && v.every((k) => (CHOOSABLE as readonly unknown[]).includes(k));

export function useColumnChoice(): [readonly ActivityColumnKey[], (keys: readonly ActivityColumnKey[]) => void] {
  const [keys, setKeys] = useState<readonly ActivityColumnKey[]>(() => readStored(STORAGE_KEY, DEFAULT_COLUMNS, isColumnList));
  const set = (next: readonly ActivityColumnKey[]) => {
    setKeys(next);
    writeStored(STORAGE_KEY, next);
  };
  return [keys, set];
}

export function ColumnChooser({ value, onChange }: { value: readonly ActivityColumnKey[]; onChange(keys: readonly ActivityColumnKey[]): void }) {
  const { t, lang } = useI18n();
  const label = (key: ActivityColumnKey) => (isDimensionKey(key) ? dimensionLabel(key, lang) : t(`explore.col.${key}`));
  const toggle = (key: ActivityColumnKey) => onChange(value.includes(key) ? value.filter((k) => k !== key) : [...value, key]);

  return (
    <Menu closeOnItemClick={false} position="bottom-end" shadow="md" width={240}>
      <Menu.Target>
        <Button variant="default" size="xs" leftSection={<IconColumns3 size={16} aria-hidden="true" />} data-testid="column-chooser">
          {t('explore.columns')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown className="rs-column-menu">
        <Menu.Label>{t('explore.columns.label')}</Menu.Label>
        {CHOOSABLE.map((key) => {
          const on = value.includes(key);
          return (
            <Menu.Item
              key={key}
              role="menuitemcheckbox"
              aria-checked={on}
              onClick={() => toggle(key)}
              leftSection={<IconCheck size={14} aria-hidden="true" style={{ visibility: on ? 'visible' : 'hidden' }} />}
              data-testid={`column-toggle-${key}`}
            >
              {label(key)}
            </Menu.Item>
          );
        })}
        <Menu.Divider />
        <Menu.Item onClick={() => onChange(DEFAULT_COLUMNS)} data-testid="column-reset">
          {t('explore.columns.reset')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
