/** The white-spot combinations inside the region's goals as a list, white spots first; a row opens its activities. */
import { Button, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { WhiteSpotResult } from '../../../src-shared/model';
import { useI18n } from '../i18n';
import type { GoalCombination } from './goalCells';
import { cellWords } from './matrix';
import { TableHead } from '../ui/TableHead';

interface Props {
  result: WhiteSpotResult;
  cells: readonly GoalCombination[];
  goals: number;
  onOpen(layer: number, row: number, col: number): void;
}

/** The first this many combinations are listed; the rest on request. */
const FIRST = 50;

export function GoalCombinations({ result, cells, goals, onOpen }: Props) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  if (goals === 0) {
    return (
      <Text size="sm" data-testid="ws-goals-none">
        {t('whitespots.goals.none')}
      </Text>
    );
  }
  const empty = cells.filter((c) => c.count === 0).length;
  return (
    <section aria-labelledby="ws-goals-title" data-testid="ws-goals">
      <Text fw={600} id="ws-goals-title">
        {t('whitespots.goals.title')}
      </Text>
      <Text size="sm" c="dimmed" mb={6} data-testid="ws-goals-summary">
        {t('whitespots.goals.summary', { cells: cells.length, goals, empty })}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder striped>
          <TableHead columns={[t('whitespots.goals.combination'), t('whitespots.goals.count'), t('whitespots.goals.goal')]} />
          <Table.Tbody>
            {(all ? cells : cells.slice(0, FIRST)).map((c) => (
              <Table.Tr key={`${c.layer}-${c.row}-${c.col}`} data-testid="ws-goal-cell" data-count={c.count}>
                <Table.Td>
                  <UnstyledButton className="rs-ws-goal-link" onClick={() => onOpen(c.layer, c.row, c.col)}>
                    {cellWords(result, c.layer, c.row, c.col)}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>
                  {c.count === 0 ? (
                    <Text span size="sm" fw={700} className="rs-ws-goal-empty">
                      0 · {t('whitespots.goals.empty')}
                    </Text>
                  ) : (
                    c.count
                  )}
                </Table.Td>
                <Table.Td>{c.goals.join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!all && cells.length > FIRST && (
        <Button size="xs" variant="default" mt={6} onClick={() => setAll(true)} data-testid="ws-goals-all">
          {t('whitespots.goals.all', { n: cells.length })}
        </Button>
      )}
    </section>
  );
}
