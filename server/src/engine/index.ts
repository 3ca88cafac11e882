export * from './text';
export * from './model';
export * from './rule';
export * from './config';
export * from './editor';
export * from './lint';
export * from './fixes';
export * from './directives';
export { readYamlSheet } from './yaml-reader';
