import { describe, expect, it } from 'vitest';
import { countryCode, countryCodes, flagCountry } from './places';

describe('countryCode', () => {
  const rows: Array<[string, string | null]> = [
    // country names and variants
    ['Italy', 'IT'],
    ['Germany', 'DE'],
    ['United States', 'US'],
    ['United States of America', 'US'],
    ['USA', 'US'],
    ['U.S.', 'US'],
    ['U.S.A.', 'US'],
    ['UK', 'GB'],
    ['U.K.', 'GB'],
    ['United Kingdom', 'GB'],
    ['England', 'GB'],
    ['Scotland', 'GB'],
    ['Great Britain', 'GB'],
    ['UAE', 'AE'],
    ['South Korea', 'KR'],
    ['Korea, Republic of', 'KR'],
    ['Czechia', 'CZ'],
    ['Czech Republic', 'CZ'],
    ['Holland', 'NL'],
    ['The Netherlands', 'NL'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Russia', 'RU'],
    ['Vietnam', 'VN'],
    ['Ivory Coast', 'CI'],
    ['India', 'IN'],
    ['Canada', 'CA'],
    ['Georgia', 'GE'],
    // native names
    ['Italia', 'IT'],
    ['Deutschland', 'DE'],
    ['España', 'ES'],
    ['México', 'MX'],
    ['Brasil', 'BR'],
    ['Österreich', 'AT'],
    ['Schweiz', 'CH'],
    ['Suisse', 'CH'],
    ['Svizzera', 'CH'],
    ['Nederland', 'NL'],
    ['Polska', 'PL'],
    ['Sverige', 'SE'],
    ['Norge', 'NO'],
    ['Danmark', 'DK'],
    ['Suomi', 'FI'],
    ['Éire', 'IE'],
    ['Ελλάδα', 'GR'],
    ['日本', 'JP'],
    ['Россия', 'RU'],
    // city, country
    ['Milan, Italy', 'IT'],
    ['Milano, Lombardia, Italia', 'IT'],
    ['Berlin, Germany', 'DE'],
    ['London, United Kingdom', 'GB'],
    ['London, England, United Kingdom', 'GB'],
    ['Seattle, WA', 'US'],
    ['Seattle, Washington, United States', 'US'],
    ['Austin, Texas', 'US'],
    ['San Jose, CA', 'US'],
    ['Indianapolis, IN', 'US'],
    ['Atlanta, GA', 'US'],
    ['Atlanta, Georgia', 'US'],
    ['Tbilisi, Georgia', 'GE'],
    ['Wilmington, DE', 'US'],
    ['Berlin, DE', 'DE'],
    ['Pune, IN', 'IN'],
    ['Milan, IT', 'IT'],
    ['Paris, FR', 'FR'],
    ['Toronto, ON', 'CA'],
    ['Toronto, Ontario, Canada', 'CA'],
    ['Ontario', 'CA'],
    ['London, ON', 'CA'],
    ['Vancouver, BC', 'CA'],
    ['Montréal, QC', 'CA'],
    ['Sydney, NSW', 'AU'],
    ['Melbourne VIC', 'AU'],
    ['Melbourne, Victoria', 'AU'],
    ['New South Wales', 'AU'],
    ['Perth, WA', 'AU'],
    ['Adelaide, SA', 'AU'],
    ['Tacoma, WA', 'US'],
    ['Spokane, WA', 'US'],
    ['Texas', 'US'],
    ['New Mexico', 'US'],
    ['New Jersey', 'US'],
    ['Greater Seattle Area', 'US'],
    ['San Francisco Bay Area', 'US'],
    ['Greater London', 'GB'],
    ['Greater Milan Metropolitan Area', 'IT'],
    // cities alone
    ['London', 'GB'],
    ['Berlin', 'DE'],
    ['Bangalore', 'IN'],
    ['Bengaluru', 'IN'],
    ['San Francisco', 'US'],
    ['NYC', 'US'],
    ['New York', 'US'],
    ['Toronto', 'CA'],
    ['Singapore', 'SG'],
    ['Dubai', 'AE'],
    ['São Paulo', 'BR'],
    ['Lagos', 'NG'],
    ['Zürich', 'CH'],
    ['Kraków', 'PL'],
    ['Łódź', 'PL'],
    ['København', 'DK'],
    ['Tel Aviv', 'IL'],
    ['Mexico City', 'MX'],
    ['Ho Chi Minh City', 'VN'],
    ['The Hague', 'NL'],
    // remote
    ['Remote', null],
    ['Remote (US)', 'US'],
    ['Remote - Germany', 'DE'],
    ['Remote, Europe', null],
    ['Fully remote (anywhere)', null],
    ['Worldwide', null],
    ['Anywhere', null],
    ['Hybrid - Amsterdam', 'NL'],
    ['Remote – CA', 'CA'],
    ['Software engineer based in Berlin', 'DE'],
    // two-letter codes alone
    ['DE', 'DE'],
    ['IT', 'IT'],
    ['CA', 'CA'],
    ['IN', 'IN'],
    ['US', 'US'],
    ['EU', null],
    ['XX', null],
    // negatives
    ['', null],
    ['   ', null],
    ['European Union', null],
    ['EMEA', null],
    ['Mars', null],
    ['in', null],
    ['ca', null],
    ['123', null],
    // emoji around a place never hide it; a flag alone names its country
    ['📍 Johannesburg, South Africa 🇿🇦', 'ZA'],
    ['Johannesburg 🇿🇦', 'ZA'],
    ['🇿🇦', 'ZA'],
    ['Somewhere nice 🇳🇬', 'NG'],
    ['🌍 Lisbon, Portugal', 'PT'],
    ['📍Berlin', 'DE'],
    ['Kraków, Poland 🇵🇱', 'PL'],
    ['🇬🇧 London', 'GB'],
    ['Remote 🇧🇷', 'BR'],
    ['Toronto, ON 🇨🇦', 'CA'],
    ['Berlin 🇫🇷', 'DE'],
    ['🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'GB'],
    ['Remote 🌍', null],
    ['🚀✨', null],
  ];
  it.each(rows)('%j → %j', (text, expected) => {
    expect(countryCode(text)).toBe(expected);
  });
});

describe('flagCountry', () => {
  it.each<[string, string | null]>([
    ['🇿🇦', 'ZA'],
    ['🇩🇪 Berlin', 'DE'],
    ['🇺🇸🇨🇦', 'US'],
    ['🏴󠁧󠁢󠁥󠁮󠁧󠁿', 'GB'],
    ['no flag', null],
  ])('%j → %j', (text, expected) => {
    expect(flagCountry(text)).toBe(expected);
  });
});

describe('countryCodes', () => {
  const rows: Array<[string[], string[]]> = [
    [['Italy', 'Germany'], ['IT', 'DE']],
    [['United States'], ['US']],
    [['European Union', 'EU', 'Italy'], ['IT']],
    [['USA', 'United States', 'US'], ['US']],
    [['Canada', 'United Kingdom', 'Atlantis'], ['CA', 'GB']],
    [['Germany', 'Italy', 'Germany'], ['DE', 'IT']],
    [[], []],
  ];
  it.each(rows)('%j → %j', (names, expected) => {
    expect(countryCodes(names)).toEqual(expected);
  });
});

describe('robustness', () => {
  const weird = ['\u0000', '💥'.repeat(1000), ',,,,', '()', '- - -', 'İ ß', 'a, '.repeat(400_000), '1-2-'.repeat(50_000)];
  it.each(weird.map((w) => [w.slice(0, 10), w]))('never throws on %j', (_l, s) => {
    const t0 = performance.now();
    expect(() => countryCode(s)).not.toThrow();
    expect(() => countryCodes([s, s])).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(200);
  });
  it('ignores non-string input', () => {
    expect(countryCode(undefined as unknown as string)).toBeNull();
    expect(countryCodes([1 as unknown as string, 'Italy'])).toEqual(['IT']);
  });
});
