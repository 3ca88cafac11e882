export { readMarkdownSheet, layoutOf, type MarkdownLayout, type Placement } from './reader';
export { MarkdownEditor } from './editor';
export { isMarkdownTermSheet, findFrontMatter } from './front-matter';
export { SYNONYMS, resolveLabel, normalizeLabel, stripNumbering, labelFor, type Synonym, type ValueKind } from './synonyms';
