/**
 * The big hostile fixtures, generated rather than committed (megabytes of
 * repeated text say nothing a reader needs to see): absurdly long fields, a
 * 5 MB page, a JSON-LD block holding a 5 MB string, 10,000-deep nesting of
 * elements and of JSON, and JSON-LD too wide or too many to walk. The unit test (tests/unit/hostile.test.ts) and the
 * Chromium test (tests/e2e/security.test.ts) read the same pages.
 */

/** 200 KB, in words (so nothing can split it into a short first word). */
export const LONG = 200 * 1024;
const filler = (word: string, size: number) => (word + ' ').repeat(Math.ceil(size / (word.length + 1))).slice(0, size).trim();

/** A Himalayas-shaped profile whose every field is 200 KB long; entries are <article>s so the title stays one block. */
export function longFieldsPage(): string {
  const big = (w: string) => filler(w, LONG);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${big('Title')}</title>
<meta name="description" content="${big('meta')}"></head><body><div id="root">
<div class="hero"><h1>${big('Name')}</h1><div>@longfields</div><div>${big('Headline')}</div></div>
<section><h2>Experience</h2>
<article><div>${big('Architect')}</div><div>${big('Company')}</div><div>Apr 2021 - Present (4 years 8 months)</div><div>${big('Description')}</div></article>
<article><div>Engineer</div><div>Acme</div><div>Jan 2019 - Mar 2021</div><div>Short one.</div></article>
</section>
<section><h2>Education</h2>
<article><div>${big('Institution')}</div><div>${big('Degree')}</div><div>2014 - 2018</div></article>
</section>
<div><div>Location</div><div>${big('Location')}</div></div>
<div><div>Skills</div><div><span>${big('Skill')}</span><span>Python</span></div></div>
</div></body></html>`;
}

/** A plain-text resume with a 200 KB summary, role title, highlight, description and institution. */
export function longFieldsText(): string {
  return [
    'Jordan Longline',
    'Staff Engineer',
    'jordan@example.com',
    '',
    'SUMMARY',
    filler('Summary', LONG),
    '',
    'EXPERIENCE',
    '',
    'Architect — Acme',
    'Jan 2019 – Present',
    '• ' + filler('Highlight', LONG),
    '',
    filler('Title', LONG) + ' — Initech',
    'Jan 2017 – Dec 2018',
    '',
    'Engineer — Globex',
    'Jan 2015 – Dec 2016',
    filler('Description', LONG),
    '',
    'EDUCATION',
    '',
    filler('Institution', LONG),
    'BSc Computer Science, 2010 – 2014',
    '',
    'SKILLS',
    'Python, Go',
  ].join('\n');
}

/** A Himalayas-shaped profile of about `bytes` (default 5 MB): many roles, long descriptions. */
export function bigPage(bytes = 5 * 1024 * 1024): string {
  const parts = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Big | Himalayas</title></head><body><div id="root">',
    '<div class="hero"><div><span>Bob Bigpage</span></div><div>@bigpage</div><div>Engineer who writes a lot</div></div>',
    '<div class="blk"><h2>Experience</h2>',
  ];
  let size = parts.join('').length;
  for (let i = 0; size < bytes - 1000; i++) {
    const y = 1990 + (i % 30);
    const row = `<div class="row"><div class="t">Engineer ${i} &lt;img src=x onerror=alert(${i})&gt;</div><div class="c">Company ${i}</div><div class="d">Jan ${y} - Dec ${y + 1}</div><div class="x">${filler('Built Go and Kafka services; <b>improved</b> latency.', 2000)}</div></div>`;
    parts.push(row);
    size += row.length;
  }
  parts.push('</div></div></body></html>');
  return parts.join('');
}

/** JSON-LD whose Person name is a 5 MB string (beyond the snapshot's 1 MB cap per block), next to a small valid block. */
export function hugeJsonLdPage(): string {
  const huge = JSON.stringify({ '@type': 'Person', name: 'A'.repeat(5 * 1024 * 1024), description: '<script>window.__pwned=1</script>' });
  const ok = JSON.stringify({ '@type': 'Person', name: 'Hugh Jason', jobTitle: 'Engineer', worksFor: { '@type': 'Organization', name: 'Acme' } });
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Huge JSON-LD | Himalayas</title>
<script type="application/ld+json">${ok}</script>
<script type="application/ld+json">${huge}</script></head><body><div id="root"><p>Loading…</p></div></body></html>`;
}

