/**
 * The published figures of the 2022 Noord-Nederland pilot, typed in from docs/method.md for the tests
 * (independently of the sample generator's own copy in scripts/sample/published.ts).
 */
export const TYPE_COUNTS: Record<string, number> = {
  'Netwerken & coördineren': 18,
  'Workshops & kennisevents': 15,
  'Scans & assessments': 11,
  'Onderzoek & ontwikkeling': 10,
  'Onderwijs voor studenten': 9,
  'Werken met studenten': 9,
  'Gezamenlijke faciliteiten': 6,
  'Advisering/consultancy': 5,
  'Onderwijs voor professionals': 5,
  'Subsidies & financiering': 5,
  Signaleren: 4,
  Kennisplatform: 3,
};

// Columns: NL, N-NL, Dr, Fr, Gr, Assen, ZO-Dr, NO-Fr, n.g.
export const GEO_COLUMNS = [
  'nederland', 'noord-nederland', 'provincie-drenthe', 'provincie-friesland', 'provincie-groningen',
  'regio-assen', 'zuidoost-drenthe', 'noordoost-friesland', 'niet-gespecificeerd',
];
export const TYPE_GEO: Record<string, number[]> = {
  'Advisering/consultancy': [1, 2, 1, 0, 0, 0, 0, 0, 1],
  'Gezamenlijke faciliteiten': [1, 4, 0, 0, 1, 0, 0, 0, 0],
  Kennisplatform: [0, 1, 0, 0, 1, 0, 0, 0, 1],
  'Netwerken & coördineren': [0, 10, 2, 4, 1, 0, 0, 0, 1],
  'Onderwijs voor professionals': [1, 3, 0, 0, 1, 0, 0, 0, 0],
  'Onderwijs voor studenten': [0, 4, 1, 1, 1, 2, 0, 0, 0],
  'Onderzoek & ontwikkeling': [0, 7, 0, 0, 3, 0, 0, 0, 0],
  'Scans & assessments': [1, 5, 2, 2, 0, 0, 0, 1, 0],
  Signaleren: [0, 0, 1, 2, 0, 0, 0, 0, 1],
  'Subsidies & financiering': [0, 3, 1, 0, 0, 0, 0, 0, 1],
  'Werken met studenten': [0, 2, 2, 2, 2, 1, 0, 0, 0],
  'Workshops & kennisevents': [0, 6, 2, 2, 1, 0, 2, 2, 0],
};
export const GEO_TOTALS = [4, 47, 12, 13, 11, 3, 2, 3, 5];

// Knelpunt 0–11 per type (the row cells).
export const TYPE_KNELPUNT: Record<string, number[]> = {
  'Netwerken & coördineren': [3, 0, 3, 1, 4, 4, 9, 10, 1, 3, 16, 1],
  'Workshops & kennisevents': [3, 11, 13, 6, 3, 0, 10, 7, 0, 0, 2, 0],
  'Scans & assessments': [7, 8, 5, 6, 4, 0, 1, 1, 1, 0, 3, 1],
  'Onderzoek & ontwikkeling': [2, 0, 1, 3, 3, 3, 4, 4, 0, 1, 6, 1],
  'Onderwijs voor studenten': [2, 1, 2, 0, 0, 7, 3, 0, 0, 0, 2, 1],
  'Werken met studenten': [4, 2, 5, 3, 5, 1, 7, 7, 0, 0, 3, 0],
  'Gezamenlijke faciliteiten': [0, 1, 3, 3, 3, 3, 1, 5, 0, 0, 3, 1],
  'Advisering/consultancy': [1, 1, 1, 1, 2, 2, 2, 3, 0, 0, 4, 1],
  'Onderwijs voor professionals': [1, 1, 3, 0, 1, 0, 5, 2, 0, 0, 0, 0],
  'Subsidies & financiering': [0, 0, 0, 0, 4, 1, 0, 0, 4, 0, 2, 0],
  Signaleren: [3, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0],
  Kennisplatform: [1, 1, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0],
};
// The sums of the rows (the report prints 14, 47, 45 for knelpunt 5, 6, 7; docs/method.md says those are wrong).
export const KNELPUNT_TOTALS = [27, 27, 38, 24, 30, 21, 45, 40, 7, 5, 42, 6];

export const REACH: Record<string, number> = {
  Signaleren: 3000,
  'Netwerken & coördineren': 1500,
  'Gezamenlijke faciliteiten': 10,
  'Werken met studenten': 350,
  'Onderwijs voor studenten': 25,
  'Onderwijs voor professionals': 150,
  'Advisering/consultancy': 10,
  'Subsidies & financiering': 40,
  'Workshops & kennisevents': 8000,
  'Onderzoek & ontwikkeling': 100,
  'Scans & assessments': 1000,
  Kennisplatform: 1500,
};

export const WMS: Record<string, number | null> = {
  'IT Hub Hoogeveen': 2020,
  'TechHub Assen': 2019,
  'Cyber Science Center': 2010,
  'Groningen Digital Business Centre': 2018,
  'Digitale Werkplaats Drenthe': 2021,
  'Digitale Werkplaats Fryslân': null,
  'Kasteel.gro': 2018,
  'Werkplaats Online Ondernemen Groningen': 2019,
  'Media Innovation Campus': 2019,
};

export const ORGANISATIONS: Record<string, number> = {
  'Hanzehogeschool Groningen': 18,
  RUG: 14,
  'NHL Stenden': 16,
  'Noorderpoort College': 11,
  'Gemeente Groningen': 10,
  'Provincie Drenthe': 9,
  'Provincie Groningen': 9,
  YnBusiness: 9,
  'VNO-NCW MKB Nederland': 7,
  'Ik Ben Drents Ondernemer (IBDO)': 7,
  'Gemeente Leeuwarden': 7,
  Rabobank: 6,
  SNN: 6,
  'Alfa College': 6,
  'ROC Friese Poort': 5,
  'Provincie Friesland': 5,
  'IT Academy Noord-Nederland': 5,
  'MKB Cyber Campus': 5,
  TNO: 5,
  'Economic Board Groningen': 5,
};

