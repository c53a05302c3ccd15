/**
 * Location text → ISO 3166-1 alpha-2 country code.
 *
 * Conventions:
 * - Country names come from i18n-iso-countries with ONLY the English locale registered
 *   (this code ships in the extension panel). We import the library's `index.js`
 *   directly, not the package root: in Node the root entry (`entry-node.js`) registers
 *   all 78 locales, while `index.js` registers none, so Node and the browser bundle
 *   behave the same. Our own tables add common variants (England, Holland, Czechia …),
 *   native names (Italia, Deutschland, Österreich, Éire, 日本 …), US states, Canadian
 *   provinces, Australian states and ~300 major cities.
 * - Matching is case- and accent-insensitive on whole comma parts. Parts are tried
 *   from the LAST to the first ("Milan, Italy" → IT), then, if no part matched, word
 *   sequences anywhere in the text, longest and right-most first ("Software engineer
 *   based in Berlin" → DE).
 * - Two-letter codes: the whole text being exactly an upper-case code means that
 *   country ("DE" → DE, "CA" → Canada, "IN" → India; "UK" → GB; "EU" → null). After a
 *   city ("Seattle, WA", "San Jose, CA", "Indianapolis, IN") an upper-case US state or
 *   Canadian province code wins — unless the city is a known city of the country with
 *   that ISO code ("Berlin, DE" → DE, "Pune, IN" → IN). Other ISO codes after a comma
 *   count as countries ("Milan, IT" → IT). "Remote - CA" → CA (Canada): with no city
 *   a code is read as a country.
 * - "Georgia" alone → GE (the country); after an unknown or US city ("Atlanta, Georgia") → US.
 * - Australian state codes count only when unambiguous (NSW, VIC, QLD, TAS, ACT); WA/SA/NT
 *   mean Australia only after a known Australian city ("Perth, WA" → AU, "Tacoma, WA" → US).
 * - "Remote", "Worldwide", "Anywhere", "Hybrid", "Global", regions (Europe, EMEA,
 *   European Union, LATAM) → null. "Remote (US)", "Remote - Germany" → US, DE.
 * - Never throws; inputs are cut to 1,000 characters.
 */
import * as countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json';
import { fold } from './dates';

countries.registerLocale(en);

const MAX = 1000;

const SPECIAL_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ı: 'i', þ: 'th', ð: 'd' };

