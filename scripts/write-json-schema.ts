/**
 * Writes the JSON Schemas of the Profile and of the export envelope from the
 * zod schemas (the source of truth): schema/profile.schema.json and
 * schema/export.schema.json. `--check` fails when the files are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod';
import { ProfileSchema } from '../lib/schema/profile';
import { LibraryExportSchema } from '../lib/store/export';

const files: Array<[string, z.core.$ZodType, string]> = [
  ['schema/profile.schema.json', ProfileSchema, 'Profile Lens profile'],
  ['schema/export.schema.json', LibraryExportSchema, 'Profile Lens export file'],
];
const check = process.argv.includes('--check');
let stale = 0;
for (const [file, schema, title] of files) {
  const json = JSON.stringify({ title, ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) }, null, 2) + '\n';
  if (check) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== json) {
      console.error(`${file} is stale: run npm run schema`);
      stale++;
    }
  } else {
    writeFileSync(file, json);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale ? 1 : 0);
