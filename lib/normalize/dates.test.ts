import { describe, expect, it } from 'vitest';
import {
  checkStatedDuration,
  findDateRange,
  isOpenEnd,
  mergeRanges,
  monthsBetween,
  parseDateRange,
  parsePartialDate,
  parseStatedDuration,
} from './dates';

const NOW = new Date('2025-11-15T12:00:00Z');

describe('parsePartialDate', () => {
  const rows: Array<[string, string | null, ('year' | 'month')?]> = [
    ['Dec 2018', '2018-12', 'month'],
    ['December 2018', '2018-12', 'month'],
    ['Dec. 2018', '2018-12', 'month'],
    ['Sept 2018', '2018-09', 'month'],
    ['Sept. 2018', '2018-09', 'month'],
    ['Sep 2018', '2018-09', 'month'],
    ['12/2018', '2018-12', 'month'],
    ['01/04/2021', '2021-04', 'month'],
    ['31.12.2019', '2019-12', 'month'],
    ['12/31/2019', '2019-12', 'month'],
    ['32/01/2019', null],
    ['3/2019', '2019-03', 'month'],
    ['3.2019', null],
    ['12.2018', '2018-12', 'month'],
    ['12-2018', '2018-12', 'month'],
    ['2018-12', '2018-12', 'month'],
    ['2018/12', '2018-12', 'month'],
    ['2018-12-05', '2018-12', 'month'],
    ['2018.12', '2018-12', 'month'],
    ['2018.07', '2018-07', 'month'],
    ['2018.7', null],
    ['2018.13', null],
    ['2018', '2018', 'year'],
    ['  2018 ', '2018', 'year'],
    ['(2018)', '2018', 'year'],
    ['’18', '2018', 'year'],
    ["'99", '1999', 'year'],
    ["Dec '18", '2018-12', 'month'],
    ['Summer 2015', '2015-06', 'month'],
    ['Spring 2016', '2016-03', 'month'],
    ['Fall 2017', '2017-09', 'month'],
    ['Autumn 2017', '2017-09', 'month'],
    ['Winter 2018', '2018-01', 'month'],
    ['summer of 2015', '2015-06', 'month'],
    ['enero de 2019', '2019-01', 'month'],
    ['ene 2019', '2019-01', 'month'],
    ['dic. 2020', '2020-12', 'month'],
    ['septiembre 2020', '2020-09', 'month'],
    ['Januar 2019', '2019-01', 'month'],
    ['März 2019', '2019-03', 'month'],
    ['Mai 2019', '2019-05', 'month'],
    ['Okt 2019', '2019-10', 'month'],
    ['Dez. 2019', '2019-12', 'month'],
    ['janvier 2019', '2019-01', 'month'],
    ['janv. 2019', '2019-01', 'month'],
    ['février 2019', '2019-02', 'month'],
    ['FÉVRIER 2019', '2019-02', 'month'],
    ['juillet 2019', '2019-07', 'month'],
    ['juil. 2019', '2019-07', 'month'],
    ['août 2019', '2019-08', 'month'],
    ['déc. 2019', '2019-12', 'month'],
    ['março de 2020', '2020-03', 'month'],
    ['abr 2020', '2020-04', 'month'],
    ['out 2020', '2020-10', 'month'],
    ['dez 2020', '2020-12', 'month'],
    ['gennaio 2021', '2021-01', 'month'],
    ['mag 2021', '2021-05', 'month'],
    ['giu 2021', '2021-06', 'month'],
    ['lug 2021', '2021-07', 'month'],
    ['ott 2021', '2021-10', 'month'],
    ['dicembre 2021', '2021-12', 'month'],
    ['5 Dec 2018', '2018-12', 'month'],
    ['Dec 5, 2018', '2018-12', 'month'],
    ['December, 2018', '2018-12', 'month'],
    ['1950', '1950', 'year'],
    ['2100', '2100', 'year'],
    // negatives
    ['1949', null],
    ['2101', null],
    ['18', null],
    ['13/2018', null],
    ['2018-13', null],
    ['Foo 2018', null],
    ['Present', null],
    ['', null],
    ['99.9%', null],
    ['2018 and 2019', null],
  ];
  it.each(rows)('%j → %j', (input, date, precision) => {
    const r = parsePartialDate(input);
    if (date === null) expect(r).toBeNull();
    else expect(r).toEqual({ date, precision });
  });
});

