import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ROOT } from './run-cli';

/** The official OASIS schema, kept in the tree (see its README for source and licence). */
export const SCHEMA_PATH = path.join(ROOT, 'test/cli/schemas/sarif-schema-2.1.0.json');

let validateSarif: ValidateFunction | undefined;

/** Fails with the schema's first errors when the text is not a valid SARIF 2.1.0 log. */
export function assertValidSarif(text: string): void {
  if (!validateSarif) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validateSarif = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')));
  }
  assert.ok(validateSarif(JSON.parse(text)), JSON.stringify(validateSarif.errors?.slice(0, 10), null, 2));
}
