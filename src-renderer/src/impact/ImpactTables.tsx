/**
 * The Impact screen's tables: per knelpunt (targeted activities against reported contribution), the
 * scores on knelpunten an activity does not target (apart), and per type and per initiative. Every
 * mean has its number of responses beside it; a mean of fewer than five is greyed and says why.
 */
import { Table, Text, Title } from '@mantine/core';
import type { BottleneckImpact, ImpactResult, ScoreSummary } from '../../../src-shared/surveys-model';
import { FEW_RESPONSES } from '../../../src-shared/surveys-model';
import { formatCount, useI18n } from '../i18n';
import { TableHead } from '../ui/TableHead';
import { distributionShares, meanState, meanText, SCORES } from './impactFormat';

export function MeanCell({ summary, testId }: { summary: ScoreSummary; testId?: string }) {
  const { t, lang } = useI18n();
  const state = meanState(summary);
  if (state === 'none') {
    return (
      <span className="rs-impact-mean" data-state="none" data-testid={testId}>
        {t('impact.noMean')} <span className="rs-impact-n">({t('impact.n', { n: 0 })})</span>
      </span>
    );
  }
  return (
    <span className="rs-impact-mean" data-state={state} data-testid={testId}>
      <strong className="rs-num">{meanText(summary.mean, lang)}</strong> <span className="rs-impact-n">({t('impact.n', { n: formatCount(summary.responses, lang) })})</span>
      {state === 'few' && <span className="rs-impact-few"> · {t('impact.few', { min: FEW_RESPONSES })}</span>}
    </span>
  );
}

export function DistributionBar({ summary }: { summary: ScoreSummary }) {
  const { t } = useI18n();
  const shares = distributionShares(summary.distribution);
  const words = SCORES.map((k) => t('impact.distribution.label', { score: k, count: summary.distribution[k] })).join(', ');
  if (summary.responses === 0) return <span className="rs-impact-dist-empty">–</span>;
  return (
    <span className="rs-impact-dist" role="img" aria-label={words} title={words} data-state={meanState(summary)}>
      {SCORES.map((k, i) =>
        shares[i]! > 0 ? (
          <span key={k} className={`rs-impact-dist-seg rs-impact-s${k}`} style={{ width: `${shares[i]! * 100}%` }}>
            {summary.distribution[k]}
          </span>
        ) : null,
      )}
    </span>
  );
}

export function BottleneckTable({ rows }: { rows: readonly BottleneckImpact[] }) {
  const { t, lang } = useI18n();
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table withTableBorder striped verticalSpacing={6} fz="sm" aria-label={t('impact.table.bottlenecks')} data-testid="impact-bottlenecks">
        <TableHead
          columns={[
            t('impact.col.bottleneck'),
            { label: t('impact.col.targeted'), className: 'rs-num' },
            { label: t('impact.col.responded'), className: 'rs-num' },
            t('impact.col.mean'),
            { label: t('impact.col.distribution'), w: 220 },
            { label: t('impact.col.notApplicable'), className: 'rs-num' },
          ]}
        />
        <Table.Tbody>
          {rows.map((b) => (
            <Table.Tr key={b.code} data-testid={`impact-row-${b.code}`} data-state={meanState(b)}>
              <Table.Th scope="row" fw={500}>{`${b.code}. ${b.label}`}</Table.Th>
              <Table.Td className="rs-num" data-testid={`impact-targeted-${b.code}`}>{formatCount(b.targetedActivities, lang)}</Table.Td>
              <Table.Td className="rs-num">{formatCount(b.respondedActivities, lang)}</Table.Td>
              <Table.Td><MeanCell summary={b} testId={`impact-mean-${b.code}`} /></Table.Td>
              <Table.Td><DistributionBar summary={b} /></Table.Td>
              <Table.Td className="rs-num">{formatCount(b.notApplicable, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function UntargetedTable({ rows }: { rows: readonly BottleneckImpact[] }) {
  const { t } = useI18n();
  const answered = rows.filter((b) => b.untargeted.responses > 0);
  return (
    <section aria-labelledby="impact-untargeted-title" data-testid="impact-untargeted">
      <Title order={2} size="h4" id="impact-untargeted-title">{t('impact.untargeted.title')}</Title>
      <Text size="sm" c="dimmed" mb="xs">{t('impact.untargeted.lead')}</Text>
      {answered.length === 0 ? (
        <Text size="sm" c="dimmed">{t('impact.untargeted.none')}</Text>
      ) : (
        <Table withTableBorder verticalSpacing={6} fz="sm" aria-labelledby="impact-untargeted-title" maw={900}>
          <TableHead columns={[t('impact.col.bottleneck'), t('impact.col.mean'), { label: t('impact.col.distribution'), w: 220 }]} />
          <Table.Tbody>
            {answered.map((b) => (
              <Table.Tr key={b.code}>
                <Table.Th scope="row" fw={500}>{`${b.code}. ${b.label}`}</Table.Th>
                <Table.Td><MeanCell summary={b.untargeted} testId={`impact-untargeted-${b.code}`} /></Table.Td>
                <Table.Td><DistributionBar summary={b.untargeted} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

type Group = ImpactResult['byType'][number] | ImpactResult['byInitiative'][number];

export function GroupTable({ title, nameHeader, rows, testId }: { title: string; nameHeader: string; rows: readonly (Group & { key: string; name: string })[]; testId: string }) {
  const { t, lang } = useI18n();
  return (
    <section aria-label={title} data-testid={testId} className="rs-impact-group">
      <Title order={2} size="h4" mb="xs">{title}</Title>
      <Table.ScrollContainer minWidth={480} type="native">
      <Table withTableBorder striped verticalSpacing={5} fz="sm" aria-label={title}>
        <TableHead columns={[nameHeader, { label: t('impact.col.activities'), className: 'rs-num' }, t('impact.col.mean'), { label: t('impact.col.distribution'), w: 150 }]} />
        <Table.Tbody>
          {rows.map((g) => (
            <Table.Tr key={g.key} data-testid={`${testId}-${g.key}`} data-state={meanState(g)}>
              <Table.Th scope="row" fw={500}>{g.name}</Table.Th>
              <Table.Td className="rs-num">{formatCount(g.activities, lang)}</Table.Td>
              <Table.Td>{g.responses === 0 ? <Text span size="sm" c="dimmed">{t('impact.initiative.none')}</Text> : <MeanCell summary={g} />}</Table.Td>
              <Table.Td><DistributionBar summary={g} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      </Table.ScrollContainer>
    </section>
  );
}
