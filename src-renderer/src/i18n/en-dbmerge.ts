import type { nlDbmerge } from './nl-dbmerge';

/** English texts of merging a Regioscan database (.sqlite) and exporting scans as one. */
export const enDbmerge: Record<keyof typeof nlDbmerge, string> = {
  'dbmerge.choose': 'Merge a database…',
  'dbmerge.title': 'Merge database: {file}',
  'dbmerge.lead': 'These scans come into your database with their history, links, survey answers and import reports. Nothing is saved until “Merge”; a backup is made first.',
  'dbmerge.reading': 'Checking and reading {file}…',
  'dbmerge.col.here': 'In your database',
  'dbmerge.new': 'New: will be added',
  'dbmerge.exists': 'A scan for this region and year exists: ‘{title}’',
  'dbmerge.decision': 'What to do with ‘{title}’',
  'dbmerge.replace': 'Replace',
  'dbmerge.keepBoth': 'Keep both',
  'dbmerge.chooseFirst': 'First choose for every scan that exists already: replace or keep both.',
  'dbmerge.cancel': 'Cancel',
  'dbmerge.commit': '{count, plural, one {Merge # scan} other {Merge # scans}}',
  'dbmerge.done.title': '{file} was merged',
  'dbmerge.done.text': '{count, plural, one {# scan} other {# scans}} added or replaced ({replaced} replaced). The history names the file.',
  'dbmerge.failed.title': '{file} was not merged',
  'dbmerge.export.selected': 'Selected scans as a database (.sqlite)',
  'dbmerge.export.one': 'Export scan ‘{title}’ as a database (.sqlite)',
  'dbmerge.exported': 'Database exported: {file}',
};
