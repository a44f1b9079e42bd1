/**
 * The activities domain as other parts of main see it: the activity index and its bitsets (every
 * filter is answered there), the facet counts and tables, `--where`, and the reads and writes on the
 * tables it owns (initiatives, activities, their codes, organisations, extra fields, search text).
 */
export * as B from './bitsets';
export { activityIndex, filterMasks, geographySubtrees, initiativeFocusMap, invalidateIndex, refreshIndex, scanListBits, type IndexChanges, type ActivityIndex, type FilterMasks, type ValueInfo } from './activity-index';
export { codesByPosition } from './activity-codes';
export { facetCounts } from './facets';
export { activityDetail, focusOf, initiativeDetail, queryActivities, queryInitiatives, roleValue, type ActivityQuery } from './queries';
export { parseWhere, type ClauseOption } from './where';
export { knownOpenEntries } from './values';
export { ftsQuery } from './text-search';
export {
  activityNames,
  countsPerScan,
  initiativeExists,
  initiativeRows,
  initiativesOfScan,
  organisationTypes,
  providerRows,
  providersInRole,
  providersWithType,
  reachUnits,
} from './repository';
export { geographyCounts, geographyRows, hasCode, hasOrganisation, hasUnmapped, setGeographyParent, valueLabel, type GeographyRow } from './values-repository';
export { codedValueIds, contentWrites, organisationKeys, scanContent, unmappedValueId } from './content-repository';
export * as edit from './edit-repository';
export * as mapping from './mapping-repository';
export * as historyTracking from './history-tracking-repository';
export { activityExtras } from './extra-fields';
export {
  activityRecords,
  extraColumnNames,
  geographyRecords,
  initiativeExtraRecords,
  initiativeRecords,
  providerRecords,
  valueRecords,
  type ActivityRecord,
  type ValueRecord,
} from './publication-repository';
