/**
 * *Als dia*: the screen on view (its filter and view; the map with its camera and colour mode) added
 * as a slide to a presentation chosen from a menu, or to a new one. Edited and put in order on the
 * Presentatie screen.
 */
import { Button, Menu, Tooltip } from '@mantine/core';
import { IconPresentation } from '@tabler/icons-react';
import { useApiMutation, useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { useAppState } from '../state/AppStateProvider';
import { useFilter } from '../state/FilterProvider';
import { ROUTE_VIEWS, viewOptions } from '../state/slideView';
import { useFailureToast, useToast } from './Toast';
import { locale } from '../i18n/format';

export function AddSlideButton() {
  const { t, lang } = useI18n();
  const { route } = useAppState();
  const { filter } = useFilter();
  const notify = useToast();
  const fail = useFailureToast();
  const list = useApiQuery('presentations.list', {});
  const create = useApiMutation('presentations.create');
  const add = useApiMutation('presentations.addSlide');
  const view = ROUTE_VIEWS[route];
  if (!view) return null;

  const addTo = async (target: { id: number } | null) => {
    try {
      const presentation = target ?? (await create.run({ title: t('presentations.addSlide.newTitle', { date: new Date().toLocaleDateString(locale(lang)) }) }));
      const result = await add.run({ presentation: presentation.id, slide: { filter, view, options: viewOptions(view, filter), title: t(`route.${route}`), note: '' } });
      notify(t('presentations.addSlide.done', { title: result.title }), 'success');
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Menu position="bottom-end" withinPortal={false}>
      <Tooltip label={t('presentations.addSlide.hint')} withArrow openDelay={400}>
        <Menu.Target>
          <Button size="xs" variant="default" loading={add.busy || create.busy} leftSection={<IconPresentation size={16} aria-hidden="true" />} className="rs-report-button" data-testid="add-slide">
            {t('presentations.addSlide')}
          </Button>
        </Menu.Target>
      </Tooltip>
      <Menu.Dropdown>
        <Menu.Label>{t('presentations.addSlide.to')}</Menu.Label>
        {(list.value ?? []).map((p) => (
          <Menu.Item key={p.id} onClick={() => void addTo(p)} data-testid={`add-slide-to-${p.id}`}>
            {p.title}
          </Menu.Item>
        ))}
        <Menu.Item onClick={() => void addTo(null)} data-testid="add-slide-new">
          {t('presentations.addSlide.new')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
