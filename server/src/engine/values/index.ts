// Value readers: small, pure functions that interpret clause values for lint rules.
// None of them throws; each returns undefined for what it cannot read.

export * from './money';
export * from './percent';
export { COUNTRY_NAMES, countryName, readCountry } from './countries';
export { REGIONS, expandTerritory, readRegion, type TerritoryReading } from './regions';
export * from './dates';
export * from './durations';
export * from './bands';
