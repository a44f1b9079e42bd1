/**
 * The demand table's template workbook (docs/surveys.md, "The demand table"): a sheet Vraag with the
 * header row the reader expects (Sector, Omvang, Digitaliseringsvorm, Knelpunt, Gewicht, Bron) and no
 * rows, and a sheet Toelichting with what each column takes, an example and the codebook values.
 * Importing the empty template imports nothing; it is read by the same reader as any filled table.
 */
import * as XLSX from 'xlsx';
import { BOTTLENECKS, FORMS, SECTORS, SIZES, type CodeEntry } from '../../src-shared/codebook';
import { workbookToXlsx } from '../workbook/canonical-writer';
import { tableSheet, type Cell } from '../workbook/sheets';

type Lang = 'nl' | 'en';

export const DEMAND_SHEET = 'Vraag';
export const DEMAND_HEADERS = ['Sector', 'Omvang', 'Digitaliseringsvorm', 'Knelpunt', 'Gewicht', 'Bron'] as const;

export function demandTemplateXlsx(lang: Lang): Buffer {
  const nl = lang === 'nl';
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, tableSheet([...DEMAND_HEADERS], [], [34, 14, 22, 30, 10, 30]), DEMAND_SHEET);
  const column = (name: string, required: boolean, what: string): Cell[] => [name, required ? (nl ? 'ja' : 'yes') : nl ? 'nee' : 'no', what];
  const values = (title: string, list: readonly CodeEntry[]): Cell[][] => [[], [title], ...list.map((v) => [v.code, v[lang]] as Cell[])];
  const rows: Cell[][] = [
    [nl ? 'Kolom' : 'Column', nl ? 'Verplicht' : 'Required', nl ? 'Inhoud' : 'Content'],
    column('Sector', true, nl ? 'Een sector uit het codeboek, als code of naam (R of "R. Cultuur, sport en recreatie").' : 'A sector of the codebook, by code or label (R or "R. Cultuur, sport en recreatie").'),
    column('Omvang', false, nl ? 'micro, klein of middelgroot.' : 'micro, klein or middelgroot.'),
    column('Digitaliseringsvorm', false, nl ? 'Een vorm (Data, of 3).' : 'A form (Data, or 3).'),
    column('Knelpunt', true, nl ? 'Een knelpunt 0–11 (6, of "6. Interne kennis").' : 'A knelpunt 0–11 (6, or "6. Interne kennis").'),
    column('Gewicht', true, nl ? 'Een getal vanaf 0: aantal bedrijven, of een aandeel (12,5 en 15% worden 12,5 en 15). Houd één eenheid per database aan.' : 'A number from 0: firms, or a share (12,5 and 15% are read as 12.5 and 15). Keep one unit per database.'),
    column('Bron', false, nl ? 'Waar het cijfer vandaan komt (vrije tekst), bijvoorbeeld mkb-enquête 2024.' : 'Where the figure comes from (free text), e.g. mkb survey 2024.'),
    [],
    [nl ? 'Voorbeeld' : 'Example'],
    [...DEMAND_HEADERS],
    ['R', 'micro', 'Data', '6', 120, nl ? 'mkb-enquête' : 'mkb survey'],
    ['C', '', '', '3', 45, nl ? 'sectormonitor' : 'sector monitor'],
    [],
    [nl ? 'Eén rij per vraag. Een tabel met één onleesbare cel wordt in zijn geheel niet ingelezen; het verslag noemt elke cel. Dezelfde inhoud twee keer inlezen verandert niets.' : 'One row per demand. A table with one unreadable cell is not imported at all; the report names each cell. Importing the same content twice changes nothing.'],
    ...values('Sector', SECTORS),
    ...values(nl ? 'Omvang' : 'Size', SIZES.filter((s) => !s.generic)),
    ...values('Digitaliseringsvorm', FORMS),
    ...values('Knelpunt', BOTTLENECKS),
  ];
  const about = XLSX.utils.aoa_to_sheet(rows);
  about['!cols'] = [{ wch: 22 }, { wch: 40 }, { wch: 100 }];
  XLSX.utils.book_append_sheet(wb, about, 'Toelichting');
  return workbookToXlsx(wb, false, [DEMAND_SHEET], [DEMAND_SHEET, 'Toelichting']);
}
