/**
 * Presentatie: the presentations, one of them opened — its title, its slides (made from the other
 * screens with "Als dia") to edit, reorder and delete — presented full screen or in the presenter
 * view, exported as PDF or website, and shared as a `.regioscan-presentation.json` file.
 */
import { Button, Group, Loader, NavLink, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDeviceDesktop, IconFileImport, IconFileTypePdf, IconPlayerPlay, IconShare, IconTrash, IconWorldUpload } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useApiMutation, useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { ScreenHeading } from '../ui/ScreenHeading';
import { useFailureToast, useToast } from '../ui/Toast';
import { useFileExport } from '../ui/useDeliverFile';
import { JSON_FILES, useFilePicker } from '../ui/useFilePicker';
import { PresentMode } from './PresentMode';
import { SlideList } from './SlideList';
import './presentations.css';
import { ErrorAlert } from '../ui/ErrorAlert';

function Presenting({ id, title, presenter, onClose }: { id: number; title: string; presenter: boolean; onClose(): void }) {
  const { t, lang } = useI18n();
  const shows = useApiQuery('presentations.show', { id, language: lang });
  if (shows.error) {
    return <ErrorAlert error={shows.error} withCloseButton onClose={onClose} />;
  }
  if (!shows.value) return <Loader size="sm" aria-label={t('presentations.loading')} data-testid="presentation-loading" />;
  return <PresentMode title={title} slides={shows.value} presenter={presenter} onClose={onClose} />;
}

export function PresentationsView() {
  const { t, lang } = useI18n();
  const notify = useToast();
  const list = useApiQuery('presentations.list', {}, { keepPrevious: true });
  const [chosen, setChosen] = useState<number | null>(null);
  const [newTitle, setNewTitle] = useState('');
  const [presenting, setPresenting] = useState<null | 'audience' | 'presenter'>(null);
  const items = list.value ?? [];
  const selectedId = chosen !== null && items.some((p) => p.id === chosen) ? chosen : (items[0]?.id ?? null);
  const presentation = useApiQuery('presentations.get', selectedId === null ? null : { id: selectedId }, { keepPrevious: true });
  const p = presentation.value && presentation.value.id === selectedId ? presentation.value : null;
  const create = useApiMutation('presentations.create');
  const rename = useApiMutation('presentations.rename');
  const remove = useApiMutation('presentations.delete');
  const pdf = useFileExport('presentations.exportPdf');
  const site = useApiMutation('presentations.exportSite');
  const file = useFileExport('presentations.exportFile');
  const importFile = useApiMutation('presentations.importFile');
  const fail = useFailureToast();
  const close = useCallback(() => setPresenting(null), []);

  const make = async () => {
    try {
      const made = await create.run({ title: newTitle });
      setNewTitle('');
      setChosen(made.id);
    } catch (error) {
      fail(error);
    }
  };
  const readFile = async (chosenFile: File) => {
    const made = await importFile.run({ text: await chosenFile.text() });
    setChosen(made.id);
    notify(t('presentations.imported', { title: made.title }), 'success');
  };
  const picker = useFilePicker({ accept: JSON_FILES, testId: 'presentation-import-input', onFile: readFile });

  return (
    <section data-testid="screen-presentatie" aria-labelledby="screen-title-presentatie" className="rs-presentations-screen">
      <ScreenHeading route="presentatie" lead={t('presentations.lead')} />
      <div className="rs-presentations-grid">
        <Paper withBorder radius="md" p="md">
          <Title order={2} size="h4" mb="xs">
            {t('presentations.list.title')}
          </Title>
          {items.length === 0 && (
            <Text size="sm" c="dimmed" mb="sm">
              {t('presentations.list.empty')}
            </Text>
          )}
          <Stack gap={2} mb="md" data-testid="presentation-list">
            {items.map((item) => (
              <NavLink
                key={item.id}
                label={item.title}
                description={t('presentations.slides.count', { n: item.slides })}
                active={item.id === selectedId}
                onClick={() => setChosen(item.id)}
                data-testid={`presentation-${item.id}`}
              />
            ))}
          </Stack>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void make();
            }}
          >
            <TextInput label={t('presentations.new.label')} placeholder={t('presentations.new.placeholder')} value={newTitle} maxLength={200} onChange={(e) => setNewTitle(e.currentTarget.value)} data-testid="presentation-new-title" />
            <Group mt="xs" gap="xs">
              <Button type="submit" size="xs" disabled={newTitle.trim() === ''} loading={create.busy} data-testid="presentation-create">
                {t('presentations.new.create')}
              </Button>
              <Button size="xs" variant="default" leftSection={<IconFileImport size={14} aria-hidden="true" />} onClick={picker.open} data-testid="presentation-import">
                {t('presentations.import')}
              </Button>
              {picker.input}
            </Group>
          </form>
        </Paper>
        {p && (
          <Stack gap="sm" data-testid="presentation-editor">
            <Group align="flex-end" gap="xs" wrap="wrap">
              <TextInput
                key={`${p.id}:${p.title}`}
                className="rs-presentation-title"
                label={t('presentations.title.label')}
                defaultValue={p.title}
                maxLength={200}
                onBlur={(e) => {
                  const title = e.currentTarget.value.trim();
                  if (title !== p.title) rename.run({ id: p.id, title }).catch(fail);
                }}
                data-testid="presentation-title"
              />
              <Button color="red" variant="subtle" size="xs" leftSection={<IconTrash size={14} aria-hidden="true" />} onClick={() => remove.run({ id: p.id }).then(() => notify(t('presentations.deleted', { title: p.title })), fail)} data-testid="presentation-delete">
                {t('presentations.delete')}
              </Button>
            </Group>
            <Group gap="xs" wrap="wrap">
              <Button size="xs" leftSection={<IconPlayerPlay size={14} aria-hidden="true" />} disabled={p.slides.length === 0} onClick={() => setPresenting('audience')} data-testid="presentation-present">
                {t('presentations.present')}
              </Button>
              <Button size="xs" variant="light" leftSection={<IconDeviceDesktop size={14} aria-hidden="true" />} disabled={p.slides.length === 0} onClick={() => setPresenting('presenter')} data-testid="presentation-presenter">
                {t('presentations.presenter')}
              </Button>
              <Button size="xs" variant="default" leftSection={<IconFileTypePdf size={14} aria-hidden="true" />} disabled={p.slides.length === 0} loading={pdf.busy} onClick={() => void pdf.run({ id: p.id, language: lang })} data-testid="presentation-pdf">
                {t('presentations.exportPdf')}
              </Button>
              <Button size="xs" variant="default" leftSection={<IconWorldUpload size={14} aria-hidden="true" />} disabled={p.slides.length === 0} loading={site.busy} onClick={() => site.run({ id: p.id, language: lang }).then((r) => r && notify(t('presentations.siteWritten', { folder: r.folder }), 'success'), fail)} data-testid="presentation-site">
                {t('presentations.exportSite')}
              </Button>
              <Button size="xs" variant="default" leftSection={<IconShare size={14} aria-hidden="true" />} loading={file.busy} onClick={() => void file.run({ id: p.id })} data-testid="presentation-file">
                {t('presentations.exportFile')}
              </Button>
            </Group>
            {p.slides.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('presentations.noSlides')}
              </Text>
            ) : (
              <SlideList slides={p.slides} />
            )}
          </Stack>
        )}
      </div>
      {presenting && p && <Presenting id={p.id} title={p.title} presenter={presenting === 'presenter'} onClose={close} />}
    </section>
  );
}