describe('isOpenEnd', () => {
  const rows: Array<[string, boolean]> = [
    ['Present', true],
    ['present', true],
    ['Now', true],
    ['Current', true],
    ['Currently', true],
    ['Today', true],
    ['Ongoing', true],
    ['till date', true],
    ['to date', true],
    ['actualidad', true],
    ['la actualidad', true],
    ['presente', true],
    ['heute', true],
    ['aktuell', true],
    ['présent', true],
    ['aujourd’hui', true],
    ["aujourd'hui", true],
    ['atual', true],
    ['oggi', true],
    ['in corso', true],
    ['', true],
    ['  – ', true],
    ['(Present)', true],
    ['2019', false],
    ['Dec 2020', false],
    ['Acme', false],
    ['presentation', false],
  ];
  it.each(rows)('%j → %s', (input, expected) => {
    expect(isOpenEnd(input)).toBe(expected);
  });
});

describe('findDateRange', () => {
  // [line, text, startText, endText, durationText]
  const rows: Array<[string, string, string, string | null, string | null]> = [
    ['Dec 2018 - Sep 2019 (9 months)', 'Dec 2018 - Sep 2019 (9 months)', 'Dec 2018', 'Sep 2019', '9 months'],
    ['Jan 2022 - Present (3 years 10 months)', 'Jan 2022 - Present (3 years 10 months)', 'Jan 2022', 'Present', '3 years 10 months'],
    ['2019 - 2021', '2019 - 2021', '2019', '2021', null],
    ['2015–2019', '2015–2019', '2015', '2019', null],
    ['(2017–2020)', '2017–2020', '2017', '2020', null],
    ['May 2018 – Sep 2018', 'May 2018 – Sep 2018', 'May 2018', 'Sep 2018', null],
    ['2017 to 2020', '2017 to 2020', '2017', '2020', null],
    ['Jan 2020 until Mar 2021', 'Jan 2020 until Mar 2021', 'Jan 2020', 'Mar 2021', null],
    ['03/2019 - 12/2021', '03/2019 - 12/2021', '03/2019', '12/2021', null],
    ['2019 –', '2019 –', '2019', '', null],
    ['Summer 2015', 'Summer 2015', 'Summer 2015', null, null],
    ['since 2019', 'since 2019', '2019', '', null],
    ['Since March 2020', 'Since March 2020', 'March 2020', '', null],
    ['Jan 2020 - Mar 2021 · 1 yr 3 mos', 'Jan 2020 - Mar 2021 · 1 yr 3 mos', 'Jan 2020', 'Mar 2021', '1 yr 3 mos'],
    ['Acme · Full-time · Jan 2020 - Present · 2 yrs 6 mos', 'Jan 2020 - Present · 2 yrs 6 mos', 'Jan 2020', 'Present', '2 yrs 6 mos'],
    ['Software Engineer, Google, 2019 — 2021', '2019 — 2021', '2019', '2021', null],
    ['2016 ‒ 2018', '2016 ‒ 2018', '2016', '2018', null],
    ['2018 till 2020', '2018 till 2020', '2018', '2020', null],
    ['2018 - till date', '2018 - till date', '2018', 'till date', null],
    ['2018 to date', '2018 to date', '2018', 'to date', null],
    ['März 2019 bis heute', 'März 2019 bis heute', 'März 2019', 'heute', null],
    ['Jan. 2017 bis Dez. 2019', 'Jan. 2017 bis Dez. 2019', 'Jan. 2017', 'Dez. 2019', null],
    ['janv. 2019 à déc. 2020', 'janv. 2019 à déc. 2020', 'janv. 2019', 'déc. 2020', null],
    ['septembre 2020 - aujourd’hui', 'septembre 2020 - aujourd’hui', 'septembre 2020', 'aujourd’hui', null],
    ['enero de 2019 - actualidad', 'enero de 2019 - actualidad', 'enero de 2019', 'actualidad', null],
    ['desde enero 2019 hasta marzo 2020', 'desde enero 2019 hasta marzo 2020', 'enero 2019', 'marzo 2020', null],
    ['ene. 2018 al dic. 2019', 'ene. 2018 al dic. 2019', 'ene. 2018', 'dic. 2019', null],
    ['abr 2018 até out 2020', 'abr 2018 até out 2020', 'abr 2018', 'out 2020', null],
    ['2015 a 2019', '2015 a 2019', '2015', '2019', null],
    ['gen 2020 - in corso', 'gen 2020 - in corso', 'gen 2020', 'in corso', null],
    ['2019 - oggi (2 anni)', '2019 - oggi (2 anni)', '2019', 'oggi', '2 anni'],
    ['2020 – heute · 3 Jahre 2 Monate', '2020 – heute · 3 Jahre 2 Monate', '2020', 'heute', '3 Jahre 2 Monate'],
    ['2018-03 – 2020-11', '2018-03 – 2020-11', '2018-03', '2020-11', null],
    ["Dec '18 – ’20", "Dec '18 – ’20", "Dec '18", '’20', null],
    ['Fall 2016 - Spring 2020', 'Fall 2016 - Spring 2020', 'Fall 2016', 'Spring 2020', null],
    ['2019 – (1 yr)', '2019 – (1 yr)', '2019', '', '1 yr'],
    ['Worked there 2015-2019, then 2019 - 2021', '2019 - 2021', '2019', '2021', null],
    ['Class of 2014 · 2019 - Present', '2019 - Present', '2019', 'Present', null],
    ['Dec 2018 - Sep 2019 9 months', 'Dec 2018 - Sep 2019 9 months', 'Dec 2018', 'Sep 2019', '9 months'],
    ['2017 - Current', '2017 - Current', '2017', 'Current', null],
    ['Jun 2021–Now', 'Jun 2021–Now', 'Jun 2021', 'Now', null],
    // A duration written first, set off by a separator.
    ['2 yrs 3 mos · Mar 2019 - May 2021', '2 yrs 3 mos · Mar 2019 - May 2021', 'Mar 2019', 'May 2021', '2 yrs 3 mos'],
    ['8 mos · Jan 2020 – Aug 2020', '8 mos · Jan 2020 – Aug 2020', 'Jan 2020', 'Aug 2020', '8 mos'],
    ['Swiggy 2 yrs 8 mos · Apr 2024 - Present', '2 yrs 8 mos · Apr 2024 - Present', 'Apr 2024', 'Present', '2 yrs 8 mos'],
    ['1 yr | 2020 – 2021', '1 yr | 2020 – 2021', '2020', '2021', '1 yr'],
    ['3 years 2 months • Feb 2018 to Mar 2021', '3 years 2 months • Feb 2018 to Mar 2021', 'Feb 2018', 'Mar 2021', '3 years 2 months'],
    ['Acme · 2019 - 2021', '2019 - 2021', '2019', '2021', null],
    // Year.month, as East Asian CVs write it.
    ['Acme | Engineer | 2018.04 – now', '2018.04 – now', '2018.04', 'now', null],
    ['2014.03 - 2016.11', '2014.03 - 2016.11', '2014.03', '2016.11', null],
    // A date mention ("@" before a month name, Notion).
    ['@March 3, 2018 → June 30, 2020', 'March 3, 2018 → June 30, 2020', 'March 3, 2018', 'June 30, 2020', null],
    // Two or three dots between spaced dates (a range as programmers write it, "2019-01 .. 2021-07").
    ['2019-01 .. 2021-07', '2019-01 .. 2021-07', '2019-01', '2021-07', null],
    ['Mar 2015 ... Jun 2016', 'Mar 2015 ... Jun 2016', 'Mar 2015', 'Jun 2016', null],
    ['Engineer, Acme   2020 .. present', '2020 .. present', '2020', 'present', null],
    ['2008 … 2011', '2008 … 2011', '2008', '2011', null],
  ];
  it.each(rows)('%j', (line, text, startText, endText, durationText) => {
    const r = findDateRange(line);
    expect(r).not.toBeNull();
    expect(r).toMatchObject({ text, startText, endText, durationText });
    expect(line.slice(r!.index, r!.index + r!.length)).toBe(text);
  });

  const singles: Array<[string, string]> = [
    ['2021', '2021'],
    ['May 2020', 'May 2020'],
    ['Graduated 2019', '2019'],
    ['Stanford University, 2016', '2016'],
  ];
  it.each(singles)('single %j only with allowSingle', (line, text) => {
    expect(findDateRange(line)).toBeNull();
    expect(findDateRange(line, { allowSingle: true })).toMatchObject({ text, startText: text, endText: null });
  });

  const negatives: string[] = [
    '500k+',
    '99.9%',
    '$2M',
    '$2019',
    'Software Engineer II',
    'FP8/FP16',
    'OpenWRT',
    '2FA',
    '+1 (415) 555-2019',
    '+1 415 555 2019',
    '+39 02 2019 5555',
    '415.555.2019',
    'Served 2000+ customers',
    'ISO 27001-2013',
    'Version 2.2019',
    'Release 2018.04.2',
    'build v2018.04',
    '@2018 - 2020',
    '1949 - 1951',
    '18 - 20',
    'Increased revenue 2019%',
    'Raised €2019 in funding',
    'user_2019 - admin',
    'room 2019-2021-555',
    '',
    'Present',
    'Mayo Clinic',
    'Jun – Aug',
    'March -> April',
    'a -> b',
  ];
  it.each(negatives)('no match in %j (even with allowSingle)', (line) => {
    expect(findDateRange(line, { allowSingle: true })).toBeNull();
  });

  it('a lone year followed by text is not a dangling range', () => {
    expect(findDateRange('2019 - Acme Corp')).toBeNull();
  });

  it('maps indices to the original text when folding changes lengths', () => {
    const line = 'Ingénieur — Société Générale — février 2019 – présent';
    const r = findDateRange(line);
    expect(r).toMatchObject({ text: 'février 2019 – présent', startText: 'février 2019', endText: 'présent' });
    const decomposed = 'Fe\u0301vrier 2019 – pre\u0301sent';
    expect(findDateRange(decomposed)?.text).toBe(decomposed);
  });
});

