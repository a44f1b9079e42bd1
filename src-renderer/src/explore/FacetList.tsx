/**
 * One dimension's values as checkboxes "label (count)". Zero counts are dimmed but selectable,
 * unmapped values are italic with a "niet gekoppeld" badge, and long lists get a search box and
 * "show all".
 */
import { Badge, Button, Checkbox, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { dimension, type DimensionKey } from '../../../src-shared/codebook';
import { valueKey, type FilterValue } from '../../../src-shared/filter';
import { dimensionLabel, useI18n } from '../i18n';
import { LONG_LIST, matchesSearch, SHORT_LIST, type FacetEntry } from './facets';
import { locale } from '../i18n/format';

interface FacetListProps {
  dim: DimensionKey;
  entries: readonly FacetEntry[];
  selected: ReadonlySet<string>;
  onToggle(value: FilterValue): void;
}

function EntryLabel({ entry }: { entry: FacetEntry }) {
  const { t, lang } = useI18n();
  return (
    <span className="rs-facet-entry">
      <span className={entry.code === null ? 'rs-facet-label rs-facet-label-unmapped' : 'rs-facet-label'}>{entry.label}</span>{' '}
      <span className="rs-facet-count">({entry.count.toLocaleString(locale(lang))})</span>
      {entry.code === null && (
        <Badge size="xs" variant="outline" radius="sm" tt="none" className="rs-unmapped-badge">
          {t('explore.facet.unmapped')}
        </Badge>
      )}
    </span>
  );
}

export function FacetList({ dim, entries, selected, onToggle }: FacetListProps) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const long = entries.length > LONG_LIST;
  // Only growing lists (organisations, open lists) are cut short; codebooks and the geography tree show in full.
  const kind = dimension(dim).kind;
  const shortened = long && (kind === 'entity' || kind === 'open');
  const searching = long && query.trim() !== '';
  const matching = searching ? entries.filter((e) => matchesSearch(e.label, query)) : entries;
  // Selected and unmapped values always stay visible.
  const visible = !shortened || searching || showAll ? matching : matching.filter((e, i) => i < SHORT_LIST || e.code === null || selected.has(valueKey(e.value)));
  const name = dimensionLabel(dim, lang);

  return (
    <div className="rs-facet-list">
      {long && (
        <TextInput
          size="xs"
          mb="xs"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          leftSection={<IconSearch size={14} aria-hidden="true" />}
          placeholder={t('explore.facet.search', { dimension: name.toLowerCase() })}
          aria-label={t('explore.facet.search', { dimension: name.toLowerCase() })}
          data-testid={`facet-search-${dim}`}
        />
      )}
      {entries.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('explore.facet.none')}
        </Text>
      )}
      {searching && matching.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('explore.facet.noMatch')}
        </Text>
      )}
      <ul className="rs-facet-options" aria-label={name}>
        {visible.map((entry) => (
          <li key={valueKey(entry.value)} style={{ paddingLeft: `${entry.depth * 1.1}rem` }}>
            <Checkbox
              size="xs"
              checked={selected.has(valueKey(entry.value))}
              onChange={() => onToggle(entry.value)}
              label={<EntryLabel entry={entry} />}
              data-testid={entry.testId}
              classNames={{ root: 'rs-facet-option', label: 'rs-facet-option-label' }}
              wrapperProps={{ 'data-zero': entry.count === 0 || undefined, 'data-unmapped': entry.code === null || undefined }}
            />
          </li>
        ))}
      </ul>
      {shortened && !searching && matching.length > SHORT_LIST && (
        <Button variant="subtle" size="compact-xs" mt={4} onClick={() => setShowAll((v) => !v)} data-testid={`facet-show-all-${dim}`} aria-expanded={showAll}>
          {showAll ? t('explore.facet.showLess') : t('explore.facet.showAll', { count: entries.length })}
        </Button>
      )}
    </div>
  );
}
