/**
 * Region names that, in a list of patent jurisdictions, mean a regional patent office: a family
 * "granted or pending in ... Europe" is a European patent, which reaches the EPC states (not Russia or
 * Ukraine, as the region Europe would); "Eurasia" is the Eurasian patent. Keys are folded as
 * `normalizeName` folds them.
 */
export const OFFICE_BY_REGION_NAME: ReadonlyMap<string, string> = new Map([
  ['europe', 'EP'],
  ['european patent', 'EP'],
  ['european patent office', 'EP'],
  ['eurasia', 'EA'],
  ['eurasian patent', 'EA'],
  ['eurasian patent organization', 'EA'],
]);
