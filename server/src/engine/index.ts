export * from './text';
export * from './model';
export * from './rule';
export * from './config';
export * from './editor';
export * from './lint';
export * from './fixes';
export * from './directives';
export * from './data-rules';
export * from './config-file';
export * from './schema';
export { readYamlSheet } from './yaml-reader';
export { clauseNamedBy } from './markdown/synonyms';
export * from './term-sheet-names';
// readMarkdownSheet comes with './lint', which loads the Markdown reader when first asked.
// What rules read values with: the engine's public entry is all a rule imports.
export * from './values';
export { countriesCoveredBy } from './patent-offices';
export { editDistance } from './edit-distance';
export { isShared } from './shared-nodes';
export * from './deal';
