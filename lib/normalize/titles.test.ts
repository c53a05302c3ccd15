import { describe, expect, it } from 'vitest';
import { companyKey, isInternship, titleFunction, titleSeniority, type JobFunction, type Seniority } from './titles';

describe('titleSeniority', () => {
  const rows: Array<[string, Seniority[]]> = [
    ['Principal Engineer & Co-Founder', ['principal', 'founder']],
    ['Software Engineer II', ['mid']],
    ['Software Engineer I', ['junior']],
    ['SWE III', ['senior']],
    ['Software Engineer IV', ['staff']],
    ['Developer 2', ['mid']],
    ['Senior Software Engineer II', ['senior']],
    ['Senior Frontend Engineer', ['senior']],
    ['Sr. Software Engineer', ['senior']],
    ['Research Intern', ['intern']],
    ['Backend Engineer Intern', ['intern']],
    ['Software Engineering Internship', ['intern']],
    ['Werkstudent Softwareentwicklung', ['intern']],
    ['Engineering Manager', ['manager']],
    ['Senior Engineering Manager', ['senior', 'manager']],
    ['VP of Engineering', ['vp']],
    ['Vice President, Product', ['vp']],
    ['CTO', ['c-level']],
    ['Chief Technology Officer', ['c-level']],
    ['Co-Founder & CEO', ['founder', 'c-level']],
    ['Founder', ['founder']],
    ['Software Engineer', ['mid']],
    ['Data Scientist', ['mid']],
    ['Product Manager', ['mid']],
    ['Senior Product Manager', ['senior']],
    ['Junior Developer', ['junior']],
    ['Jr. Developer', ['junior']],
    ['Associate Software Engineer', ['junior']],
    ['Entry-Level Analyst', ['junior']],
    ['Staff Engineer', ['staff']],
    ['Senior Staff Engineer', ['staff']],
    ['Tech Lead', ['lead']],
    ['Team Lead', ['lead']],
    ['Lead Engineer', ['lead']],
    ['Head of Design', ['director']],
    ['Director of Engineering', ['director']],
    ['Managing Director', ['director']],
    ['Distinguished Engineer', ['principal']],
    ['Semi Senior Developer', ['mid']],
    ['Mid-level Backend Developer', ['mid']],
    ['Chief of Staff', ['manager']],
    ['Internal Tools Engineer', ['mid']],
    ['Lead Generation Specialist', ['mid']],
    ['Desarrollador Senior', ['senior']],
    ['Volunteer', []],
    ['', []],
  ];
  it.each(rows)('%j → %j', (title, expected) => {
    expect(titleSeniority(title)).toEqual(expected);
  });
});

describe('isInternship', () => {
  const rows: Array<[string, boolean]> = [
    ['Research Intern', true],
    ['Backend Engineer Intern', true],
    ['Summer Internship', true],
    ['Software Engineer Co-op', true],
    ['Trainee Developer', true],
    ['Stagiaire développeur', true],
    ['International Sales Manager', false],
    ['Internal Tools Engineer', false],
    ['Senior Software Engineer', false],
    ['', false],
  ];
  it.each(rows)('%j → %s', (title, expected) => {
    expect(isInternship(title)).toBe(expected);
  });
});

describe('titleFunction', () => {
  const rows: Array<[string, JobFunction]> = [
    ['Machine Learning Engineer', 'data-ml'],
    ['Research Intern', 'research'],
    ['Product Designer', 'design'],
    ['Product Manager', 'product'],
    ['Engineering Manager', 'management'],
    ['Web Developer', 'engineering'],
    ['Data Scientist', 'data-ml'],
    ['Account Executive', 'sales'],
    ['Software Engineer II', 'engineering'],
    ['Senior Frontend Engineer', 'engineering'],
    ['VP of Engineering', 'management'],
    ['CTO', 'management'],
    ['Head of Design', 'management'],
    ['Principal Engineer & Co-Founder', 'engineering'],
    ['Founder', 'management'],
    ['UX Researcher', 'design'],
    ['Research Scientist', 'research'],
    ['Data Engineer', 'data-ml'],
    ['Product Marketing Manager', 'marketing'],
    ['Growth Marketer', 'marketing'],
    ['Customer Support Specialist', 'support'],
    ['Technical Support Engineer', 'support'],
    ['Sales Engineer', 'sales'],
    ['Business Development Representative', 'sales'],
    ['DevOps Engineer', 'engineering'],
    ['Site Reliability Engineer', 'engineering'],
    ['Technical Program Manager', 'operations'],
    ['Recruiter', 'operations'],
    ['Operations Analyst', 'operations'],
    ['Product Owner', 'product'],
    ['Volunteer', 'other'],
    ['', 'other'],
  ];
  it.each(rows)('%j → %s', (title, expected) => {
    expect(titleFunction(title)).toBe(expected);
  });
});

describe('companyKey', () => {
  const rows: Array<[string, string]> = [
    ['Snap Inc', 'snap'],
    ['Snap Inc.', 'snap'],
    ['Snap', 'snap'],
    ['SNAP, INC.', 'snap'],
    ['Bloomberg LP', 'bloomberg'],
    ['Bloomberg L.P.', 'bloomberg'],
    ['Google LLC', 'google'],
    ['Acme Ltd', 'acme'],
    ['Acme Limited', 'acme'],
    ['Siemens AG', 'siemens'],
    ['Zalando SE', 'zalando'],
    ['Bosch GmbH', 'bosch'],
    ['Foo GmbH & Co. KG', 'foo'],
    ['Ferrari S.p.A.', 'ferrari'],
    ['Ferrari SpA', 'ferrari'],
    ['Bitrock S.r.l.', 'bitrock'],
    ['Adyen N.V.', 'adyen'],
    ['Booking.com B.V.', 'bookingcom'],
    ['Nestlé S.A.', 'nestle'],
    ['Barclays PLC', 'barclays'],
    ['Microsoft Corporation', 'microsoft'],
    ['Oracle Corp.', 'oracle'],
    ['Procter & Gamble Co.', 'proctergamble'],
    ['Procter and Gamble', 'proctergamble'],
    ['Atlassian Pty Ltd', 'atlassian'],
    ['Latham & Watkins LLP', 'lathamwatkins'],
    ['Spotify AB', 'spotify'],
    ['Nokia Oyj', 'nokia'],
    ['Infosys Pvt. Ltd.', 'infosys'],
    ['Playit.gg', 'playitgg'],
    ['Palantir Technologies', 'palantirtechnologies'],
    ['The Walt Disney Company', 'waltdisneycompany'],
    ['Meta (formerly Facebook)', 'meta'],
    ['AT&T', 'att'],
    ['Co', 'co'],
    ['Inc.', 'inc'],
    ['  ', ''],
    ['', ''],
  ];
  it.each(rows)('%j → %j', (name, expected) => {
    expect(companyKey(name)).toBe(expected);
  });
});

describe('robustness', () => {
  const weird = ['\u0000', '💥'.repeat(1000), 'İ ß ﬁ', 'Senior '.repeat(200_000), 'I '.repeat(300_000), '('.repeat(100_000), 'a.'.repeat(500_000)];
  it.each(weird.map((s) => [s.slice(0, 10), s]))('never throws on %j', (_l, s) => {
    const t0 = performance.now();
    expect(() => titleSeniority(s)).not.toThrow();
    expect(() => titleFunction(s)).not.toThrow();
    expect(() => isInternship(s)).not.toThrow();
    expect(() => companyKey(s)).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