/** Lookup key: folded, dots dropped ("U.S." → "us"), other punctuation → space, no leading "the". */
function placeKey(s: string): string {
  return fold(s)
    .replace(/[łøæœßđıþð]/gu, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(/\./gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}

// ---------------------------------------------------------------------------
// Tables (keys are written plainly and passed through placeKey).

const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['united states', 'usa', 'us', 'u s a', 'america', 'united states of america', 'estados unidos', 'eeuu', 'ee uu', 'vereinigte staaten', 'etats unis', 'stati uniti'],
  GB: ['uk', 'u k', 'united kingdom', 'great britain', 'britain', 'england', 'scotland', 'wales', 'northern ireland', 'reino unido', 'royaume uni', 'regno unito', 'vereinigtes konigreich', 'gb'],
  AE: ['uae', 'u a e', 'emirates', 'united arab emirates'],
  KR: ['south korea', 'korea', 'republic of korea', 'korea south', '대한민국', '한국'],
  KP: ['north korea'],
  CZ: ['czechia', 'czech republic', 'cesko', 'ceska republika'],
  NL: ['holland', 'nederland', 'netherlands', 'the netherlands', 'niederlande', 'pays bas', 'paesi bassi', 'paises bajos'],
  TR: ['turkey', 'turkiye'],
  IT: ['italia', 'italie', 'italien'],
  DE: ['deutschland', 'germany', 'alemania', 'allemagne', 'germania', 'alemanha'],
  ES: ['espana', 'spain', 'espagne', 'spagna', 'spanien', 'espanha'],
  MX: ['mexico', 'méjico'],
  BR: ['brasil', 'brazil', 'bresil'],
  AT: ['osterreich', 'oesterreich', 'austria', 'autriche'],
  CH: ['schweiz', 'suisse', 'svizzera', 'switzerland', 'suiza', 'suica', 'confoederatio helvetica'],
  PL: ['polska', 'poland', 'polonia', 'pologne'],
  SE: ['sverige', 'sweden', 'suecia', 'suede', 'svezia', 'schweden'],
  NO: ['norge', 'noreg', 'norway', 'noruega', 'norvege', 'norwegen'],
  DK: ['danmark', 'denmark', 'dinamarca', 'danemark', 'danimarca', 'danemark'],
  FI: ['suomi', 'finland', 'finlandia', 'finlande', 'finnland'],
  IE: ['eire', 'ireland', 'republic of ireland', 'irlanda', 'irlande', 'irland'],
  GR: ['ελλαδα', 'ελλας', 'hellas', 'greece', 'grecia', 'grece', 'griechenland'],
  JP: ['日本', 'nippon', 'nihon', 'japan', 'japon', 'giappone'],
  RU: ['россия', 'rossiya', 'russia', 'russian federation', 'rusia', 'russie', 'russland'],
  CN: ['china', '中国', 'prc', 'mainland china', 'chine', 'cina'],
  FR: ['france', 'francia', 'frankreich', 'franca'],
  BE: ['belgique', 'belgie', 'belgien', 'belgium', 'belgica', 'belgio'],
  PT: ['portugal', 'portogallo'],
  HR: ['hrvatska', 'croatia'],
  HU: ['magyarorszag', 'hungary'],
  RO: ['romania', 'roumanie'],
  UA: ['ukraine', 'ukraina', 'україна', 'ucrania'],
  RS: ['srbija', 'serbia'],
  SI: ['slovenija', 'slovenia'],
  SK: ['slovensko', 'slovakia'],
  LT: ['lietuva', 'lithuania'],
  LV: ['latvija', 'latvia'],
  EE: ['eesti', 'estonia'],
  IN: ['india', 'bharat', 'भारत'],
  CI: ['ivory coast', 'cote d ivoire'],
  CD: ['drc', 'dr congo', 'democratic republic of congo', 'congo kinshasa'],
  CG: ['congo', 'congo brazzaville', 'republic of congo'],
  MM: ['burma', 'myanmar'],
  SZ: ['swaziland', 'eswatini'],
  CV: ['cabo verde', 'cape verde'],
  TL: ['east timor', 'timor leste'],
  VA: ['vatican', 'vatican city', 'holy see'],
  MK: ['macedonia', 'north macedonia'],
  MD: ['moldova'],
  LA: ['laos'],
  SY: ['syria'],
  BN: ['brunei'],
  VN: ['vietnam', 'viet nam'],
  TW: ['taiwan', 'republic of china'],
  HK: ['hong kong', 'hong kong sar'],
  MO: ['macau', 'macao'],
  PS: ['palestine'],
  IR: ['iran'],
  BO: ['bolivia'],
  VE: ['venezuela'],
  TZ: ['tanzania'],
  FM: ['micronesia'],
  XK: ['kosovo'],
  PE: ['peru'],
  PA: ['panama'],
  CA: ['canada', 'kanada'],
  AU: ['australia'],
  NZ: ['new zealand', 'aotearoa'],
  ZA: ['south africa', 'rsa'],
  SA: ['saudi arabia', 'ksa'],
  IS: ['iceland'],
};

const US_STATES: Record<string, string> = {
  AL: 'alabama', AK: 'alaska', AZ: 'arizona', AR: 'arkansas', CA: 'california', CO: 'colorado',
  CT: 'connecticut', DE: 'delaware', FL: 'florida', GA: 'georgia', HI: 'hawaii', ID: 'idaho',
  IL: 'illinois', IN: 'indiana', IA: 'iowa', KS: 'kansas', KY: 'kentucky', LA: 'louisiana',
  ME: 'maine', MD: 'maryland', MA: 'massachusetts', MI: 'michigan', MN: 'minnesota',
  MS: 'mississippi', MO: 'missouri', MT: 'montana', NE: 'nebraska', NV: 'nevada',
  NH: 'new hampshire', NJ: 'new jersey', NM: 'new mexico', NY: 'new york', NC: 'north carolina',
  ND: 'north dakota', OH: 'ohio', OK: 'oklahoma', OR: 'oregon', PA: 'pennsylvania',
  RI: 'rhode island', SC: 'south carolina', SD: 'south dakota', TN: 'tennessee', TX: 'texas',
  UT: 'utah', VT: 'vermont', VA: 'virginia', WA: 'washington', WV: 'west virginia',
  WI: 'wisconsin', WY: 'wyoming', DC: 'district of columbia', PR: 'puerto rico',
};
const US_EXTRA_NAMES = ['washington dc', 'washington d c', 'dc'];

const CA_PROVINCES: Record<string, string> = {
  AB: 'alberta', BC: 'british columbia', MB: 'manitoba', NB: 'new brunswick', NL: 'newfoundland and labrador',
  NS: 'nova scotia', NT: 'northwest territories', NU: 'nunavut', ON: 'ontario', PE: 'prince edward island',
  QC: 'quebec', SK: 'saskatchewan', YT: 'yukon',
};
const CA_EXTRA_NAMES = ['newfoundland', 'pei', 'yukon territory'];

/** Unambiguous Australian state codes (WA, SA, NT collide with US/CA codes and countries). */
const AU_STATE_CODES = new Set(['nsw', 'vic', 'qld', 'tas', 'act']);
const AU_STATE_NAMES = [
  'new south wales', 'victoria', 'queensland', 'tasmania', 'western australia', 'south australia',
  'northern territory', 'australian capital territory',
];

const CITIES: Record<string, string[]> = {
  US: [
    'new york', 'new york city', 'nyc', 'ny', 'manhattan', 'brooklyn', 'queens', 'san francisco', 'sf', 'sf bay',
    'bay area', 'silicon valley', 'san jose', 'los angeles', 'seattle', 'boston', 'chicago', 'austin', 'denver',
    'atlanta', 'miami', 'dallas', 'houston', 'washington', 'philadelphia', 'phoenix', 'san diego', 'portland',
    'pittsburgh', 'detroit', 'minneapolis', 'salt lake city', 'raleigh', 'durham', 'nashville', 'palo alto',
    'mountain view', 'menlo park', 'sunnyvale', 'cupertino', 'santa clara', 'redmond', 'bellevue', 'oakland',
    'berkeley', 'las vegas', 'orlando', 'tampa', 'charlotte', 'columbus', 'indianapolis', 'baltimore', 'st louis',
    'saint louis', 'kansas city', 'cincinnati', 'cleveland', 'san antonio', 'sacramento', 'boulder', 'irvine',
    'santa monica', 'jersey city', 'hoboken', 'ann arbor', 'princeton', 'new orleans', 'honolulu', 'anchorage',
    'milwaukee', 'st paul', 'fort worth', 'el paso', 'albuquerque', 'tucson', 'scottsdale', 'provo', 'stamford',
    'new haven', 'hartford', 'providence', 'richmond', 'arlington', 'reston', 'mclean', 'boise', 'spokane',
    'tacoma', 'kirkland', 'fremont', 'san mateo', 'redwood city', 'palo alto', 'la jolla', 'pasadena', 'culver city',
  ],
  CA: ['toronto', 'vancouver', 'montreal', 'ottawa', 'calgary', 'edmonton', 'waterloo', 'kitchener', 'quebec city', 'winnipeg', 'halifax', 'mississauga', 'markham', 'burnaby', 'gatineau', 'saskatoon', 'regina'],
  GB: ['london', 'manchester', 'birmingham', 'edinburgh', 'glasgow', 'bristol', 'leeds', 'liverpool', 'oxford', 'cambridge', 'belfast', 'cardiff', 'newcastle', 'newcastle upon tyne', 'sheffield', 'nottingham', 'brighton', 'southampton', 'aberdeen', 'dundee', 'coventry', 'leicester', 'york', 'exeter', 'milton keynes'],
  IE: ['dublin', 'cork', 'galway', 'limerick'],
  DE: ['berlin', 'munich', 'munchen', 'muenchen', 'hamburg', 'frankfurt', 'frankfurt am main', 'cologne', 'koln', 'koeln', 'stuttgart', 'dusseldorf', 'duesseldorf', 'leipzig', 'dresden', 'nuremberg', 'nurnberg', 'hannover', 'hanover', 'bonn', 'karlsruhe', 'heidelberg', 'darmstadt', 'aachen', 'bremen', 'mannheim', 'potsdam'],
  FR: ['paris', 'lyon', 'marseille', 'toulouse', 'nantes', 'bordeaux', 'lille', 'grenoble', 'sophia antipolis', 'montpellier', 'strasbourg', 'rennes'],
  IT: ['milan', 'milano', 'rome', 'roma', 'turin', 'torino', 'naples', 'napoli', 'florence', 'firenze', 'bologna', 'venice', 'venezia', 'genoa', 'genova', 'padua', 'padova', 'pisa', 'trieste', 'verona', 'bergamo', 'brescia', 'palermo', 'catania', 'bari', 'trento', 'modena', 'parma'],
  ES: ['madrid', 'barcelona', 'valencia', 'seville', 'sevilla', 'malaga', 'bilbao', 'zaragoza', 'palma', 'palma de mallorca', 'alicante', 'granada'],
  PT: ['lisbon', 'lisboa', 'porto', 'oporto', 'braga', 'coimbra', 'aveiro', 'faro'],
  NL: ['amsterdam', 'rotterdam', 'the hague', 'den haag', 'utrecht', 'eindhoven', 'delft', 'groningen', 'leiden', 'haarlem'],
  BE: ['brussels', 'bruxelles', 'brussel', 'antwerp', 'antwerpen', 'ghent', 'gent', 'leuven', 'liege'],
  CH: ['zurich', 'geneva', 'geneve', 'genf', 'basel', 'lausanne', 'bern', 'berne', 'lugano', 'zug'],
  AT: ['vienna', 'wien', 'graz', 'linz', 'salzburg', 'innsbruck'],
  SE: ['stockholm', 'gothenburg', 'goteborg', 'malmo', 'uppsala', 'lund'],
  NO: ['oslo', 'bergen', 'trondheim', 'stavanger'],
  DK: ['copenhagen', 'kobenhavn', 'aarhus', 'odense'],
  FI: ['helsinki', 'espoo', 'tampere', 'oulu', 'turku'],
  PL: ['warsaw', 'warszawa', 'krakow', 'cracow', 'wroclaw', 'gdansk', 'poznan', 'lodz', 'katowice', 'gdynia', 'lublin'],
  CZ: ['prague', 'praha', 'brno', 'ostrava'],
  HU: ['budapest', 'debrecen'],
  RO: ['bucharest', 'bucuresti', 'cluj napoca', 'cluj', 'iasi', 'timisoara', 'brasov'],
  BG: ['sofia', 'plovdiv', 'varna'],
  GR: ['athens', 'thessaloniki', 'αθηνα'],
  UA: ['kyiv', 'kiev', 'lviv', 'kharkiv', 'odesa', 'odessa', 'dnipro'],
  RU: ['moscow', 'saint petersburg', 'st petersburg', 'москва', 'novosibirsk', 'kazan'],
  TR: ['istanbul', 'ankara', 'izmir'],
  RS: ['belgrade', 'beograd', 'novi sad'],
  HR: ['zagreb'],
  SI: ['ljubljana'],
  SK: ['bratislava', 'kosice'],
  EE: ['tallinn', 'tartu'],
  LV: ['riga'],
  LT: ['vilnius', 'kaunas'],
  BY: ['minsk'],
  IS: ['reykjavik'],
  LU: ['luxembourg city'],
  CY: ['nicosia', 'limassol'],
  MT: ['valletta'],
  AM: ['yerevan'],
  GE: ['tbilisi'],
  AZ: ['baku'],
  KZ: ['almaty', 'astana'],
  UZ: ['tashkent'],
  IL: ['tel aviv', 'tel aviv yafo', 'jerusalem', 'haifa', 'herzliya'],
  AE: ['dubai', 'abu dhabi', 'sharjah'],
  SA: ['riyadh', 'jeddah', 'dammam'],
  QA: ['doha'],
  BH: ['manama'],
  KW: ['kuwait city'],
  OM: ['muscat'],
  JO: ['amman'],
  LB: ['beirut'],
  EG: ['cairo', 'alexandria', 'giza'],
  MA: ['casablanca', 'rabat', 'marrakech', 'marrakesh'],
  TN: ['tunis'],
  DZ: ['algiers'],
  NG: ['lagos', 'abuja', 'ibadan', 'port harcourt'],
  GH: ['accra', 'kumasi'],
  KE: ['nairobi', 'mombasa'],
  ET: ['addis ababa'],
  RW: ['kigali'],
  UG: ['kampala'],
  TZ: ['dar es salaam'],
  ZA: ['cape town', 'johannesburg', 'durban', 'pretoria'],
  SN: ['dakar'],
  CM: ['douala', 'yaounde'],
  IN: ['bangalore', 'bengaluru', 'mumbai', 'bombay', 'delhi', 'new delhi', 'delhi ncr', 'ncr', 'hyderabad', 'chennai', 'madras', 'pune', 'kolkata', 'calcutta', 'gurgaon', 'gurugram', 'noida', 'ahmedabad', 'jaipur', 'kochi', 'cochin', 'chandigarh', 'indore', 'coimbatore', 'thiruvananthapuram', 'trivandrum', 'mysore', 'mysuru', 'nagpur', 'lucknow', 'bhubaneswar', 'vadodara', 'surat', 'visakhapatnam', 'mangalore'],
  PK: ['karachi', 'lahore', 'islamabad', 'rawalpindi'],
  BD: ['dhaka', 'chittagong'],
  LK: ['colombo'],
  NP: ['kathmandu'],
  CN: ['beijing', 'shanghai', 'shenzhen', 'guangzhou', 'hangzhou', 'chengdu', 'wuhan', 'nanjing', 'xian', 'suzhou', 'tianjin', 'chongqing', '北京', '上海'],
  HK: ['kowloon'],
  TW: ['taipei', 'hsinchu', 'taichung', 'kaohsiung'],
  JP: ['tokyo', 'osaka', 'kyoto', 'yokohama', 'fukuoka', 'nagoya', 'sapporo', '東京'],
  KR: ['seoul', 'busan', 'pangyo', 'seongnam', 'incheon', 'daejeon', '서울'],
  SG: ['singapore'],
  MY: ['kuala lumpur', 'penang', 'petaling jaya', 'cyberjaya'],
  TH: ['bangkok', 'chiang mai', 'phuket'],
  VN: ['ho chi minh city', 'ho chi minh', 'hcmc', 'saigon', 'hanoi', 'ha noi', 'da nang'],
  PH: ['manila', 'metro manila', 'makati', 'cebu', 'cebu city', 'quezon city', 'taguig'],
  ID: ['jakarta', 'bandung', 'bali', 'surabaya', 'yogyakarta'],
  AU: ['sydney', 'melbourne', 'brisbane', 'perth', 'adelaide', 'canberra', 'gold coast', 'hobart', 'darwin'],
  NZ: ['auckland', 'wellington', 'christchurch'],
  BR: ['sao paulo', 'rio de janeiro', 'belo horizonte', 'brasilia', 'porto alegre', 'curitiba', 'recife', 'florianopolis', 'campinas', 'salvador', 'fortaleza'],
  AR: ['buenos aires', 'rosario', 'mendoza'],
  MX: ['mexico city', 'ciudad de mexico', 'cdmx', 'guadalajara', 'monterrey', 'puebla', 'queretaro', 'tijuana'],
  CO: ['bogota', 'medellin', 'barranquilla'],
  CL: ['santiago', 'santiago de chile', 'valparaiso'],
  PE: ['lima'],
  UY: ['montevideo'],
  EC: ['quito', 'guayaquil'],
  VE: ['caracas'],
  CR: ['san jose costa rica'],
  GT: ['guatemala city'],
  DO: ['santo domingo'],
  CU: ['havana', 'la habana'],
  PY: ['asuncion'],
  BO: ['la paz'],
};

/** Regions that have no country code. */
const NO_COUNTRY = new Set(
  ['eu', 'european union', 'europe', 'emea', 'apac', 'latam', 'americas', 'north america', 'south america', 'latin america', 'asia', 'africa', 'middle east', 'mena', 'oceania', 'nordics', 'scandinavia', 'benelux', 'dach', 'cet', 'cest', 'est', 'pst', 'utc', 'gmt'].map(placeKey),
);

const REMOTE_WORDS =
  /(?<![\p{L}\p{N}])(?:(?:fully|100%|full)\s+)?remote(?:ly)?(?:[\s-]+(?:first|friendly|only|ok))?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:anywhere(?:\s+in\s+the\s+world)?|worldwide|global(?:ly)?|hybrid|on-?site|in-?office|work\s+from\s+home|wfh|from\s+home|distributed|telecommute|teletrabajo|remoto|fernarbeit|t[ée]l[ée]travail|a\s+distanza)(?![\p{L}\p{N}])/giu;

