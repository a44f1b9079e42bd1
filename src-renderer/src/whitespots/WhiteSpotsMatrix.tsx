/**
 * One layer of the white-spot matrix as a table of buttons: a heat colour per count and, for an empty
 * combination, a hatched cell with a dash (not marked by colour alone). One cell is in the tab order
 * (roving focus); arrow keys, Home and End move; Enter or a click opens the cell's activities. Each
 * cell says its combination in words (aria-label, and the readout line on hover or focus).
 */
import { Text } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { WhiteSpotResult } from '../../../src-shared/model';
import { useI18n } from '../i18n';
import { cellCount, cellWords, heatLevel, valueWords } from './matrix';

interface Props {
  result: WhiteSpotResult;
  layer: number;
  max: number;
  onOpen(row: number, col: number): void;
}

export function WhiteSpotsMatrix({ result, layer, max, onOpen }: Props) {
  const { t } = useI18n();
  const [active, setActive] = useState({ row: 0, col: 0 });
  const [readout, setReadout] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const rows = result.rows.values.length;
  const cols = result.cols.values.length;
  const current = { row: Math.min(active.row, rows - 1), col: Math.min(active.col, cols - 1) };

  const words = (row: number, col: number) => {
    const n = cellCount(result, layer, row, col);
    const cell = cellWords(result, layer, row, col);
    return n === 0 ? t('whitespots.cell.empty', { cell }) : t('whitespots.cell.count', { cell, count: n });
  };

  const move = (row: number, col: number) => {
    const next = { row: Math.max(0, Math.min(rows - 1, row)), col: Math.max(0, Math.min(cols - 1, col)) };
    setActive(next);
    table.current?.querySelector<HTMLButtonElement>(`[data-cell="${next.row}-${next.col}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, row: number, col: number) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: [event.ctrlKey ? 0 : row, 0],
      End: [event.ctrlKey ? rows - 1 : row, cols - 1],
    };
    const to = moves[event.key];
    if (!to) return;
    event.preventDefault();
    move(to[0], to[1]);
  };
  const layerText = result.layers ? ` · ${result.layers.label} ${valueWords(result.layers.values[layer]!)}` : '';

  return (
    <>
      <div className="rs-ws-scroll">
        <table ref={table} className="rs-ws-table" data-testid="whitespots-matrix" aria-describedby="rs-ws-keys">
          <caption className="rs-visually-hidden">{t('whitespots.table.label', { rows: result.rows.label, cols: result.cols.label, layer: layerText })}</caption>
          <thead>
            <tr>
              <th scope="col" className="rs-ws-corner">
                {result.rows.label} \ {result.cols.label}
              </th>
              {result.cols.values.map((c, ci) => (
                <th key={ci} scope="col" className="rs-ws-colhead">
                  {valueWords(c)}
                  {c.unmapped && <span className="rs-ws-tag"> ({t('whitespots.unmapped')})</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.rows.values.map((r, ri) => (
              <tr key={ri}>
                <th scope="row" className="rs-ws-rowhead">
                  {valueWords(r)}
                  {r.unmapped && <span className="rs-ws-tag"> ({t('whitespots.unmapped')})</span>}
                </th>
                {result.cols.values.map((_, ci) => {
                  const n = cellCount(result, layer, ri, ci);
                  const label = words(ri, ci);
                  const isActive = current.row === ri && current.col === ci;
                  return (
                    <td key={ci} className={`rs-ws-cell rs-ws-l${heatLevel(n, max)}`}>
                      <button
                        type="button"
                        data-cell={`${ri}-${ci}`}
                        data-testid={`ws-cell-${ri}-${ci}`}
                        data-count={n}
                        tabIndex={isActive ? 0 : -1}
                        aria-label={label}
                        aria-disabled={n === 0 ? true : undefined}
                        title={label}
                        onFocus={() => {
                          setActive({ row: ri, col: ci });
                          setReadout(label);
                        }}
                        onMouseEnter={() => setReadout(label)}
                        onKeyDown={(e) => onKeyDown(e, ri, ci)}
                        onClick={() => n > 0 && onOpen(ri, ci)}
                      >
                        {n === 0 ? '–' : n}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Text size="sm" className="rs-ws-readout" data-testid="whitespots-readout" aria-hidden="true">
        {readout ?? '\u00a0'}
      </Text>
      <Text size="xs" c="dimmed" id="rs-ws-keys">
        {t('whitespots.cell.hint')}
      </Text>
    </>
  );
}
