/**
 * Leer van elkaar: for a lens and the active filter, the ranked pairs (of initiatives or activities)
 * with the reason in words; pairs across regions marked; acquaintances optionally hidden; export to
 * .xlsx. With a focus in the address ("Leer van…" from a detail panel), one initiative's or
 * activity's best partners per lens instead.
 */
import { Anchor, Button, Group, Loader, Paper, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMemo, useReducer } from 'react';
import type { ArgsOf } from '../../../src-shared/contract';
import { PAIRING_LENSES, type PairingLens } from '../../../src-shared/pairing';
import { scoreRule } from '../../../src-shared/pairing-words';
import { DetailDrawer } from '../ui/detail/DetailDrawer';
import { useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { formatRoute } from '../routes';
import { useScans } from '../state/appData';
import { useFilter, useFilterShortcuts } from '../state/FilterProvider';
import type { LearnFocus } from '../routes';
import { initialLearnState, learnReducer } from './learnState';
import { LearnControls } from './LearnControls';
import { PairTable } from './PairTable';
import { useLearnFocus } from './useLearnFocus';
import { ErrorAlert } from '../ui/ErrorAlert';
import { InfoNote } from '../ui/InfoNote';
import { ScreenHeading } from '../ui/ScreenHeading';
import { SectionHeading } from '../ui/SectionHeading';
import { useDetailStack } from '../ui/detail/useDetailStack';

type Common = Omit<ArgsOf<'pairings.partners'>, 'initiative' | 'activity'>;

function partnerArgs(focus: LearnFocus | null, common: Common, lens: PairingLens): ArgsOf<'pairings.partners'> | null {
  return focus ? { ...common, lens, ...focus } : null;
}

export function LearnView() {
  const { t, lang } = useI18n();
  const { filter } = useFilter();
  useFilterShortcuts();
  const [state, dispatch] = useReducer(learnReducer, initialLearnState);
  const [focus, focusVersion, clearFocus] = useLearnFocus();
  // The detail drawer belongs to one address: "Leer van…" inside it, or going back, closes it.
  const details = useDetailStack(focusVersion);
  const scans = useScans();
  // The regions choice only means something with more than one scan in play (no scans named = all).
  const severalScans = (filter.scans.length > 0 ? filter.scans.length : scans.items.length) > 1;

  const common = useMemo(() => ({ filter, lens: state.lens, scope: severalScans ? state.scope : ('all' as const), hideKnown: state.hideKnown }), [filter, state.lens, state.scope, state.hideKnown, severalScans]);
  const listArgs = useMemo(() => (focus ? null : { ...common, by: state.by, top: state.top }), [focus, common, state.by, state.top]);
  const list = useApiQuery('pairings.list', listArgs);
  const exportArgs = useMemo(() => (listArgs ? { ...listArgs, language: lang } : null), [listArgs, lang]);

  // "Leer van…": the partners under each lens (the counts go into the lens labels).
  const partnerCommon = useMemo(() => ({ ...common, top: state.top }), [common, state.top]);
  const argsA = useMemo(() => partnerArgs(focus, partnerCommon, 'A'), [focus, partnerCommon]);
  const argsB = useMemo(() => partnerArgs(focus, partnerCommon, 'B'), [focus, partnerCommon]);
  const argsC = useMemo(() => partnerArgs(focus, partnerCommon, 'C'), [focus, partnerCommon]);
  const partnersA = useApiQuery('pairings.partners', argsA);
  const partnersB = useApiQuery('pairings.partners', argsB);
  const partnersC = useApiQuery('pairings.partners', argsC);
  const partners = { A: partnersA, B: partnersB, C: partnersC };
  const focusName = useApiQuery('query.initiative', useMemo(() => (focus?.initiative !== undefined ? { id: focus.initiative } : null), [focus]));
  const focusActivity = useApiQuery('query.activity', useMemo(() => (focus?.activity !== undefined ? { id: focus.activity } : null), [focus]));
  const name = focus?.activity !== undefined ? focusActivity.value?.name : focusName.value?.name;

  const shown = focus ? partners[state.lens] : list;
  const counts = focus ? Object.fromEntries(PAIRING_LENSES.map((l) => [l, partners[l].value?.pairs.length])) : undefined;
  // "Leer van…" with no partners under this lens: the lenses that do have some.
  const otherLenses = PAIRING_LENSES.filter((l) => l !== state.lens && (counts?.[l] ?? 0) > 0);
  const open = details.drawer.onOpen;

  return (
    <section data-testid="screen-leer-van-elkaar" aria-labelledby="screen-title-leer-van-elkaar" className="rs-learn-screen">
      <ScreenHeading route="leer-van-elkaar" lead={t('learn.lead')} />

      {focus && (
        <Paper withBorder radius="md" p="sm" className="rs-learn-focus" data-testid="learn-focus">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <SectionHeading
                order={2}
                size="h4"
                title={t('learn.focus.title', { name: name ?? '…' })}
                lead={t(focus.activity !== undefined ? 'learn.focus.lead.activity' : 'learn.focus.lead.initiative')}
              />
            </div>
            <Button size="xs" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden="true" />} onClick={clearFocus} data-testid="learn-focus-close">
              {t('learn.focus.close')}
            </Button>
          </Group>
        </Paper>
      )}

      <LearnControls state={state} dispatch={dispatch} severalScans={severalScans} counts={counts} focusMode={focus !== null} exportArgs={exportArgs} />
      <details className="rs-learn-help">
        <summary>{t('learn.howScored')}</summary>
        <Text size="sm" mt={4} data-testid="learn-score-rule">
          {scoreRule(state.lens, lang)}
        </Text>
      </details>

      <ErrorAlert error={shown.error} title={t('learn.error')} />
      {shown.loading && !shown.value && (
        <Group gap="xs">
          <Loader size="sm" aria-label={t('learn.loading')} />
          <Text size="sm">{t('learn.loading')}</Text>
        </Group>
      )}
      {shown.value && (
        <>
          {!focus && (
            <Text size="sm" c="dimmed" data-testid="learn-summary" aria-live="polite">
              {t('learn.summary', { pairs: shown.value.pairs.length, activities: shown.value.activities, examined: shown.value.examined })}
            </Text>
          )}
          {shown.value.pairs.length === 0 ? (
            <InfoNote testId="learn-none">
              {focus ? t('learn.focus.none') : t('learn.none')}
              {focus && otherLenses.length > 0 && (
                <Group gap="xs" mt="xs">
                  <Text size="sm">{t('learn.focus.elsewhere')}</Text>
                  {otherLenses.map((l) => (
                    <Button key={l} size="compact-sm" variant="default" onClick={() => dispatch({ type: 'chosen', choice: { lens: l } })} data-testid={`learn-switch-${l}`}>
                      {`${t(`learn.lens.${l}`)} (${counts?.[l]})`}
                    </Button>
                  ))}
                </Group>
              )}
              {!focus && (
                <>
                  {' '}
                  <Anchor href={formatRoute('activiteiten')}>{t('graph.changeFilter')}</Anchor>
                </>
              )}
            </InfoNote>
          ) : (
            <PairTable
              lens={state.lens}
              pairs={shown.value.pairs}
              expanded={state.expanded}
              onToggle={(key) => dispatch({ type: 'pairToggled', key })}
              onOpen={open}
              filter={filter}
              scope={common.scope}
              showScans={severalScans}
              testId="learn-pairs"
            />
          )}
        </>
      )}
      <DetailDrawer {...details.drawer} />
    </section>
  );
}
