/**
 * The published figures of the 2022 Noord-Nederland pilot (docs/method.md §5), as data.
 * The sample generator builds its assignment from these tables and checks the result against them.
 */

/** Activity type codes in the order of the report's tables. */
export const TYPE_ORDER = [
  'netwerken',
  'workshops',
  'scans',
  'onderzoek',
  'onderwijs-studenten',
  'werken-met-studenten',
  'faciliteiten',
  'advisering',
  'onderwijs-professionals',
  'subsidies',
  'signaleren',
  'kennisplatform',
] as const;

export const TYPE_COUNTS: Readonly<Record<string, number>> = {
  netwerken: 18,
  workshops: 15,
  scans: 11,
  onderzoek: 10,
  'onderwijs-studenten': 9,
  'werken-met-studenten': 9,
  faciliteiten: 6,
  advisering: 5,
  'onderwijs-professionals': 5,
  subsidies: 5,
  signaleren: 4,
  kennisplatform: 3,
};

export const GEO_ORDER = [
  'nederland',
  'noord-nederland',
  'provincie-drenthe',
  'provincie-friesland',
  'provincie-groningen',
  'regio-assen',
  'zuidoost-drenthe',
  'noordoost-friesland',
  'niet-gespecificeerd',
] as const;

/** Activity type × geography, columns in GEO_ORDER. */
export const TYPE_GEOGRAPHY: Readonly<Record<string, readonly number[]>> = {
  advisering: [1, 2, 1, 0, 0, 0, 0, 0, 1],
  faciliteiten: [1, 4, 0, 0, 1, 0, 0, 0, 0],
  kennisplatform: [0, 1, 0, 0, 1, 0, 0, 0, 1],
  netwerken: [0, 10, 2, 4, 1, 0, 0, 0, 1],
  'onderwijs-professionals': [1, 3, 0, 0, 1, 0, 0, 0, 0],
  'onderwijs-studenten': [0, 4, 1, 1, 1, 2, 0, 0, 0],
  onderzoek: [0, 7, 0, 0, 3, 0, 0, 0, 0],
  scans: [1, 5, 2, 2, 0, 0, 0, 1, 0],
  signaleren: [0, 0, 1, 2, 0, 0, 0, 0, 1],
  subsidies: [0, 3, 1, 0, 0, 0, 0, 0, 1],
  'werken-met-studenten': [0, 2, 2, 2, 2, 1, 0, 0, 0],
  workshops: [0, 6, 2, 2, 1, 0, 2, 2, 0],
};

/** Activity type × knelpunt 0–11 (the row cells; the report's printed column totals for 5–7 are wrong). */
export const TYPE_BOTTLENECK: Readonly<Record<string, readonly number[]>> = {
  netwerken: [3, 0, 3, 1, 4, 4, 9, 10, 1, 3, 16, 1],
  workshops: [3, 11, 13, 6, 3, 0, 10, 7, 0, 0, 2, 0],
  scans: [7, 8, 5, 6, 4, 0, 1, 1, 1, 0, 3, 1],
  onderzoek: [2, 0, 1, 3, 3, 3, 4, 4, 0, 1, 6, 1],
  'onderwijs-studenten': [2, 1, 2, 0, 0, 7, 3, 0, 0, 0, 2, 1],
  'werken-met-studenten': [4, 2, 5, 3, 5, 1, 7, 7, 0, 0, 3, 0],
  faciliteiten: [0, 1, 3, 3, 3, 3, 1, 5, 0, 0, 3, 1],
  advisering: [1, 1, 1, 1, 2, 2, 2, 3, 0, 0, 4, 1],
  'onderwijs-professionals': [1, 1, 3, 0, 1, 0, 5, 2, 0, 0, 0, 0],
  subsidies: [0, 0, 0, 0, 4, 1, 0, 0, 4, 0, 2, 0],
  signaleren: [3, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0],
  kennisplatform: [1, 1, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0],
};

/** Total reach per activity type (Kennisplatform in bezoekers, all others in ondernemingen). */
export const REACH_BY_TYPE: Readonly<Record<string, number>> = {
  signaleren: 3000,
  netwerken: 1500,
  faciliteiten: 10,
  'werken-met-studenten': 350,
  'onderwijs-studenten': 25,
  'onderwijs-professionals': 150,
  advisering: 10,
  subsidies: 40,
  workshops: 8000,
  onderzoek: 100,
  scans: 1000,
  kennisplatform: 1500,
};

/** The nine Werken met studenten initiatives and their start years (null = unknown). */
export const WMS_INITIATIVES: Readonly<Record<string, number | null>> = {
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

/**
 * Organisations in at least 5 initiatives: number of initiatives and the published role columns
 * (contact, financier, initiatiefnemer, uitvoerder). The RUG row is inconsistent in the report
 * (uitvoerder 4, total 14); every other row sums to its total.
 */
export const ORGANISATION_COUNTS: Readonly<Record<string, { initiatives: number; roles: readonly [number, number, number, number] }>> = {
  'Hanzehogeschool Groningen': { initiatives: 18, roles: [0, 1, 3, 14] },
  RUG: { initiatives: 14, roles: [0, 0, 0, 4] },
  'NHL Stenden': { initiatives: 16, roles: [0, 1, 4, 11] },
  'Noorderpoort College': { initiatives: 11, roles: [0, 2, 2, 7] },
  'Gemeente Groningen': { initiatives: 10, roles: [1, 7, 1, 1] },
  'Provincie Drenthe': { initiatives: 9, roles: [0, 4, 2, 3] },
  'Provincie Groningen': { initiatives: 9, roles: [0, 7, 1, 1] },
  YnBusiness: { initiatives: 9, roles: [3, 0, 2, 4] },
  'VNO-NCW MKB Nederland': { initiatives: 7, roles: [3, 2, 0, 2] },
  'Ik Ben Drents Ondernemer (IBDO)': { initiatives: 7, roles: [3, 1, 1, 2] },
  'Gemeente Leeuwarden': { initiatives: 7, roles: [0, 5, 1, 1] },
  Rabobank: { initiatives: 6, roles: [3, 1, 0, 2] },
  SNN: { initiatives: 6, roles: [0, 5, 1, 0] },
  'Alfa College': { initiatives: 6, roles: [0, 1, 0, 5] },
  'ROC Friese Poort': { initiatives: 5, roles: [0, 1, 0, 4] },
  'Provincie Friesland': { initiatives: 5, roles: [0, 5, 0, 0] },
  'IT Academy Noord-Nederland': { initiatives: 5, roles: [1, 2, 0, 2] },
  'MKB Cyber Campus': { initiatives: 5, roles: [0, 1, 2, 2] },
  TNO: { initiatives: 5, roles: [0, 1, 0, 4] },
  'Economic Board Groningen': { initiatives: 5, roles: [0, 4, 0, 1] },
};

export const ROLE_ORDER = ['contact', 'financier', 'initiatiefnemer', 'uitvoerder'] as const;

export const INITIATIVE_COUNT = 33;
export const ACTIVITY_COUNT = 100;
