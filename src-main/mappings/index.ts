/**
 * The mappings domain (docs/mappings.md): reusable mapping rules — a value of a dimension → a code,
 * a workbook header → a field — stored in the database, applied to the values kept unmapped (one
 * change group, origin `mapping`) and by every later import, exported to a file another database
 * imports. Other domains import this file only.
 */
export { storedMappingRules, rememberImportRules } from './import-rules';
export { listRules, mapValue, mapColumn, unmapValue, unmapRule } from './rules';
export { exportRules, importRules } from './rules-file';
export { unmappedValues } from './unmapped';
