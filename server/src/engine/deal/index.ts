// The deal as rules, views and adapters read it: amounts and the deal value, territory, patents, the asset,
// what is stated, and the clauses fixes insert. Nothing here knows the source format.
export * from './asset';
export * from './deal-value';
export * from './describe';
export * from './money';
export * from './parties';
export * from './patents';
export * from './placeholders';
export * from './skeletons';
export * from './stated';
export * from './statements';
export * from './prose-statements';
export * from './sentences';
export * from './regulator-interactions';
export * from './territory';
export * from './deal';
export * from './readings';
