/** The CLI's contract: Profile JSON and exit 0; exit 3 with one line when there is no profile; exit 2 on usage or read errors. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ProfileSchema } from '../../lib/schema/profile';

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/profile-lens.mjs', ...args], { encoding: 'utf8', timeout: 30_000 });

describe('profile-lens extract', () => {
  it('prints a schema-valid Profile for a Himalayas page', () => {
    const r = run('extract', 'tests/fixtures/eval/himalayas-petercai1.html', '--url', 'https://himalayas.app/@petercai1');
    expect(r.status).toBe(0);
    const p = ProfileSchema.parse(JSON.parse(r.stdout));
    expect(p.id).toBe('himalayas:petercai1');
    expect(p.experience.map((e) => e.company)).toEqual(['ByteDance', 'Microsoft']);
  });
  it('reads a .txt as a plain-text page', () => {
    const r = run('extract', 'tests/fixtures/eval/resume-michael-dai.txt', '--url', 'https://michaeldai.dev/resume.txt');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).name).toBe('Michael Dai');
  });
  it('writes JSON Resume with --format jsonresume', () => {
    const r = run('extract', 'tests/fixtures/eval/himalayas-sofiamarchetti.html', '--url', 'https://himalayas.app/@sofiamarchetti', '--format', 'jsonresume');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).basics.name).toBe('Sofia Marchetti');
  });
  it.each<[string[], number, RegExp]>([
    [['extract', 'tests/fixtures/seeds/nothing-here.html'], 2, /cannot read/],
    [['extract'], 2, /usage/],
    [['frobnicate', 'x.html'], 2, /usage/],
    [['extract', 'tests/fixtures/eval/himalayas-petercai1.html', '--format', 'xml'], 2, /--format/],
    [['extract', 'tests/fixtures/eval/himalayas-petercai1.html', '--bogus'], 2, /unknown option/],
  ])('%j exits %i', (args, code, message) => {
    const r = run(...args);
    expect(r.status).toBe(code);
    expect(r.stderr.split('\n')[0]).toMatch(message);
    expect(r.stdout).toBe('');
  });
  it('exits 3 with a one-line reason when the page holds no profile', () => {
    const r = run('extract', 'tests/fixtures/blank.html', '--url', 'https://example.com/');
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
