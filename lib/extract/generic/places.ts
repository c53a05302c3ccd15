/**
 * Small place vocabulary for the generic parser: enough to tell "Berlin,
 * Germany" or "Austin, TX" from "Acme, Inc." or "Engineer, Backend". It is a
 * recogniser, not a gazetteer: the location normaliser resolves places.
 */
import { countryCode } from '../../normalize/places';

/** Countries and common aliases, lower case. */
export const COUNTRIES = new Set(
  [
    'afghanistan', 'albania', 'algeria', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bangladesh', 'belarus',
    'belgium', 'bolivia', 'bosnia and herzegovina', 'brazil', 'bulgaria', 'cambodia', 'cameroon', 'canada', 'chile', 'china',
    'colombia', 'costa rica', 'croatia', 'cuba', 'cyprus', 'czech republic', 'czechia', 'denmark', 'dominican republic', 'ecuador',
    'egypt', 'el salvador', 'estonia', 'ethiopia', 'finland', 'france', 'georgia', 'germany', 'ghana', 'greece', 'guatemala',
    'honduras', 'hong kong', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'jamaica',
    'japan', 'jordan', 'kazakhstan', 'kenya', 'korea', 'south korea', 'kosovo', 'kuwait', 'latvia', 'lebanon', 'lithuania',
    'luxembourg', 'malaysia', 'malta', 'mexico', 'moldova', 'mongolia', 'montenegro', 'morocco', 'nepal', 'netherlands',
    'the netherlands', 'new zealand', 'nicaragua', 'nigeria', 'north macedonia', 'norway', 'pakistan', 'panama', 'paraguay',
    'peru', 'philippines', 'poland', 'portugal', 'puerto rico', 'qatar', 'romania', 'russia', 'rwanda', 'saudi arabia', 'senegal',
    'serbia', 'singapore', 'slovakia', 'slovenia', 'south africa', 'spain', 'sri lanka', 'sweden', 'switzerland', 'taiwan',
    'tanzania', 'thailand', 'tunisia', 'turkey', 'türkiye', 'uganda', 'ukraine', 'united arab emirates', 'uae', 'united kingdom',
    'uk', 'u.k.', 'england', 'scotland', 'wales', 'northern ireland', 'united states', 'united states of america', 'usa', 'us',
    'u.s.', 'u.s.a.', 'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'viet nam', 'zambia', 'zimbabwe',
  ],
);

/** US states, Canadian provinces and Australian states as 2–3 letter codes (upper case). */
export const REGION_CODES = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ' +
    'AB BC MB NB NL NS NT NU ON PE QC SK YT NSW VIC QLD TAS ACT'
  ).split(' '),
);

/**
 * Two-letter country codes written after a city ("Wellington, NZ", "Lyon, FR"). Codes that read as tech or job
 * acronyms (AI, IT, QA, UX, CI, CD, BI, PR, HR, ML) are left out.
 */
export const COUNTRY_CODES = new Set(
  (
    'UK GB NZ AU US DE FR ES NL BE CH AT IE PT SE NO DK FI PL CZ RO HU GR BR MX AR CL CO PE UY JP KR CN HK TW SG MY ID PH VN TH ' +
    'ZA NG KE GH EG MA TN IL AE SA QA TR UA EE LV LT SK SI HR RS BG LU IS'
  )
    .split(' ')
    .filter((c) => c !== 'QA'),
);

/** Region names that often stand in for a country after a city (lower case). */
export const REGIONS = new Set([
  'california', 'new york', 'texas', 'washington', 'massachusetts', 'illinois', 'florida', 'colorado', 'oregon', 'ontario',
  'quebec', 'british columbia', 'alberta', 'bavaria', 'bayern', 'catalonia', 'lombardy', 'lombardia', 'ile-de-france',
  'île-de-france', 'new south wales', 'victoria', 'england', 'scotland',
]);

/** Well-known cities that are often written alone (lower case). */
export const CITIES = new Set([
  'amsterdam', 'athens', 'atlanta', 'austin', 'bangalore', 'bengaluru', 'barcelona', 'beijing', 'belgrade', 'berlin', 'bogota',
  'bogotá', 'boston', 'brussels', 'bucharest', 'budapest', 'buenos aires', 'cairo', 'cape town', 'chicago', 'copenhagen',
  'dallas', 'delhi', 'new delhi', 'denver', 'dubai', 'dublin', 'edinburgh', 'frankfurt', 'geneva', 'hamburg', 'helsinki',
  'hong kong', 'hyderabad', 'istanbul', 'jakarta', 'kyiv', 'kiev', 'lagos', 'lisbon', 'london', 'los angeles', 'madrid',
  'manchester', 'melbourne', 'mexico city', 'miami', 'milan', 'milano', 'montreal', 'montréal', 'moscow', 'mumbai', 'munich',
  'münchen', 'nairobi', 'new york', 'new york city', 'nyc', 'oslo', 'paris', 'porto', 'prague', 'pune', 'rome', 'san diego',
  'san francisco', 'san jose', 'santiago', 'são paulo', 'sao paulo', 'seattle', 'seoul', 'shanghai', 'shenzhen', 'singapore',
  'sofia', 'stockholm', 'sydney', 'taipei', 'tallinn', 'tel aviv', 'tokyo', 'toronto', 'vancouver', 'vienna', 'warsaw',
  'waterloo', 'zurich', 'zürich', 'krakow', 'kraków', 'lyon', 'rotterdam', 'utrecht', 'cologne', 'köln', 'stuttgart',
  'palo alto', 'mountain view', 'menlo park', 'sunnyvale', 'cambridge', 'oxford', 'bristol', 'leeds', 'glasgow', 'turin',
  'torino', 'bologna', 'florence', 'naples', 'valencia', 'seville', 'ottawa', 'calgary', 'portland', 'philadelphia',
  'pittsburgh', 'washington, d.c.', 'brooklyn', 'santa cruz', 'santa clara', 'redmond', 'bay area', 'sf bay area',
]);

