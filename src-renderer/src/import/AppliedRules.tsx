/** The mapping rules an import applies (the database's stored rules and the preview's own), each with its cell count (docs/mappings.md). */
import { List, Text, Title } from '@mantine/core';
import { isDimensionKey } from '../../../src-shared/codebook';
import type { AppliedRule } from '../../../src-shared/mappings-model';
import { codeLabel, dimensionLabel, useI18n } from '../i18n';

export function AppliedRules({ rules, headingId }: { rules: readonly AppliedRule[]; headingId: string }) {
  const { t, lang } = useI18n();
  if (rules.length === 0) return null;
  const what = (r: AppliedRule) =>
    r.kind === 'column' ? t('koppelen.kind.column') : r.dimension && isDimensionKey(r.dimension) ? dimensionLabel(r.dimension, lang) : (r.dimension ?? '');
  return (
    <section aria-labelledby={headingId} data-testid="import-applied-rules">
      <Title order={4} id={headingId} fz="md" mb="xs">
        {t('koppelen.applied.title')}
      </Title>
      <List size="sm" spacing={2}>
        {rules.map((r) => (
          <List.Item key={`${r.kind}:${r.dimension ?? ''}:${r.value}`} data-testid={`applied-rule-${r.dimension ?? 'column'}-${r.value}`}>
            {what(r)}: ‘{r.value}’ → {r.kind === 'value' && r.dimension && isDimensionKey(r.dimension) ? `${r.target} ${codeLabel(r.dimension, r.target, lang)}` : r.target} —{' '}
            {t('koppelen.applied.cells', { count: r.cells })}
            {!r.stored && (
              <Text span c="dimmed" size="xs">
                {` (${t('koppelen.applied.own')})`}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </section>
  );
}
