#!/usr/bin/env node
// Entry point for `profile-lens` and `npm run extract`: loads the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = main(process.argv.slice(2));
