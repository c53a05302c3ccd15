import { readFileSync } from 'node:fs';
import { documentFor } from '/work/main/cli/dom';
import { takeSnapshot } from '/work/main/lib/snapshot/take';
import { textSnapshot } from '/work/main/lib/snapshot/text';
const f = process.argv[2]!;
const c = readFileSync(f, 'utf8');
const s = /\.txt$/.test(f) ? textSnapshot(c, 'x') : takeSnapshot(documentFor(c, f), 'https://x.com');
for (const b of s.blocks) console.log(JSON.stringify({ k: b.kind, t: b.text.slice(0, 120), p: b.parts?.length, g: b.group, s: b.section, l: b.level, d: b.depth }));