describe('parseDateRange', () => {
  const rows: Array<[string, string | null, string | null, boolean, number]> = [
    // [text, start, end, current, warningCount]
    ['Dec 2018 - Sep 2019 (9 months)', '2018-12', '2019-09', false, 0],
    ['Jan 2022 - Present (3 years 10 months)', '2022-01', null, true, 0],
    ['2019 - 2021', '2019', '2021', false, 0],
    ['03/2019 - 12/2021', '2019-03', '2021-12', false, 0],
    ['2019 –', '2019', null, true, 0],
    ['since 2019', '2019', null, true, 0],
    ['May 2020', '2020-05', '2020-05', false, 0],
    // A season alone spans its three months.
    ['Summer 2015', '2015-06', '2015-08', false, 0],
    ['Winter 2019', '2019-01', '2019-03', false, 0],
    ['Summer 2015 – Fall 2016', '2015-06', '2016-09', false, 0],
    ['2021 - 2019', '2019', '2021', false, 1],
    ['Sep 2019 - Dec 2018', '2018-12', '2019-09', false, 1],
    ['Jan 2024 - Dec 2027', '2024-01', null, true, 1],
    ['2023 - 2025', '2023', '2025', false, 0],
    // Full numeric dates, day first (Europass); US order when the middle number can only be a day.
    ['[ 01/04/2021 – Current ]', '2021-04', null, true, 0],
    ['01/09/2018 – 31/03/2021', '2018-09', '2021-03', false, 0],
    ['1.10.2016 - 31.8.2018', '2016-10', '2018-08', false, 0],
    ['04/15/2021 - 05/20/2022', '2021-04', '2022-05', false, 0],
    // Arrows as range separators.
    ['Jan 2022 → Present', '2022-01', null, true, 0],
    ['Mar 2019 -> Jun 2020', '2019-03', '2020-06', false, 0],
    ['2018 —> 2020', '2018', '2020', false, 0],
    ['Feb 2017 ⟶ Nov 2019', '2017-02', '2019-11', false, 0],
    // Month to month within one year.
    ['Jun–Aug 2018', '2018-06', '2018-08', false, 0],
    ['Jun - Aug 2018', '2018-06', '2018-08', false, 0],
    ['May to Sep 2021', '2021-05', '2021-09', false, 0],
    ['Sept. – Dec. 2019', '2019-09', '2019-12', false, 0],
    ['Dec 2025 - Present', '2025-12', null, true, 0],
    ['Mar 2026 - Present', '2026-03', null, true, 1],
    ['2030 - 2032', '2030', null, false, 2],
    ['Present', null, null, false, 1],
    ['', null, null, false, 1],
    ['lorem ipsum', null, null, false, 1],
  ];
  it.each(rows)('%j', (text, start, end, current, warningCount) => {
    const r = parseDateRange(text, NOW);
    expect({ start: r.start, end: r.end, current: r.current }).toEqual({ start, end, current });
    expect(r.warnings).toHaveLength(warningCount);
    for (const w of r.warnings) expect(typeof w).toBe('string');
  });
});

