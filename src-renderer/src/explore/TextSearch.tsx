/**
 * Free text over activity and initiative names and descriptions, combined with the facets (debounced).
 * The cap (200 characters, as main enforces) is stated under the box; a longer text, or one with a
 * control character, is kept in the box as typed, said to be too long, and not searched.
 */
import { CloseButton, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useCallback } from 'react';
import { SEARCH_TEXT_CONTROL, SEARCH_TEXT_MAX } from '../../../src-shared/filter';
import { useI18n } from '../i18n';
import { useFilter } from '../state/FilterProvider';
import { useDebouncedEdit } from './useDebouncedValue';
import { locale } from '../i18n/format';

function searchable(text: string): boolean {
  return text.length <= SEARCH_TEXT_MAX && !SEARCH_TEXT_CONTROL.test(text);
}

export function TextSearch() {
  const { t, lang } = useI18n();
  const { filter, dispatch } = useFilter();
  const commit = useCallback((text: string) => {
    if (searchable(text)) dispatch({ type: 'setText', text });
  }, [dispatch]);
  const [text, setText] = useDebouncedEdit(filter.text, commit, 250);
  const problem =
    text.length > SEARCH_TEXT_MAX ? t('explore.text.tooLong', { max: SEARCH_TEXT_MAX, n: text.length.toLocaleString(locale(lang)) })
    : SEARCH_TEXT_CONTROL.test(text) ? t('explore.text.control')
    : null;

  return (
    <TextInput
      type="search"
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit(text);
      }}
      label={t('explore.text.label')}
      placeholder={t('explore.text.placeholder')}
      description={problem ? undefined : t('explore.text.cap', { max: SEARCH_TEXT_MAX })}
      error={problem}
      leftSection={<IconSearch size={16} aria-hidden="true" />}
      rightSection={text !== '' ? <CloseButton size="sm" aria-label={t('explore.text.clear')} onClick={() => { setText(''); commit(''); }} /> : null}
      data-testid="filter-text"
    />
  );
}