/** Words that say "remote" or a work mode standing where a place would be. */
export const WORK_MODES = /^(?:fully\s+)?(?:remote|hybrid|on-?site|in-?office|anywhere|worldwide|distributed)(?:\b.*)?$/i;

/** Emoji and pictographs (📍, 🌍, flags, variation selectors, joiners) around or inside a place. */
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{E0020}-\u{E007F}\uFE0F\u200D\u20E3]+/gu;

/** A place without its emoji: "📍 Johannesburg, South Africa 🇿🇦" → "Johannesburg, South Africa". */
export function stripEmoji(s: string): string {
  // Cheap test on UTF-16 units (no u flag): symbols, surrogate pairs (astral emoji), selectors, joiners.
  if (!/[\u00A9\u00AE\u2000-\u2BFF\u3030\u303D\u3297\u3299\uD800-\uDBFF\uFE0F]/.test(s)) return s;
  return s.replace(EMOJI, ' ').replace(/\s+/g, ' ').replace(/^[\s,·•|]+|[\s,·•|]+$/gu, '').trim();
}

const AUTH_LIST =
  /\b(?:work\s+authori[sz]ation|work\s+eligibility|work\s+permit|right\s+to\s+work|authori[sz]ed\s+to\s+work(?:\s+in)?|eligible\s+to\s+work(?:\s+in)?|(?:can|able\s+to)\s+work\s+in)\s*(?:[:：]|\bin\b)?\s*([^·•|\n;]{2,80})/i;
const DEMONYM: Record<string, string> = {
  us: 'US', 'u.s.': 'US', usa: 'US', american: 'US', uk: 'United Kingdom', british: 'United Kingdom', eu: 'European Union',
  canadian: 'Canada', australian: 'Australia', irish: 'Ireland', german: 'Germany', french: 'France', brazilian: 'Brazil',
  portuguese: 'Portugal', indian: 'India', japanese: 'Japan', nigerian: 'Nigeria', mexican: 'Mexico', spanish: 'Spain',
  italian: 'Italy', dutch: 'Netherlands', swedish: 'Sweden', norwegian: 'Norway', danish: 'Denmark', finnish: 'Finland',
  polish: 'Poland', swiss: 'Switzerland', austrian: 'Austria', belgian: 'Belgium', greek: 'Greece', czech: 'Czechia',
  romanian: 'Romania', ukrainian: 'Ukraine', turkish: 'Turkey', israeli: 'Israel', chinese: 'China', korean: 'South Korea',
  'south korean': 'South Korea', singaporean: 'Singapore', filipino: 'Philippines', pakistani: 'Pakistan', kenyan: 'Kenya',
  'south african': 'South Africa', egyptian: 'Egypt', 'new zealand': 'New Zealand', 'new zealander': 'New Zealand',
  argentine: 'Argentina', argentinian: 'Argentina', colombian: 'Colombia', chilean: 'Chile', peruvian: 'Peru',
};
/** A nationality (or country short form) before "citizen", "national", "passport holder", "permanent resident" or "PR". */
const CITIZEN = new RegExp(
  `(?<![\\p{L}.])(${Object.keys(DEMONYM).map((k) => k.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})\\s+(?:citizen(?:ship)?|national|passport(?:\\s+holder)?|permanent\\s+resident|PR)(?![\\p{L}])`,
  'giu',
);

/**
 * Work-authorisation country names written in a line ("Work authorization: Brazil and Portugal (dual citizen)",
 * "Authorized to work in the US and Canada", "US citizen", "Green card holder"); [] when there are none.
 */
export function workAuthorizationIn(line: string): string[] {
  if (line.length > 400) return [];
  const out: string[] = [];
  const m = AUTH_LIST.exec(line);
  if (m) {
    // The list ends with its sentence ("… Nigeria and the United Kingdom. Not seeking sponsorship.") or a dash.
    const list = m[1]!.split(/[.!?](?:\s|$)|\s[—–-]\s/)[0]!.replace(/\([^)]*\)/g, ' ').replace(/\b(?:the|only)\b/gi, ' ');
    // "I can work in Berlin" says where, not a right: after "can work in" only countries count.
    const loose = /^(?:can|able)\b/i.test(m[0]);
    for (const n of list.split(/\s*(?:,|\/|&|\band\b|\bor\b|\+)\s*/i)) {
      const name = n.replace(/[.\s]+$/, '').trim();
      if (name && name.split(/\s+/).length <= 4 && countryCode(name) && (!loose || COUNTRIES.has(name.toLowerCase()) || COUNTRY_CODES.has(name))) out.push(name);
    }
  }
  for (const c of line.matchAll(CITIZEN)) out.push(DEMONYM[c[1]!.toLowerCase().replace(/\s+/g, ' ')]!);
  if (/\bgreen[\s-]card(?:\s+holder)?\b|\bpermanent\s+resident\s+of\s+the\s+(?:US|United\s+States)\b/i.test(line)) out.push('US');
  return [...new Set(out)];
}
