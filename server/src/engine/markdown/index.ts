export { readMarkdownSheet, layoutOf, type MarkdownLayout, type Placement } from './reader';
export { MarkdownEditor } from './editor';
export { findFrontMatter } from './front-matter';
export { isMarkdownTermSheet } from './front-matter-sheet';
export { SYNONYMS, resolveLabel, normalizeLabel, stripNumbering, labelFor, type Synonym, type ValueKind } from './synonyms';
