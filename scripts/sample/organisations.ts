/**
 * Organisations of the sample scan and the initiatives they take part in, per role.
 *
 * The first twenty are the report's "aanbieders aangesloten bij ten minste 5 initiatieven": each takes
 * part in exactly the published number of initiatives, with one role per initiative, and the role
 * columns equal the published ones — except RUG, whose published row is inconsistent (uitvoerder 4,
 * total 14): here it is uitvoerder in all 14. All other organisations take part in at most 4
 * initiatives (so the published table stays complete). Which organisation does what in which
 * initiative is illustrative. "Bouwplatform Noord" is invented.
 */

export interface OrganisationSpec {
  name: string;
  /** ORGANISATION_TYPES code. */
  type: string;
  /** Initiative keys (see initiatives.ts) per role code. */
  links: Partial<Record<'initiatiefnemer' | 'financier' | 'uitvoerder' | 'contact', string[]>>;
}

export const ORGANISATIONS: readonly OrganisationSpec[] = [
  {
    name: 'Hanzehogeschool Groningen',
    type: 'onderwijsinstelling',
    links: {
      initiatiefnemer: ['DSH', 'GDBC', 'AIW'],
      financier: ['HCA'],
      uitvoerder: ['WOO', 'KG', 'VLN', 'EDL', 'ITA', 'SIH', 'MCC', 'THA', 'DWD', 'HHR', 'ND', 'DBN', 'SDF', 'DVN'],
    },
  },
  {
    name: 'RUG',
    type: 'onderwijsinstelling',
    links: { uitvoerder: ['VLN', 'AIW', 'EDL', 'HHR', 'SFL', 'CSC', 'DSH', 'AST', 'GDBC', 'MCC', 'SIH', 'ND', 'HCA', 'ICD'] },
  },
  {
    name: 'NHL Stenden',
    type: 'onderwijsinstelling',
    links: {
      initiatiefnemer: ['CSC', 'MIC', 'VDV', 'DZF'],
      financier: ['ITA'],
      uitvoerder: ['DWF', 'ICD', 'HCA', 'DKNF', 'DVZD', 'DWD', 'SIH', 'AIW', 'CKN', 'MCC', 'ND'],
    },
  },
  {
    name: 'Noorderpoort College',
    type: 'onderwijsinstelling',
    links: {
      initiatiefnemer: ['KG', 'ITA'],
      financier: ['HCA', 'DBN'],
      uitvoerder: ['GDBC', 'MCC', 'EDL', 'SIH', 'DSH', 'CKN', 'WOO'],
    },
  },
  {
    name: 'Gemeente Groningen',
    type: 'gemeente',
    links: {
      contact: ['GDBC'],
      financier: ['KG', 'DSH', 'EDL', 'MCC', 'AIW', 'VLN', 'HCA'],
      initiatiefnemer: ['WOO'],
      uitvoerder: ['ND'],
    },
  },
  {
    name: 'Provincie Drenthe',
    type: 'provincie',
    links: {
      financier: ['ITHH', 'DWD', 'HHR', 'DVZD'],
      initiatiefnemer: ['IBDO', 'SFL'],
      uitvoerder: ['THA', 'TAA', 'ND'],
    },
  },
  {
    name: 'Provincie Groningen',
    type: 'provincie',
    links: {
      financier: ['GDBC', 'KG', 'WOO', 'DSH', 'SIH', 'DVN', 'AIW'],
      initiatiefnemer: ['EDL'],
      uitvoerder: ['MCC'],
    },
  },
  {
    name: 'YnBusiness',
    type: 'eerstelijnsorganisatie',
    links: {
      contact: ['DWF', 'ICD', 'DZF'],
      initiatiefnemer: ['YNB', 'DKNF'],
      uitvoerder: ['SIH', 'VDV', 'MIC', 'ND'],
    },
  },
  {
    name: 'VNO-NCW MKB Nederland',
    type: 'brancheorganisatie',
    links: { contact: ['MCC', 'IBDO', 'SIH'], financier: ['DWD', 'DWF'], uitvoerder: ['VDV', 'CKN'] },
  },
  {
    name: 'Ik Ben Drents Ondernemer (IBDO)',
    type: 'eerstelijnsorganisatie',
    links: { contact: ['DWD', 'ITHH', 'SFL'], financier: ['DVZD'], initiatiefnemer: ['IBDO'], uitvoerder: ['THA', 'SIH'] },
  },
  {
    name: 'Gemeente Leeuwarden',
    type: 'gemeente',
    links: { financier: ['CSC', 'DWF', 'DZF', 'HCA', 'YNB'], initiatiefnemer: ['MIC'], uitvoerder: ['ND'] },
  },
  {
    name: 'Rabobank',
    type: 'bank',
    links: { contact: ['IBDO', 'YNB', 'DKNF'], financier: ['SFL'], uitvoerder: ['VLN', 'VDV'] },
  },
  {
    name: 'SNN',
    type: 'samenwerkingsverband',
    links: { financier: ['SIH', 'SDF', 'ICD', 'EDL', 'HHR'], initiatiefnemer: ['DVN'] },
  },
  {
    name: 'Alfa College',
    type: 'onderwijsinstelling',
    links: { financier: ['ITHH'], uitvoerder: ['DWD', 'KG', 'HCA', 'ITA', 'DBN'] },
  },
  {
    name: 'ROC Friese Poort',
    type: 'onderwijsinstelling',
    links: { financier: ['ICD'], uitvoerder: ['DWF', 'DZF', 'DKNF', 'MIC'] },
  },
  {
    name: 'Provincie Friesland',
    type: 'provincie',
    links: { financier: ['DWF', 'YNB', 'ICD', 'DKNF', 'DZF'] },
  },
  {
    name: 'IT Academy Noord-Nederland',
    type: 'samenwerkingsverband',
    links: { contact: ['ITHH'], financier: ['HCA', 'TAA'], uitvoerder: ['ITA', 'THA'] },
  },
  {
    name: 'MKB Cyber Campus',
    type: 'samenwerkingsverband',
    links: { financier: ['KG'], initiatiefnemer: ['MCC', 'CKN'], uitvoerder: ['CSC', 'HCA'] },
  },
  {
    name: 'TNO',
    type: 'kennisinstelling',
    links: { financier: ['EDL'], uitvoerder: ['SIH', 'MCC', 'ICD', 'AIW'] },
  },
  {
    name: 'Economic Board Groningen',
    type: 'samenwerkingsverband',
    links: { financier: ['GDBC', 'WOO', 'DSH', 'EDL'], uitvoerder: ['VLN'] },
  },
  // Organisations in fewer than 5 initiatives.
  { name: 'Gemeente Hoogeveen', type: 'gemeente', links: { initiatiefnemer: ['ITHH'] } },
  { name: 'Gemeente Assen', type: 'gemeente', links: { initiatiefnemer: ['THA'], financier: ['TAA'] } },
  { name: 'Drenthe College', type: 'onderwijsinstelling', links: { initiatiefnemer: ['DWD', 'TAA'], uitvoerder: ['THA', 'SFL'] } },
  { name: 'Friesland College', type: 'onderwijsinstelling', links: { initiatiefnemer: ['DWF'], uitvoerder: ['MIC'] } },
  { name: 'Ministerie van Economische Zaken en Klimaat', type: 'rijksoverheid', links: { financier: ['DWD', 'DWF', 'WOO', 'ND'] } },
  { name: 'NOM', type: 'ontwikkelingsmaatschappij', links: { initiatiefnemer: ['SIH', 'SDF'], financier: ['VLN'] } },
  { name: 'Innovatiecluster Drachten', type: 'samenwerkingsverband', links: { initiatiefnemer: ['ICD'] } },
  { name: 'Gemeente Smallingerland', type: 'gemeente', links: { financier: ['ICD'] } },
  { name: 'Health Hub Roden', type: 'samenwerkingsverband', links: { initiatiefnemer: ['HHR'] } },
  { name: 'Gemeente Noordenveld', type: 'gemeente', links: { financier: ['HHR'] } },
  { name: 'UMCG', type: 'kennisinstelling', links: { uitvoerder: ['HHR', 'VLN'] } },
  { name: 'Astron', type: 'kennisinstelling', links: { initiatiefnemer: ['AST'] } },
  { name: 'Venture Lab North', type: 'overig', links: { initiatiefnemer: ['VLN'] } },
  { name: 'HCA ICT', type: 'samenwerkingsverband', links: { initiatiefnemer: ['HCA'] } },
  { name: 'Noorden Digitaal', type: 'samenwerkingsverband', links: { initiatiefnemer: ['ND'] } },
  { name: 'Gemeente Emmen', type: 'gemeente', links: { initiatiefnemer: ['DVZD'] } },
  { name: 'Gemeente Noardeast-Fryslân', type: 'gemeente', links: { financier: ['DKNF'] } },
  { name: 'KVK', type: 'overig', links: { uitvoerder: ['DKNF', 'DVN'] } },
  { name: 'Bouwplatform Noord', type: 'brancheorganisatie', links: { initiatiefnemer: ['DBN'] } },
];

/** Organisations that do not exist (named in the scan's notes). */
export const INVENTED_ORGANISATIONS: readonly string[] = ['Bouwplatform Noord'];
