/** The Te koppelen screen's channels: values kept unmapped, the stored rules, map, remove a rule, export and import the rules. */
import type { DomainHandlers } from '../rpc/types';
import { deliver } from '../rpc/deliver';
import { exportRules, importRules } from './rules-file';
import { listRules, mapValue, unmapRule } from './rules';
import { unmappedValues } from './unmapped';

export const mappingHandlers: DomainHandlers<'mappings.unmapped' | 'mappings.rules' | 'mappings.map' | 'mappings.unmap' | 'mappings.export' | 'mappings.import'> = {
  'mappings.unmapped': (db) => unmappedValues(db),
  'mappings.rules': (db, { language }) => listRules(db, language ?? 'nl'),
  'mappings.map': (db, { dimension, value, code, language }) => mapValue(db, { dimension, value, code, lang: language ?? 'nl' }),
  'mappings.unmap': (db, { id }) => unmapRule(db, id),
  'mappings.export': (db, _args, env) => deliver(env, 'regioscan-koppelregels.json', Buffer.from(exportRules(db), 'utf8')),
  'mappings.import': (db, { fileName, text }) => importRules(db, Buffer.from(text, 'utf8'), fileName),
};