/** 10,000 nested elements around the profile, and JSON-LD nested 10,000 deep (arrays and objects). */
export function deepNestingPage(depth = 10_000): string {
  const deepArray = '['.repeat(depth) + '{"@type":"Person","name":"Deep Array"}' + ']'.repeat(depth);
  const deepObject = '{"a":'.repeat(depth) + '{"@type":"Person","name":"Deep Object"}' + '}'.repeat(depth);
  const deepGraph = '{"@graph":'.repeat(depth) + '{"@type":"Person","name":"Deep Graph"}' + '}'.repeat(depth);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Deep | Himalayas</title>
<script type="application/ld+json">${deepArray}</script>
<script type="application/ld+json">${deepObject}</script>
<script type="application/ld+json">${deepGraph}</script></head><body>
${'<div>'.repeat(depth)}<span>Dee Deep</span><div>@deepnesting</div><div>Engineer &lt;img src=x onerror=alert(1)&gt;</div>
<h2>Experience</h2><div><div>Engineer</div><div>Acme</div><div>Jan 2019 - Present</div></div>${'</div>'.repeat(depth)}
</body></html>`;
}

/** A JSON-LD array of 400,000 numbers (800 KB, under the 1 MB cap): too many to spread into one function call. */
export function wideJsonLdPage(): string {
  const wide = '[' + Array.from({ length: 400_000 }, () => '1').join(',') + ']';
  const ok = JSON.stringify({ '@type': 'Person', name: 'Wanda Wide', jobTitle: 'Engineer', worksFor: { '@type': 'Organization', name: 'Acme' } });
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Wide | Himalayas</title>
<script type="application/ld+json">${wide}</script>
<script type="application/ld+json">${ok}</script></head><body><div id="root"><p>Loading…</p></div></body></html>`;
}

/** 20,000 JSON-LD nodes in one block (a big @graph) before the Person in another block. */
export function floodJsonLdPage(): string {
  const flood = JSON.stringify({ '@graph': Array.from({ length: 20_000 }, (_, i) => ({ '@type': 'Thing', name: `Item ${i}` })) });
  const ok = JSON.stringify({ '@type': 'Person', name: 'Flora Flood', jobTitle: 'Engineer', worksFor: { '@type': 'Organization', name: 'Acme' } });
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Flood | Himalayas</title>
<script type="application/ld+json">${ok}</script>
<script type="application/ld+json">${flood}</script></head><body><div id="root"><p>Loading…</p></div></body></html>`;
}

/**
 * A small real profile plus twelve JSON-LD blocks of almost 1 MB each: every
 * block is within the snapshot's cap, but the snapshot (about 12 MB) is larger
 * than storage.session holds (10 MB in Chrome), where the background keeps it.
 */
export function oversizeSnapshotPage(blocks = 12, handle = 'oversize'): string {
  const junk = JSON.stringify({ '@type': 'Thing', description: 'x'.repeat(990_000) });
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Oversize | Himalayas</title>
${`<script type="application/ld+json">${junk}</script>\n`.repeat(blocks)}</head><body><div id="root">
<div class="hero"><div><span>Olive Oversize</span></div><div>@${handle}</div><div>Engineer</div></div>
<div class="blk"><h2>Experience</h2><div class="row"><div>Engineer</div><div>Acme</div><div>Jan 2019 - Present</div></div></div>
</div></body></html>`;
}