const AREA_WORDS = /(?<![\p{L}\p{N}])(?:greater|metropolitan|metro|bay area|area|region|city of|downtown|and surroundings|surroundings|based in|located in|living in|in)(?![\p{L}\p{N}])/gu;

interface Tables {
  country: Map<string, string>;
  state: Map<string, string>;
  city: Map<string, string>;
  maxWords: number;
}

let tables: Tables | null = null;

function buildTables(): Tables {
  const country = new Map<string, string>();
  const state = new Map<string, string>();
  const city = new Map<string, string>();
  const add = (m: Map<string, string>, name: string, code: string): void => {
    const k = placeKey(name);
    if (k.length > 0 && !m.has(k)) m.set(k, code);
  };
  // Our aliases first: they settle ambiguous library names ("Congo").
  for (const [code, names] of Object.entries(COUNTRY_ALIASES)) for (const n of names) add(country, n, code);
  try {
    const all = countries.getNames('en', { select: 'all' }) as Record<string, string[] | string>;
    for (const [code, names] of Object.entries(all)) {
      for (const n of Array.isArray(names) ? names : [names]) {
        add(country, n, code);
        // "Korea, Republic of" / "Moldova, Republic of" → also the part before the comma.
        const head = n.split(/,|\(/u)[0];
        if (head && head !== n) add(country, head, code);
      }
    }
  } catch {
    // The library is optional at runtime: our own tables still work.
  }
  for (const n of Object.values(US_STATES)) add(state, n, 'US');
  for (const n of US_EXTRA_NAMES) add(state, n, 'US');
  for (const n of Object.values(CA_PROVINCES)) add(state, n, 'CA');
  for (const n of CA_EXTRA_NAMES) add(state, n, 'CA');
  for (const n of AU_STATE_NAMES) add(state, n, 'AU');
  for (const n of AU_STATE_CODES) add(state, n, 'AU');
  for (const [code, names] of Object.entries(CITIES)) for (const n of names) add(city, n, code);
  let maxWords = 1;
  for (const m of [country, state, city]) for (const k of m.keys()) maxWords = Math.max(maxWords, k.split(' ').length);
  return { country, state, city, maxWords: Math.min(maxWords, 6) };
}

function getTables(): Tables {
  if (!tables) tables = buildTables();
  return tables;
}

function isoCode(code: string): string | null {
  const k = placeKey(code);
  const alias = getTables().country.get(k);
  if (alias && (k === 'uk' || k === 'us' || k === 'gb')) return alias;
  try {
    return countries.isValid(code) ? code : null;
  } catch {
    return null;
  }
}

/** Lookup of one key: country, then state/province, then city. */
function lookupKey(k: string, t: Tables): string | null {
  if (k.length === 0 || NO_COUNTRY.has(k)) return null;
  return t.country.get(k) ?? t.state.get(k) ?? t.city.get(k) ?? null;
}

function lookupPart(part: string, t: Tables): string | null {
  const k = placeKey(part);
  const direct = lookupKey(k, t);
  if (direct) return direct;
  const stripped = k.replace(AREA_WORDS, ' ').replace(/\s+/gu, ' ').trim();
  if (stripped !== k) return lookupKey(stripped, t);
  return null;
}

/** The city's country, looking only at the city table (for "City, XX" disambiguation). */
function cityCountry(part: string, t: Tables): string | null {
  const k = placeKey(part);
  const stripped = k.replace(AREA_WORDS, ' ').replace(/\s+/gu, ' ').trim();
  return t.city.get(k) ?? t.city.get(stripped) ?? null;
}

/** "XX" after a city: US state / CA province / AU state / ISO code. */
function resolveCode(raw: string, cityPart: string | null, t: Tables): string | null {
  const code = raw.trim();
  const lower = code.toLowerCase();
  if (/^[A-Za-z]{3}$/u.test(code) && AU_STATE_CODES.has(lower)) return 'AU';
  if (!/^[A-Z]{2}$/u.test(code)) return null;
  const cc = cityPart ? cityCountry(cityPart, t) : null;
  const iso = isoCode(code);
  const region = code in US_STATES ? 'US' : code in CA_PROVINCES ? 'CA' : null;
  if (cityPart === null) return iso;
  if (region) {
    if (cc && cc !== region && iso === cc) return cc; // "Berlin, DE"
    if (cc === 'AU' && (code === 'WA' || code === 'NT')) return 'AU'; // "Perth, WA", "Darwin, NT"
    return region;
  }
  if (cc === 'AU' && code === 'SA') return 'AU'; // "Adelaide, SA"

  return iso;
}

/**
 * Location text → ISO 3166-1 alpha-2 code, or null. See the file comment.
 */
export function countryCode(text: string): string | null {
  if (typeof text !== 'string') return null;
  try {
    return countryCodeInner(text.length > MAX ? text.slice(0, MAX) : text);
  } catch {
    return null;
  }
}

/** Emoji and pictographs (📍, 🌍, flags, selectors, joiners): decoration around a place, never part of it. */
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{E0020}-\u{E007F}\uFE0F\u200D\u20E3]+/gu;
const FLAG = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/u;
/** Subdivision flags (🏴 + tag letters): England, Scotland and Wales are GB. */
const TAG_FLAG = /\u{1F3F4}\u{E0067}\u{E0062}[\u{E0061}-\u{E007A}]{3}\u{E007F}/u;

