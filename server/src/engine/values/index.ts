// Value readers: small, pure functions that interpret clause values for lint rules.
// None of them throws; each returns undefined for what it cannot read.

export * from './money';
export * from './percent';
export * from './countries';
export * from './regions';
export * from './dates';
export * from './durations';
