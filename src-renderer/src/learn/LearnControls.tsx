/** The choices above the pairs: lens (with its question), level, regions, acquaintances, length, export. */
import { Group, SegmentedControl, Switch, Text } from '@mantine/core';
import type { ArgsOf } from '../../../src-shared/contract';
import { PAIRING_LENSES, type PairingLens } from '../../../src-shared/pairing';
import { LENS_WORDS } from '../../../src-shared/pairing-words';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { XlsxExportButton } from '../ui/XlsxExportButton';
import { useI18n } from '../i18n';
import { TOP_CHOICES, type LearnAction, type LearnState, type PairLevel, type PairScope } from './learnState';

interface Props {
  state: LearnState;
  dispatch(action: LearnAction): void;
  /** More than one scan is in play: offer the regions choice. */
  severalScans: boolean;
  /** Partner counts per lens ("Leer van…" mode), shown in the lens labels. */
  counts?: Partial<Record<PairingLens, number>> | undefined;
  /** Hide the level choice ("Leer van…" lists partner initiatives). */
  focusMode: boolean;
  exportArgs: ArgsOf<'export.pairings'> | null;
}

export function LearnControls({ state, dispatch, severalScans, counts, focusMode, exportArgs }: Props) {
  const { t, lang } = useI18n();
  return (
    <div className="rs-learn-controls">
      <SegmentedControl
        value={state.lens}
        onChange={(v) => dispatch({ type: 'chosen', choice: { lens: v as PairingLens } })}
        data={PAIRING_LENSES.map((l) => ({ value: l, label: counts?.[l] !== undefined ? `${t(`learn.lens.${l}`)} (${counts[l]})` : t(`learn.lens.${l}`) }))}
        aria-label={t('learn.lens.label')}
        data-testid="learn-lens"
        fullWidth
        className="rs-learn-lens"
      />
      <Text size="sm" fs="italic" data-testid="learn-question">
        {LENS_WORDS[state.lens][lang].question}
      </Text>
      <Group gap="md" align="flex-end" wrap="wrap">
        {!focusMode && (
          <div>
            <Text size="sm" fw={500} id="learn-level-label" mb={4}>
              {t('learn.level.label')}
            </Text>
            <SegmentedControl
              size="xs"
              value={state.by}
              onChange={(v) => dispatch({ type: 'chosen', choice: { by: v as PairLevel } })}
              data={[
                { value: 'initiative', label: t('learn.level.initiative') },
                { value: 'activity', label: t('learn.level.activity') },
              ]}
              aria-labelledby="learn-level-label"
              data-testid="learn-level"
            />
          </div>
        )}
        {severalScans && (
          <ChoiceSelect
            size="xs"
            label={t('learn.scope.label')}
            value={state.scope}
            onChange={(v) => dispatch({ type: 'chosen', choice: { scope: v as PairScope } })}
            data={(['all', 'across', 'within'] as const).map((s) => ({ value: s, label: t(`learn.scope.${s}`) }))}
            w={220}
            data-testid="learn-scope"
          />
        )}
        <ChoiceSelect
          size="xs"
          label={t('learn.top.label')}
          value={String(state.top)}
          onChange={(v) => dispatch({ type: 'chosen', choice: { top: Number(v) } })}
          data={TOP_CHOICES.map((n) => String(n))}
          w={110}
          data-testid="learn-top"
        />
        <Switch
          size="sm"
          label={t('learn.hideKnown')}
          description={t('learn.hideKnown.hint')}
          checked={state.hideKnown}
          onChange={(e) => dispatch({ type: 'chosen', choice: { hideKnown: e.currentTarget.checked } })}
          data-testid="learn-hide-known"
        />
        {!focusMode && <XlsxExportButton channel="export.pairings" args={exportArgs} label={t('learn.export')} testId="learn-export" />}
      </Group>
    </div>
  );
}
