/**
 * The detail drawer beside the tables: an activity or an initiative. From an initiative one can open
 * its activities and come back (a small stack with a back button).
 */
import { ActionIcon, Drawer, Group, Tabs, Tooltip } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { IconArrowLeft } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { ActivityDetailView } from './ActivityDetail';
import { HistoryTab } from './HistoryTab';
import { InitiativeDetailView } from './InitiativeDetail';

export interface DetailTarget {
  kind: 'activity' | 'initiative';
  id: number;
}

const renderDiv = (props: Record<string, unknown>) => <div {...props} />;

/**
 * Mantine sets the dialog's aria-labelledby itself (only to a Drawer.Title), overriding ours; set it
 * on the element so the dialog is named by the activity's or initiative's <h2>.
 */
const nameByDetailTitle = (element: HTMLElement | null) => element?.setAttribute('aria-labelledby', 'detail-title');

interface DetailDrawerProps {
  stack: readonly DetailTarget[];
  onOpen(target: DetailTarget): void;
  onBack(): void;
  onClose(): void;
  /** Shown below an initiative's details (the Ecosysteemkaart lists its neighbours there). */
  initiativeExtra?: (id: number) => ReactNode;
}

/** The row's details (read, edit) and its Geschiedenis; a new row opens on its details. */
function DetailTabs({ target, onOpen, onGone, initiativeExtra }: { target: DetailTarget; onOpen(target: DetailTarget): void; onGone(): void; initiativeExtra?: ((id: number) => ReactNode) | undefined }) {
  const t = useT();
  const [tab, setTab] = useState<string | null>('details');
  return (
    <Tabs value={tab} onChange={setTab} data-testid="detail-tabs">
      <Tabs.List mb="md">
        <Tabs.Tab value="details" data-testid="detail-tab-details">{t('edit.tab.details')}</Tabs.Tab>
        <Tabs.Tab value="history" data-testid="detail-tab-history">{t('edit.tab.history')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="details">
        {target.kind === 'activity' && <ActivityDetailView id={target.id} onOpen={onOpen} onGone={onGone} />}
        {target.kind === 'initiative' && <InitiativeDetailView id={target.id} onOpen={onOpen} onGone={onGone} />}
        {target.kind === 'initiative' && initiativeExtra && <div className="rs-drawer-extra">{initiativeExtra(target.id)}</div>}
      </Tabs.Panel>
      <Tabs.Panel value="history">
        <HistoryTab target={target} />
      </Tabs.Panel>
    </Tabs>
  );
}

export function DetailDrawer({ stack, onOpen, onBack, onClose, initiativeExtra }: DetailDrawerProps) {
  const t = useT();
  const target = stack[stack.length - 1];
  // A deleted row: back to where it was opened from, or close.
  const onGone = stack.length > 1 ? onBack : onClose;
  return (
    <Drawer.Root opened={target !== undefined} onClose={onClose} position="right" size={620}>
      <Drawer.Overlay backgroundOpacity={0.25} />
      <Drawer.Content ref={nameByDetailTitle} data-testid="detail-drawer">
        <Drawer.Header renderRoot={renderDiv} className="rs-drawer-header">
          <Group gap="xs" wrap="nowrap">
            {stack.length > 1 && (
              <Tooltip label={t('explore.detail.back')} withArrow>
                <ActionIcon variant="subtle" color="gray" aria-label={t('explore.detail.back')} onClick={onBack} data-testid="detail-back">
                  <IconArrowLeft size={18} aria-hidden="true" />
                </ActionIcon>
              </Tooltip>
            )}
            {/* A label, not a heading: the drawer is named by the activity's or initiative's own <h2>. */}
            <p className="rs-drawer-kind">{target?.kind === 'initiative' ? t('explore.detail.initiative') : t('explore.detail.activity')}</p>
          </Group>
          <Drawer.CloseButton aria-label={t('explore.detail.close')} data-testid="detail-close" />
        </Drawer.Header>
        <Drawer.Body className="rs-drawer-body">
          {target && <DetailTabs key={`${target.kind}${target.id}`} target={target} onOpen={onOpen} onGone={onGone} initiativeExtra={initiativeExtra} />}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
