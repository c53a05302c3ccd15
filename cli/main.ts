/**
 * The CLI: the same pipeline as the extension, in Node.
 *
 *   profile-lens extract <file.html|file.txt> [--url <page url>] [--format profile|jsonresume] [--now <ISO date>]
 *
 * Prints the Profile as JSON on stdout and exits 0; exits 3 with a one-line
 * reason on stderr when the page holds no profile; exits 2 on usage or read
 * errors. A .txt file is read as a plain-text page, the way a browser shows
 * text/plain.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { takeSnapshot } from '../lib/snapshot/take';
import { runPipeline } from '../lib/pipeline';
import { textSnapshot } from '../lib/snapshot/text';
import { toJsonResume } from '../lib/store/export';
import { documentFor } from './dom';

const USAGE = 'usage: profile-lens extract <file.html|file.txt> [--url <page url>] [--format profile|jsonresume] [--now <ISO date>]';

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command !== 'extract') return fail(2, USAGE);
  let file: string | undefined;
  let url: string | undefined;
  let now: Date | undefined;
  let format = 'profile';
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--url') url = rest[++i];
    else if (a === '--now') now = new Date(rest[++i] ?? '');
    else if (a === '--format') format = rest[++i] ?? '';
    else if (a === '-h' || a === '--help') return (process.stdout.write(USAGE + '\n'), 0);
    else if (a.startsWith('-')) return fail(2, `unknown option ${a}\n${USAGE}`);
    else if (!file) file = a;
    else return fail(2, USAGE);
  }
  if (!file || (rest.includes('--url') && !url)) return fail(2, USAGE);
  if (now && Number.isNaN(now.getTime())) return fail(2, 'invalid --now date');
  if (format !== 'profile' && format !== 'jsonresume') return fail(2, `unknown --format ${format}: use profile or jsonresume`);
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    return fail(2, `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const pageUrl = url ?? pathToFileURL(path.resolve(file)).href;
  const snapshot = /\.(txt|text)$/i.test(file) ? textSnapshot(content, pageUrl) : takeSnapshot(documentFor(content, file), pageUrl);
  const result = runPipeline(snapshot, { now });
  if (!result.ok) return fail(3, result.reason);
  const output = format === 'jsonresume' ? toJsonResume(result.profile) : result.profile;
  process.stdout.write(JSON.stringify(output, null, 2) + '\n');
  return 0;
}

function fail(code: number, message: string): number {
  process.stderr.write(message.split('\n')[0] + '\n');
  if (message.includes('\n')) process.stderr.write(message.split('\n').slice(1).join('\n') + '\n');
  return code;
}