/** The country a flag emoji stands for ("🇿🇦" → ZA), or null. */
export function flagCountry(text: string): string | null {
  if (typeof text !== 'string') return null;
  const m = FLAG.exec(text);
  if (m) {
    const code = String.fromCharCode(m[1]!.codePointAt(0)! - 0x1f1e6 + 65, m[2]!.codePointAt(0)! - 0x1f1e6 + 65);
    return isoCode(code === 'UK' ? 'GB' : code);
  }
  return TAG_FLAG.test(text) ? 'GB' : null;
}

function countryCodeInner(input: string): string | null {
  // Emoji around a place ("📍 Johannesburg 🇿🇦") must not hide it; a flag alone still names its country.
  const hasEmoji = /[\u2190-\u2BFF\uD800-\uDBFF\uFE0F]/.test(input);
  const text = hasEmoji ? input.replace(EMOJI, ' ') : input;
  const found = countryCodeOfText(text);
  return found ?? (hasEmoji ? flagCountry(input) : null);
}

function countryCodeOfText(text: string): string | null {
  const t = getTables();
  const trimmed = text.trim();
  if (trimmed.length === 0) return null;
  if (/^[A-Z]{2}$/u.test(trimmed)) return isoCode(trimmed);

  const noRemote = trimmed.replace(REMOTE_WORDS, ' ');
  const bare = noRemote.replace(/[\s()[\]{}\-–—,;:/|·•.!?*"'+]+/gu, ' ').trim();
  if (bare.length === 0) return null;
  if (/^[A-Z]{2}$/u.test(bare)) return isoCode(bare);

  const parts = noRemote
    .split(/\s*(?:[,;/|·•()[\]{}]|\s[-–—]\s|\s[-–—]|[-–—]\s)\s*/u)
    .map((p) => p.trim())
    .filter((p) => placeKey(p).length > 0);
  if (parts.length === 0) return null;

  const first = parts[0] ?? null;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] ?? '';
    const cityPart = i > 0 ? first : null;
    if (/^[A-Za-z]{2,3}$/u.test(part)) {
      const c = resolveCode(part, cityPart, t);
      if (c) return c;
      if (/^[A-Z]{2,3}$/u.test(part)) continue; // an unknown code; don't read it as a word
    }
    const k = placeKey(part);
    if (k === 'georgia' && parts.length > 1) {
      const cc = cityCountry(parts[0] === part ? (parts[1] ?? '') : (parts[0] ?? ''), t);
      return cc ?? 'US';
    }
    const c = lookupPart(part, t);
    if (c) return c;
  }

  // Fallback: word sequences anywhere, longest and right-most first.
  const words = placeKey(noRemote).split(' ').filter((w) => w.length > 0);
  if (words.length > 200) words.length = 200;
  for (let n = Math.min(t.maxWords, words.length); n >= 1; n--) {
    for (let s = words.length - n; s >= 0; s--) {
      const k = words.slice(s, s + n).join(' ');
      if (n === 1 && k.length < 3 && k !== 'uk' && k !== 'us') continue;
      if (NO_COUNTRY.has(k)) continue;
      const c = t.country.get(k) ?? t.state.get(k) ?? t.city.get(k);
      if (c) return c;
    }
  }
  return null;
}

/**
 * Work-authorisation country names → codes, deduplicated, order kept, unknown
 * names and regions without a code ("European Union", "EU") dropped.
 */
export function countryCodes(names: readonly string[]): string[] {
  const out: string[] = [];
  if (!Array.isArray(names)) return out;
  const seen = new Set<string>();
  for (const name of names.slice(0, 1000)) {
    if (typeof name !== 'string') continue;
    const c = countryCode(name);
    if (c && !seen.has(c)) {
      seen.add(c);
      out.push(c);
    }
  }
  return out;
}
