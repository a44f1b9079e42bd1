/**
 * Texts of the import report, by code, in Dutch and English. Parameters are filled in by name.
 * Pure module shared by main (stores the English text) and renderer (shows the user's language).
 */
export type IssueParams = Readonly<Record<string, string | number>>;

const MESSAGES = {
  'near-spelling': {
    nl: '"{text}" gelezen als "{label}" ({dimension}, bijna dezelfde spelling).',
    en: '"{text}" read as "{label}" ({dimension}, near spelling).',
  },
  'value-mapped': {
    nl: '"{text}" gelezen als "{label}" ({dimension}), zoals de koppeling zegt.',
    en: '"{text}" read as "{label}" ({dimension}), as the mapping says.',
  },
  ambiguous: {
    nl: '"{text}" lijkt op zowel {candidates} ({dimension}); niet gekozen, bewaard als niet-gekoppelde waarde.',
    en: '"{text}" is close to both {candidates} ({dimension}); not guessed, kept as an unmapped value.',
  },
  'unmapped-value': {
    nl: '"{text}" komt niet voor in het codeboek van {dimension}; bewaard als niet-gekoppelde waarde.',
    en: '"{text}" matches no code of {dimension}; kept as an unmapped value.',
  },
  'extra-single-value': {
    nl: '{dimension} heeft één waarde per activiteit; "{kept}" gebruikt, "{text}" bewaard als niet-gekoppelde waarde.',
    en: '{dimension} takes one value per activity; "{kept}" used, "{text}" kept as an unmapped value.',
  },
  'new-region': {
    nl: 'Nieuwe regio "{text}" toegevoegd aan Geografie (nog zonder plaats in de hiërarchie).',
    en: 'New region "{text}" added to Geography (not yet placed in the hierarchy).',
  },
  'no-activity-name': {
    nl: 'Rij zonder naam van de activiteit; niet geïmporteerd.',
    en: 'Row without an activity name; not imported.',
  },
  'no-initiative': {
    nl: 'Rij zonder initiatief; niet geïmporteerd.',
    en: 'Row without an initiative; not imported.',
  },
  'missing-type': {
    nl: 'Activiteit "{activity}" heeft geen type activiteit; niet geïmporteerd.',
    en: 'Activity "{activity}" has no activity type; not imported.',
  },
  'unknown-type': {
    nl: 'Type activiteit "{text}" past bij geen van de 12 typen; activiteit "{activity}" niet geïmporteerd.',
    en: 'Activity type "{text}" matches none of the 12 types; activity "{activity}" not imported.',
  },
  'duplicate-activity': {
    nl: 'Activiteit "{activity}" van "{initiative}" staat er vaker in; de rijen zijn samengevoegd.',
    en: 'Activity "{activity}" of "{initiative}" appears more than once; the rows were merged.',
  },
  'duplicate-initiative': {
    nl: 'Initiatief "{initiative}" staat er vaker in; de rijen zijn samengevoegd.',
    en: 'Initiative "{initiative}" appears more than once; the rows were merged.',
  },
  'conflicting-value': {
    nl: '{field} van "{initiative}" is eerder "{kept}"; "{text}" niet overgenomen.',
    en: '{field} of "{initiative}" was "{kept}" earlier; "{text}" not taken.',
  },
  'initiative-created': {
    nl: 'Initiatief "{initiative}" ontbreekt op het blad met initiatieven; aangemaakt.',
    en: 'Initiative "{initiative}" is missing from the initiatives sheet; created.',
  },
  'initiative-without-activities': {
    nl: 'Initiatief "{initiative}" heeft geen activiteiten.',
    en: 'Initiative "{initiative}" has no activities.',
  },
  'number-as-text': {
    nl: 'Getal als tekst "{text}" gelezen als {number}.',
    en: 'Number written as text "{text}" read as {number}.',
  },
  'number-range': {
    nl: '"{text}" is een bereik; de ondergrens {number} gebruikt.',
    en: '"{text}" is a range; its lower bound {number} used.',
  },
  'number-unreadable': {
    nl: '"{text}" is geen getal; {field} blijft onbekend.',
    en: '"{text}" is not a number; {field} left unknown.',
  },
  'reach-implausible': {
    nl: '"{text}" is meer dan een miljard (1.000.000.000), geen aannemelijk bereik; bereik blijft onbekend.',
    en: '"{text}" is more than a billion (1,000,000,000), not a plausible reach; reach left unknown.',
  },
  'year-unreadable': {
    nl: '"{text}" is geen jaartal; startjaar blijft onbekend.',
    en: '"{text}" is not a year; start year left unknown.',
  },
  'unclear-mark': {
    nl: '"{text}" is geen duidelijke markering (x, ja, 1); {dimension} "{label}" niet aangevinkt.',
    en: '"{text}" is not a clear mark (x, yes, 1); {dimension} "{label}" not marked.',
  },
  'provider-unknown-activity': {
    nl: 'Aanbieder "{organisation}" hoort bij activiteit "{activity}" van "{initiative}", die niet bestaat; niet geïmporteerd.',
    en: 'Provider "{organisation}" belongs to activity "{activity}" of "{initiative}", which does not exist; not imported.',
  },
  'provider-all-activities': {
    nl: 'Aanbieder "{organisation}" zonder activiteit; toegekend aan alle {count} activiteiten van "{initiative}".',
    en: 'Provider "{organisation}" without an activity; assigned to all {count} activities of "{initiative}".',
  },
  'provider-without-organisation': {
    nl: 'Rij zonder organisatie; niet geïmporteerd.',
    en: 'Row without an organisation; not imported.',
  },
  'provider-without-role': {
    nl: 'Organisatie "{organisation}" zonder rol; rol blijft onbekend.',
    en: 'Organisation "{organisation}" without a role; role left unknown.',
  },
  'organisation-type-conflict': {
    nl: 'Organisatie "{organisation}" heeft al type "{kept}"; "{text}" niet overgenomen.',
    en: 'Organisation "{organisation}" already has type "{kept}"; "{text}" not taken.',
  },
  'mixed-encoding': {
    nl: 'Deze regel is niet in UTF-8 geschreven, zoals de rest van het bestand; gelezen als Windows-1252, controleer de tekens.',
    en: 'This line is not written in UTF-8 like the rest of the file; read as Windows-1252, check its characters.',
  },
  'control-characters': {
    nl: 'Onzichtbare stuurtekens uit de cel verwijderd.',
    en: 'Invisible control characters removed from the cell.',
  },
  'hidden-sheet': {
    nl: 'Verborgen blad "{sheet}" is ook gelezen.',
    en: 'Hidden sheet "{sheet}" was read too.',
  },
  'sheet-skipped': {
    nl: 'Blad "{sheet}" bevat geen herkenbare tabel en is overgeslagen.',
    en: 'Sheet "{sheet}" holds no recognisable table and was skipped.',
  },
  // Reports stored by earlier versions, which left such columns out.
  'column-ignored': {
    nl: 'Kolom "{header}" is niet herkend; de {count} waarden erin zijn niet geïmporteerd.',
    en: 'Column "{header}" was not recognised; its {count} values were not imported.',
  },
  'column-kept': {
    nl: 'Kolom "{header}" is niet herkend; de {count} waarden erin zijn bewaard als extra veld "{header}".',
    en: 'Column "{header}" was not recognised; its {count} values were kept as the extra field "{header}".',
  },
  'column-headerless': {
    nl: 'Kolom {letter} heeft geen kop; de {count} waarden erin zijn bewaard als extra veld "{header}".',
    en: 'Column {letter} has no header; its {count} values were kept as the extra field "{header}".',
  },
  'column-mapped': {
    nl: 'Kolom "{header}" gelezen als {target}, zoals de koppeling zegt.',
    en: 'Column "{header}" read as {target}, as the mapping says.',
  },
  'region-placed': {
    nl: 'Nieuwe regio "{text}" geplaatst onder "{parent}".',
    en: 'New region "{text}" placed under "{parent}".',
  },
  'title-row-differs': {
    nl: '{field} "{kept}" uit de titelrij gebruikt; het blad Scan noemt "{text}".',
    en: '{field} "{kept}" taken from the title row; the Scan sheet says "{text}".',
  },
  'note-row': {
    nl: 'Rij gelezen als opmerking onder de tabel, niet als activiteit.',
    en: 'Row read as a note below the table, not as an activity.',
  },
  'scan-key-ignored': {
    nl: 'Onbekend veld "{text}" op het blad Scan; niet geïmporteerd.',
    en: 'Unknown field "{text}" on the Scan sheet; not imported.',
  },
} as const satisfies Record<string, { nl: string; en: string }>;

export type IssueCode = keyof typeof MESSAGES;

export function importMessage(code: IssueCode, params: IssueParams, language: 'nl' | 'en'): string {
  return MESSAGES[code][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
