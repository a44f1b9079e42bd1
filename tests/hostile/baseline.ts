/** The small, valid activity table that many hostile cases disturb, shared by the corpus files. */
import { writeXlsx, type Cell, type SheetSpec } from '../helpers/ooxml';

export const HEADERS = ['Initiatief', 'Activiteit', 'Type activiteit', 'Omschrijving', 'Sector'];

export function activitySheet(rows: Cell[][], name = 'Activiteiten', headers: Cell[] = HEADERS): SheetSpec {
  return { name, rows: [headers, ...rows] };
}

/** A small, valid activity table: the baseline that several cases disturb. */
export const VALID_ROWS: Cell[][] = [
  ['Digitale Werkplaats', 'Studentenprojecten', 'Werken met studenten', 'Studenten helpen ondernemers', 'C. Industrie'],
  ['Digitale Werkplaats', 'Webinars', 'Workshops & kennisevents', 'Reeks webinars', 'Geen specifieke sector'],
  ['TechHub', 'Digitaliseringsscan', 'Scans & assessments', null, 'C. Industrie'],
];

export const valid = () => writeXlsx([activitySheet(VALID_ROWS)], { sharedStrings: true });