describe('monthsBetween (inclusive)', () => {
  const rows: Array<[string | null, string | null, boolean, number | null]> = [
    ['2018-12', '2019-09', false, 10],
    ['2018-05', '2018-09', false, 5],
    ['2022-01', '2022-12', false, 12],
    ['2019', '2021', false, 36],
    ['2019', '2019', false, 12],
    ['2019-06', '2019', false, 7],
    ['2019', '2019-03', false, 3],
    ['2020-05', '2020-05', false, 1],
    ['2022-01', null, true, 47], // Jan 2022 .. Nov 2025
    ['2025', null, true, 11],
    ['2026-02', null, true, 0],
    ['2025-01', '2025', false, 11], // never counted past now
    [null, '2020', false, null],
    ['2020', null, false, null],
    ['2021-05', '2020-01', false, null],
    ['garbage', '2020', false, null],
  ];
  it.each(rows)('%j – %j current=%s → %j', (start, end, current, expected) => {
    expect(monthsBetween(start, end, current, NOW)).toBe(expected);
  });
});

describe('parseStatedDuration', () => {
  const rows: Array<[string, number | null]> = [
    ['9 months', 9],
    ['1 month', 1],
    ['2 yrs 6 mos', 30],
    ['3 years', 36],
    ['3 years 10 months', 46],
    ['1 yr', 12],
    ['6 mos', 6],
    ['1 yr 1 mo', 13],
    ['2 years, 3 months', 27],
    ['1.5 years', 18],
    ['(9 months)', 9],
    ['2 años', 24],
    ['2 años y 3 meses', 27],
    ['3 Jahre 2 Monate', 38],
    ['2 ans', 24],
    ['2 ans 4 mois', 28],
    ['2 anos', 24],
    ['2 anni', 24],
    ['8 mesi', 8],
    ['less than a year', null],
    ['', null],
    ['Present', null],
  ];
  it.each(rows)('%j → %j', (text, expected) => {
    expect(parseStatedDuration(text)).toBe(expected);
  });
});

