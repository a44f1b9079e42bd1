/** Free text over activity and initiative names and descriptions, combined with the facets (debounced). */
import { CloseButton, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useT } from '../i18n';
import { useFilter } from '../state/FilterProvider';
import { useDebouncedEdit } from './useDebouncedValue';

export function TextSearch() {
  const t = useT();
  const { filter, dispatch } = useFilter();
  const commit = useCallback((text: string) => dispatch({ type: 'setText', text }), [dispatch]);
  const [text, setText] = useDebouncedEdit(filter.text, commit, 250);

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
      leftSection={<IconSearch size={16} aria-hidden="true" />}
      rightSection={text !== '' ? <CloseButton size="sm" aria-label={t('explore.text.clear')} onClick={() => { setText(''); commit(''); }} /> : null}
      data-testid="filter-text"
    />
  );
}
