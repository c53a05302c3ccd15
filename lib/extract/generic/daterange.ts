/**
 * TEMPORARY local stand-in for `findDateRange` from lib/normalize/dates.ts,
 * which another engineer is writing. Same signature; a deliberately small
 * implementation. Once lib/normalize/dates.ts exists this file becomes a
 * plain re-export (or is deleted and the imports point there).
 */
export interface DateRangeHit {
  index: number;
  length: number;
  text: string;
  startText: string;
  endText: string | null;
  durationText: string | null;
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const SEASON = String.raw`(?:spring|summer|fall|autumn|winter)`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const POINT = String.raw`(?:(?:${MONTH}|${SEASON})\s+${YEAR}|(?:0?[1-9]|1[0-2])[/.]${YEAR}|${YEAR}[-/.](?:0[1-9]|1[0-2])(?![\d])|${YEAR})`;
const END = String.raw`(?:${POINT}|present|current|now|today|ongoing)`;
const DURATION = String.raw`\d+\+?\s*(?:years?|yrs?|months?|mos?)(?:,?\s*\d+\s*(?:months?|mos?))?|less than a (?:year|month)`;
const RANGE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${POINT})\s*(?:-|–|—|to|until|till|~)\s*(${END})(?![\p{L}\p{N}])(?:\s*(?:\(|·|•|,|\|)?\s*(${DURATION})\)?)?`,
  'iu',
);
const SINCE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:since|from)\s+(${POINT})(?![\p{L}\p{N}])`, 'iu');
const SEASONAL = new RegExp(String.raw`(?<![\p{L}\p{N}])(${SEASON}\s+${YEAR})(?![\p{L}\p{N}])`, 'iu');
const SINGLE = new RegExp(String.raw`(?<![\p{L}\p{N}/.-])(${POINT})(?![\p{L}\p{N}/])`, 'iu');

export function findDateRange(line: string, opts: { allowSingle?: boolean } = {}): DateRangeHit | null {
  const s = line.length > 2000 ? line.slice(0, 2000) : line;
  let m = RANGE.exec(s);
  if (m) {
    const duration = m[3] ?? null;
    let text = m[0];
    if (duration) text = s.slice(m.index, m.index + m[1]!.length + (m[0].indexOf(m[2]!, m[1]!.length) - m[1]!.length) + m[2]!.length);
    return { index: m.index, length: m[0].length, text: text.trim(), startText: m[1]!, endText: m[2]!, durationText: duration };
  }
  m = SINCE.exec(s) ?? SEASONAL.exec(s);
  if (m) return { index: m.index, length: m[0].length, text: m[0], startText: m[1]!, endText: null, durationText: null };
  if (opts.allowSingle) {
    m = SINGLE.exec(s);
    if (m) return { index: m.index, length: m[0].length, text: m[0], startText: m[1]!, endText: null, durationText: null };
  }
  return null;
}