describe('checkStatedDuration', () => {
  const rows: Array<[number | null, number | null, boolean]> = [
    [9, 10, false], // Himalayas "Dec 2018 - Sep 2019 (9 months)" vs inclusive 10
    [10, 9, false],
    [10, 10, false],
    [9, 11, true],
    [12, 10, true],
    [null, 10, false],
    [10, null, false],
  ];
  it.each(rows)('%j vs %j → warn=%s', (stated, computed, warn) => {
    const r = checkStatedDuration(stated, computed);
    if (warn) expect(typeof r).toBe('string');
    else expect(r).toBeNull();
  });

  it('works end to end on a Himalayas line', () => {
    const m = findDateRange('Dec 2018 - Sep 2019 (9 months)')!;
    const r = parseDateRange(m.text, NOW);
    const computed = monthsBetween(r.start, r.end, r.current, NOW);
    expect(computed).toBe(10);
    expect(checkStatedDuration(parseStatedDuration(m.durationText!), computed)).toBeNull();
  });
});

describe('mergeRanges', () => {
  it.each([
    [[{ start: '2018-12', end: '2019-09', current: false }], 10],
    [
      [
        { start: '2018-01', end: '2018-06', current: false },
        { start: '2018-04', end: '2018-12', current: false },
      ],
      12,
    ],
    [
      [
        { start: '2018-01', end: '2018-03', current: false },
        { start: '2018-04', end: '2018-06', current: false },
      ],
      6,
    ],
    [
      [
        { start: '2015', end: '2016', current: false },
        { start: '2019-01', end: '2019-06', current: false },
      ],
      30,
    ],
    [
      [
        { start: '2024-01', end: null, current: true },
        { start: '2024-06', end: '2024-08', current: false },
      ],
      23,
    ],
    [
      [
        { start: null, end: '2020', current: false },
        { start: '2020-01', end: '2020-01', current: false },
      ],
      1,
    ],
    [[{ start: '2021-05', end: '2020-01', current: false }], 0],
    [[], 0],
  ] as const)('%j → %i', (ranges, expected) => {
    expect(mergeRanges(ranges as never, NOW)).toBe(expected);
  });
});

