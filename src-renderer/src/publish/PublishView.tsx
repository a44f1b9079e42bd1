/**
 * Publiceren: choose the scans, whether the active filter applies, which non-public fields go along,
 * the site's language, title and contact address; see what will be published (publish.preview, asked
 * again on every change); then main asks for a folder and writes the website there (publish.build),
 * and the result opens in the user's own browser (publish.open). Public fields only by default.
 */
import { Button, Checkbox, Group, MultiSelect, Paper, Radio, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconWorldUpload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { ArgsOf } from '../../../src-shared/contract';
import { OPTIONAL_FIELDS, type OptionalField } from '../../../src-shared/site-model';
import { useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { useAppState } from '../state/AppStateProvider';
import { useScans } from '../state/appData';
import { useFilter } from '../state/FilterProvider';
import { scanShortLabel } from '../state/scans';
import { ScreenHeading } from '../ui/ScreenHeading';
import { PublishResultPanel, usePublishBuild } from './PublishResult';
import { PublishSummaryPanel } from './PublishSummary';
import './publish.css';
import { ErrorAlert } from '../ui/ErrorAlert';

const isOptional = (name: string): name is OptionalField => (OPTIONAL_FIELDS as readonly string[]).includes(name);

export function PublishView() {
  const { t, lang } = useI18n();
  const { filter } = useFilter();
  const scans = useScans();
  const { selectedScanIds } = useAppState();
  const [picked, setPicked] = useState<number[] | null>(null);
  const [useFilterToo, setUseFilterToo] = useState(true);
  const [fields, setFields] = useState<string[]>([]);
  const [english, setEnglish] = useState(lang === 'en');
  const [title, setTitle] = useState('');
  const [contact, setContact] = useState('');
  const [typed] = useDebouncedValue({ title, contact }, 300);

  const known = new Set(scans.items.map((s) => s.id));
  const chosen = (picked ?? selectedScanIds).filter((id) => known.has(id));
  const chosenKey = chosen.join(',');
  const args = useMemo<ArgsOf<'publish.preview'>>(
    () => ({
      scans: chosenKey === '' ? [] : chosenKey.split(',').map(Number),
      ...(useFilterToo ? { filter } : {}),
      fields,
      english,
      ...(typed.title.trim() ? { title: typed.title.trim() } : {}),
      ...(typed.contact.trim() ? { contact: typed.contact.trim() } : {}),
    }),
    [chosenKey, useFilterToo, filter, fields, english, typed.title, typed.contact],
  );
  // While the next summary loads the last one stays on screen (marked busy), so the panel does not flash.
  const preview = useApiQuery('publish.preview', args, { keepPrevious: true });
  const summary = preview.error ? null : preview.value;
  const build = usePublishBuild();
  const available = summary?.available ?? [...OPTIONAL_FIELDS];

  return (
    <section data-testid="screen-publiceren" aria-labelledby="screen-title-publiceren" className="rs-publish-screen">
      <ScreenHeading route="publiceren" lead={t('publish.lead')} />
      <div className="rs-publish-grid">
        <Stack gap="md">
          <Paper withBorder radius="md" p="md" component="fieldset" className="rs-publish-fieldset">
            <Title order={2} size="h4" component="legend">
              {t('publish.choose')}
            </Title>
            <Stack gap="sm">
              <MultiSelect<number>
                label={t('publish.scans.label')}
                description={t('publish.scans.description')}
                placeholder={chosen.length === 0 ? t('publish.scans.placeholder') : undefined}
                data={scans.items.map((s) => ({ value: s.id, label: scanShortLabel(s) }))}
                value={chosen}
                onChange={setPicked}
                searchable
                clearable
                data-testid="publish-scans"
                comboboxProps={{ withinPortal: false }}
              />
              <Switch
                label={t('publish.useFilter')}
                description={t('publish.useFilter.description')}
                checked={useFilterToo}
                onChange={(e) => setUseFilterToo(e.currentTarget.checked)}
                data-testid="publish-use-filter"
              />
            </Stack>
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Checkbox.Group
              label={<Title order={2} size="h4">{t('publish.fields.title')}</Title>}
              description={
                <>
                  <Text size="sm" component="span" display="block">
                    {t('publish.fields.public')}
                  </Text>
                  <Text size="sm" component="span" display="block" mt={4}>
                    {t('publish.fields.private')}
                  </Text>
                </>
              }
              value={fields}
              onChange={setFields}
            >
              <Stack gap={6} mt="sm" data-testid="publish-fields">
                {available.map((name) => (
                  <Checkbox key={name} value={name} label={isOptional(name) ? t(`publish.field.${name}`) : t('publish.field.column', { name })} />
                ))}
              </Stack>
            </Checkbox.Group>
          </Paper>
          <Paper withBorder radius="md" p="md" component="fieldset" className="rs-publish-fieldset">
            <Title order={2} size="h4" component="legend">
              {t('publish.site.title')}
            </Title>
            <Stack gap="sm">
              <Radio.Group label={t('publish.language.label')} value={english ? 'en' : 'nl'} onChange={(v) => setEnglish(v === 'en')}>
                <Group gap="lg" mt={6}>
                  <Radio value="nl" label={t('publish.language.nl')} />
                  <Radio value="en" label={t('publish.language.en')} />
                </Group>
              </Radio.Group>
              <TextInput
                label={t('publish.title.label')}
                description={summary && !title.trim() ? t('publish.title.description', { title: summary.title }) : undefined}
                value={title}
                maxLength={120}
                onChange={(e) => setTitle(e.currentTarget.value)}
              />
              <TextInput
                label={t('publish.contact.label')}
                description={t('publish.contact.description')}
                type="email"
                value={contact}
                maxLength={254}
                onChange={(e) => setContact(e.currentTarget.value)}
              />
            </Stack>
          </Paper>
        </Stack>
        <Stack gap="md">
          <PublishSummaryPanel summary={summary} loading={preview.loading} error={preview.error} />
          <Group>
            <Button
              leftSection={<IconWorldUpload size={18} aria-hidden="true" />}
              disabled={!summary || preview.loading}
              loading={build.state.status === 'building'}
              onClick={() => {
                // What is typed now, not what the summary's debounce has seen yet.
                const { title: _t, contact: _c, ...rest } = args;
                build.run({ ...rest, ...(title.trim() ? { title: title.trim() } : {}), ...(contact.trim() ? { contact: contact.trim() } : {}) });
              }}
              data-testid="publish-build"
            >
              {t('publish.build')}
            </Button>
          </Group>
          <ErrorAlert error={build.state.status === 'error' ? build.state.message : null} title={t('publish.error')} role="alert" />
          {build.state.status === 'done' && <PublishResultPanel result={build.state.result} />}
        </Stack>
      </div>
    </section>
  );
}
