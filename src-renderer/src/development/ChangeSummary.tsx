/**
 * The change report's summary: initiatives new, stopped, continued, renamed, merged, split and in a
 * gap (each with its names on request), activities, organisations, the tie Jaccard index, and reach
 * — labelled as contacts, not unique firms, with how many activities it rests on (unknown is not zero).
 */
import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ChangeReport } from '../../../src-shared/links';
import { useI18n, type MessageKey } from '../i18n';
import { locale } from '../i18n/format';

type Ref = { id: number; name: string };

function names(report: ChangeReport): Record<string, string[]> {
  const i = report.initiatives;
  const arrow = (a: Ref | Ref[], b: Ref | Ref[]) => `${[a].flat().map((x) => x.name).join(' + ')} → ${[b].flat().map((x) => x.name).join(' + ')}`;
  return {
    new: i.new.map((x) => x.name),
    stopped: i.stopped.map((x) => x.name),
    continued: i.continued.map((p) => arrow(p.from, p.to)),
    renamed: i.renamed.map((p) => arrow(p.from, p.to)),
    merged: i.merged.map((m) => arrow(m.from, m.to)),
    split: i.split.map((s) => arrow(s.from, s.to)),
    gap: i.gap.map((g) => `${g.name} (${g.seenIn.label})`),
  };
}

const KINDS = ['new', 'stopped', 'continued', 'renamed', 'merged', 'split', 'gap'] as const;

export function ChangeSummary({ report }: { report: ChangeReport }) {
  const { t, lang } = useI18n();
  const number = (n: number) => n.toLocaleString(locale(lang));
  const lists = names(report);
  const { activities, organisations, reach } = report;
  return (
    <section className="rs-dev-section" aria-labelledby="dev-summary-title" data-testid="dev-summary">
      <h2 id="dev-summary-title" className="rs-dev-title">
        {t('development.summary.title', { from: report.from.label, to: report.to.label })}
      </h2>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="xs">
        {KINDS.map((kind) => (
          <Paper key={kind} withBorder radius="md" p="xs" data-testid={`dev-count-${kind}`}>
            <Text size="xl" fw={700} className="rs-dev-num">
              {number(lists[kind]!.length)}
            </Text>
            <Text size="sm">{t(`development.kind.${kind}` as MessageKey)}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      <div className="rs-dev-lists">
        {KINDS.filter((k) => lists[k]!.length > 0).map((kind) => (
          <details key={kind} data-testid={`dev-list-${kind}`}>
            <summary>
              {t(`development.kind.${kind}` as MessageKey)} ({number(lists[kind]!.length)})
            </summary>
            <ul>
              {lists[kind]!.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </details>
        ))}
      </div>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xs" mt="xs">
        <Paper withBorder radius="md" p="xs" data-testid="dev-activities">
          <Text fw={600} size="sm">{t('development.activities.title')}</Text>
          <Text size="sm">{t('development.activities.counts', { new: activities.new, stopped: activities.stopped, continued: activities.continued })}</Text>
        </Paper>
        <Paper withBorder radius="md" p="xs" data-testid="dev-organisations">
          <Text fw={600} size="sm">{t('development.organisations.title')}</Text>
          <Text size="sm">{t('development.organisations.counts', { new: organisations.new.length, gone: organisations.gone.length, continued: organisations.continued.length })}</Text>
          <Text size="xs" c="dimmed">
            {report.jaccard === null ? t('development.jaccard.none') : t('development.jaccard.value', { value: report.jaccard.toLocaleString(locale(lang), { maximumFractionDigits: 2 }) })}
          </Text>
        </Paper>
        <Paper withBorder radius="md" p="xs" data-testid="dev-reach">
          <Text fw={600} size="sm">{t('development.reach.title')}</Text>
          <Text size="sm">{t('development.reach.values', { from: number(reach.from), to: number(reach.to) })}</Text>
          <Text size="xs" c="dimmed">
            {t('development.reach.known', { knownFrom: reach.knownFrom, knownTo: reach.knownTo })}
            {reach.knownFrom !== reach.knownTo ? ` ${t('development.reach.unequal')}` : ''}
          </Text>
        </Paper>
      </SimpleGrid>
    </section>
  );
}