describe('robustness', () => {
  const weird = [
    '',
    ' ',
    '\u0000\uffff\ud800',
    '💥'.repeat(1000),
    'İıŞşĞğ ﬁ ß ẞ Ⅻ ٢٠١٩ ２０１９',
    '\u0301\u0301 2019 – \u0301',
    '-'.repeat(10_000),
    'Dec 2019 - '.repeat(1000),
  ];
  it.each(weird.map((w) => [w.slice(0, 20), w]))('never throws on %j', (_label, s) => {
    expect(() => findDateRange(s, { allowSingle: true })).not.toThrow();
    expect(() => parseDateRange(s, NOW)).not.toThrow();
    expect(() => parsePartialDate(s)).not.toThrow();
    expect(() => isOpenEnd(s)).not.toThrow();
    expect(() => parseStatedDuration(s)).not.toThrow();
  });

  it('handles 1 MB without throwing', () => {
    const big = 'Software Engineer 2019 – 2021 · 2 yrs '.repeat(30_000).slice(0, 1 << 20);
    expect(() => findDateRange(big)).not.toThrow();
    expect(findDateRange(big)).not.toBeNull();
    expect(parseDateRange(big, NOW).start).toBe('2019');
  });

  it('is linear on 100 KB of digits and dashes', () => {
    let s = '';
    for (let i = 0; s.length < 100_000; i++) s += i % 3 === 0 ? '-' : String(i % 10);
    const alt = '2019-'.repeat(20_000);
    const spaces = '2019' + ' '.repeat(100_000);
    findDateRange('warm up 2019 - 2021');
    for (const input of [s, alt, spaces]) {
      const t0 = performance.now();
      findDateRange(input, { allowSingle: true });
      parseDateRange(input, NOW);
      expect(performance.now() - t0).toBeLessThan(50);
    }
  });
});
