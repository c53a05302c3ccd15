/**
 * Name, headline and contact detection.
 */
import { describe, expect, it } from 'vitest';
import { locationIn, looksLikeName, nameFromGreeting, parseHeader, placeOfAddress, tidyName } from './heading';
import { findSections } from './sections';
import { htmlLines, textLines } from './test-helpers';

const NAMES: Array<[string, boolean]> = [
  ['Michael Dai', true],
  ['Jane Okafor', true],
  ['Ana María de la Cruz', true],
  ['Jean-Luc Picard', true],
  ["Seán O'Brien", true],
  ['J. R. Hartley', true],
  ['TOMASZ NOWAK', true],
  ["LIAM O'CONNOR", true],
  ['LIAM O’CONNOR', true],
  ['MARÍA JOSÉ GARCÍA', true],
  ['ANNE-MARIE MCDONALD', true],
  ["D'ANGELO RUSSO", true],
  ['ANA MARÍA DE LA CRUZ', true],
  ['WORK EXPERIENCE', false],
  ['EXPERIENCIA LABORAL', false],
  ['SOBRE MÍ', false],
  ['FORMACIÓN ACADÉMICA', false],
  ["O'CONNOR", false],
  ['Ludwig van Beethoven', true],
  ['Priya Raman (she/her)', true],
  ['Daniel Kim, MBA', true],
  ['Senior Software Engineer', false],
  ['Machine Learning', false],
  ['Open Source', false],
  ['Work Experience', false],
  ['Hello World', false],
  ['Berlin, Germany', false],
  ['University of Waterloo', false],
  ['Acme Corp', false],
  ['Michael', false],
  ['R2 D2', false],
  ['jane doe', false],
  ['San Francisco', false],
  ['The Quick Brown Fox Jumps Over', false],
  ['Interested in hiring Peter?', false],
];

describe('looksLikeName', () => {
  it.each(NAMES)('%j → %s', (text, want) => {
    expect(looksLikeName(text)).toBe(want);
  });

  it('tidies ALL CAPS names and drops pronouns', () => {
    expect(tidyName('TOMASZ NOWAK')).toBe('Tomasz Nowak');
    expect(tidyName('Priya Raman (she/her)')).toBe('Priya Raman');
  });

  it.each([
    ["LIAM O'CONNOR", "Liam O'Connor"],
    ['LIAM O’CONNOR', 'Liam O’Connor'],
    ['MARÍA JOSÉ GARCÍA', 'María José García'],
    ['ANNE-MARIE MCDONALD', 'Anne-Marie McDonald'],
    ["D'ANGELO RUSSO", "D'Angelo Russo"],
    ['ANA MARÍA DE LA CRUZ', 'Ana María de la Cruz'],
    ['LUDWIG VAN BEETHOVEN', 'Ludwig van Beethoven'],
    ['JEAN-LUC PICARD', 'Jean-Luc Picard'],
    ['MACKENZIE SCOTT', 'Mackenzie Scott'],
    ["Seán O'Brien", "Seán O'Brien"],
  ])('tidyName(%j) → %j', (text, want) => {
    expect(tidyName(text)).toBe(want);
  });
});

describe('nameFromGreeting', () => {
  it.each([
    ["Hi, I'm Jane Doe", 'Jane Doe'],
    ['Hello! I am Jane', 'Jane'],
    ["I'm Jane Doe, a product designer in Lisbon.", 'Jane Doe'],
    ['Hi there 👋, I’m Priya Raman', 'Priya Raman'],
    ["Hey, I'm Lucas Ferreira 👋", 'Lucas Ferreira'],
    ['My name is Ana de Souza and I build apps.', 'Ana de Souza'],
    ['Hello world, this is my blog', null],
    ["I'm currently learning Rust", null],
    ['I am a backend engineer', null],
  ] as Array<[string, string | null]>)('%j → %s', (text, want) => {
    expect(nameFromGreeting(text)?.name ?? null).toBe(want);
  });
});

describe('locationIn', () => {
  it.each([
    ['jane@x.com · +1 555 010 2000 · Berlin, Germany · github.com/jane', 'Berlin, Germany'],
    ['Toronto, ON | daniel@example.com', 'Toronto, ON'],
    ['📍 Bengaluru, India', 'Bengaluru, India'],
    ['Based in São Paulo, Brazil · open to remote work', 'São Paulo, Brazil'],
    ['Senior Software Engineer | Backend & Distributed Systems', null],
    ['📍 Johannesburg, South Africa 🇿🇦 · 📫 sipho@ndlovu.co.za · 💼 LinkedIn', 'Johannesburg, South Africa'],
    ['🌍 Lisbon, Portugal', 'Lisbon, Portugal'],
    ['Berlin, Germany 🇩🇪 | anna@example.de', 'Berlin, Germany'],
    ['🏠 Kraków, Poland', 'Kraków, Poland'],
    ['📫 jane@x.com · 🔗 jane.dev', null],
    // The place in the middle of a long intro paragraph, up to the end of its sentence.
    [
      'Friends ask me for a CV often enough that I keep one here, so this page is it. I am a pastry chef living in Lyon, France. I have worked in hotel kitchens since 2011 and I still love early mornings, croissants, and laminating dough by hand.',
      'Lyon, France',
    ],
    ['Hi! I am a product designer based in Porto. Before design I studied architecture for five years and drew a lot of stairs that nobody built, mostly for fun and sometimes for money.', 'Porto'],
    // Someone else's town ("my partner lives in …") is not the person's; the words after a known city are dropped.
    ['My partner lives in Toronto, which is why I fly a lot; I am based in Cape Town South Africa and work remotely with teams in three time zones.', 'Cape Town'],
  ] as Array<[string, string | null]>)('%j → %s', (text, want) => {
    expect(locationIn(text)).toBe(want);
  });
});

describe('parseHeader', () => {
  const header = (text: string) => {
    const lines = textLines(text);
    return parseHeader(findSections(lines).header, lines);
  };

  it('name, headline and contact line of a plain-text CV', () => {
    const h = header('JANE DOE\nStaff Engineer | Payments\njane@doe.dev · +44 20 7946 0000 · London, UK · github.com/janedoe\n\nEXPERIENCE\nEngineer, Acme\n');
    expect(h).toMatchObject({ name: 'Jane Doe', headline: 'Staff Engineer | Payments', location: 'London, UK' });
    expect(h.links.map((l) => l.url)).toEqual(['mailto:jane@doe.dev', 'https://github.com/janedoe']);
  });

  it('an ALL CAPS name with an apostrophe, then the headline as usual (Liam O’Connor CV)', () => {
    const h = header("LIAM O'CONNOR\nMachine Learning Engineer — NLP and search ranking\nDublin, Ireland · liam@liamoconnor.ie · github.com/liamoc\n\nSUMMARY\nML engineer.\n");
    expect(h).toMatchObject({ name: "Liam O'Connor", headline: 'Machine Learning Engineer — NLP and search ranking', location: 'Dublin, Ireland' });
  });

  it('an ALL CAPS name with accents', () => {
    const h = header('MARÍA JOSÉ GARCÍA\nIngeniera de datos\nMadrid, España\n\nEXPERIENCIA\nIngeniera de datos en Cabify\n');
    expect(h).toMatchObject({ name: 'María José García', headline: 'Ingeniera de datos', location: 'Madrid, España' });
  });

  it('a place with emoji around it (README header)', () => {
    const lines = htmlLines('<h1>Hi there 👋, I’m Sipho Ndlovu</h1><h3>Graduate software engineer</h3><p>📍 Johannesburg, South Africa 🇿🇦 · 📫 <a href="mailto:s@n.co.za">s@n.co.za</a></p><h2>💼 Experience</h2>');
    expect(parseHeader(findSections(lines).header, lines).location).toBe('Johannesburg, South Africa');
  });

  it('a "Location" label touching its value, or after a colon, anywhere on the page', () => {
    const a = htmlLines('<h1>Tomasz Kowalski</h1><p>SRE</p><h2>Experience</h2><p>SRE at Allegro</p><aside><div><span>Location</span><span>Kraków, Poland</span></div></aside>');
    expect(parseHeader(findSections(a).header, a).location).toBe('Kraków, Poland');
    const b = textLines('Jane Doe\nEngineer\n\nEXPERIENCE\nEngineer, Acme\nLocation: Vienna, Austria\n');
    expect(parseHeader(findSections(b).header, b).location).toBe('Vienna, Austria');
  });

  it('a place at the end of the headline line', () => {
    const lines = htmlLines('<h1>Julien Moreau</h1><p>Ingénieur data · Paris, France</p><h2>Expérience professionnelle</h2>');
    expect(parseHeader(findSections(lines).header, lines)).toMatchObject({ headline: 'Ingénieur data · Paris, France', location: 'Paris, France' });
  });

  it('does not take the contact line as the headline', () => {
    const h = header('Jane Doe\njane@doe.dev | London, UK\n\nSummary\nEngineer.\n');
    expect(h.headline).toBeNull();
    expect(h.location).toBe('London, UK');
  });

  it('uses the h1 and splits a tagline off it', () => {
    const lines = htmlLines('<h1>Jane Doe — Staff Engineer</h1><h2>Experience</h2><p>Engineer at Acme</p>');
    const h = parseHeader(findSections(lines).header, lines);
    expect(h).toMatchObject({ name: 'Jane Doe', headline: 'Staff Engineer' });
  });

  it('reads a greeting and the line under it', () => {
    const lines = htmlLines("<div><span>Hi, I'm Lucas Ferreira 👋</span></div><div>Product designer focused on fintech</div><p><b>Work</b></p>");
    const h = parseHeader(findSections(lines).header, lines);
    expect(h).toMatchObject({ name: 'Lucas Ferreira', headline: 'Product designer focused on fintech' });
  });

  it('skips a @handle under the name and keeps it', () => {
    const lines = htmlLines('<h1>Peter Cai</h1><p>@petercai1</p><p>Senior software engineer building web platforms.</p><h2>Experience</h2>');
    const h = parseHeader(findSections(lines).header, lines);
    expect(h).toMatchObject({ name: 'Peter Cai', handle: 'petercai1', headline: 'Senior software engineer building web platforms.' });
  });

  it('only http(s) and mailto links', () => {
    const lines = htmlLines('<h1>Jane Doe</h1><p><a href="javascript:alert(1)">x</a> <a href="ftp://a.b/c">f</a> <a href="https://jane.dev">site</a></p>');
    const h = parseHeader(findSections(lines).header, lines);
    expect(h.links.map((l) => l.url)).toEqual(['https://jane.dev/']);
  });
});

describe('placeOfAddress', () => {
  it.each([
    ['Lindenweg 4, 04109 Leipzig (Germany)', 'Leipzig, Germany'],
    ['Strada Mare 12, 400114 Cluj-Napoca (Romania)', 'Cluj-Napoca, Romania'],
    ['7 Mill Lane, Leeds LS1 4AB, United Kingdom', 'Leeds, United Kingdom'],
    ['Flat 2, 10 Rue Neuve', null],
    ['Seattle, WA 98101', 'Seattle, WA'],
    ['Seattle, WA 98101-2345', 'Seattle, WA'],
    ['3 Quai Ouest, Lyon 69002', 'Lyon'],
    ['Storgatan 9, 411 38 Göteborg (Sweden)', 'Göteborg, Sweden'],
  ] as Array<[string, string | null]>)('%j → %s', (text, want) => expect(placeOfAddress(text)).toBe(want));
});

describe('personal details (Europass)', () => {
  const header = (text: string) => {
    const lines = textLines(text);
    return parseHeader(findSections(lines).header, lines);
  };
  it('a birth date / nationality line is never the headline; the home address gives the place', () => {
    const h = header('Curriculum Vitae\n\nJo Bakker\n\nDate of birth: 01/02/1990    Nationality: Dutch\nEmail address: jo@example.org\nHome: Lindenweg 4, 04109 Leipzig (Germany)\n\nWORK EXPERIENCE\nPlanner\n');
    expect(h).toMatchObject({ name: 'Jo Bakker', headline: null, location: 'Leipzig, Germany' });
  });
  it('a postal address inside a contact line gives the place', () => {
    const h = header('Jo Bakker\nDemand Planner\nAcme Institute, Lindenweg 4, 04109 Leipzig, Germany · jo@example.org · +49 30 1234567\n\nEXPERIENCE\nPlanner\n');
    expect(h.location).toBe('Leipzig, Germany');
  });
  it('"Job applied for" gives the headline', () => {
    const h = header('Jo Bakker\nPersonal information\njo@example.org\nJob applied for\nDemand Planner\n\nWORK EXPERIENCE\nPlanner\n');
    expect(h.headline).toBe('Demand Planner');
  });
  it('a headline leading a contact line', () => {
    const h = header('Jo Bakker\nDemand Planning Engineer · Leipzig, Germany · jo@example.org · jo.dev\n\nEXPERIENCE\nPlanner\n');
    expect(h).toMatchObject({ headline: 'Demand Planning Engineer', location: 'Leipzig, Germany' });
  });
});

describe('honorifics before a name', () => {
  it.each([
    ['Dr Jane Okoro', 'Jane Okoro'],
    ['Prof. Jane Okoro', 'Jane Okoro'],
    ['Jane Okoro', 'Jane Okoro'],
  ])('%s → %s', (text, want) => {
    expect(looksLikeName(text)).toBe(true);
    expect(tidyName(text)).toBe(want);
  });
  it('"Dr" alone before a role is not a name', () => expect(looksLikeName('Dr Engineer')).toBe(false));
});


describe('an h1 statement under a plain name', () => {
  it('beats a short "Role · Place" line as the headline', () => {
    const lines = htmlLines('<p>Jo Bakker</p><p>Planner · Utrecht</p><h1>Demand planner keeping shelves full without waste.</h1><h2>Experience</h2><p>Planner at Acme</p>');
    expect(parseHeader(findSections(lines).header, lines).headline).toBe('Demand planner keeping shelves full without waste.');
  });
  it('a longer headline line stays', () => {
    const lines = htmlLines('<p>Jo Bakker</p><p>Senior demand planner for grocery retail</p><h1>Planner who keeps shelves full.</h1><h2>Experience</h2><p>Planner at Acme</p>');
    expect(parseHeader(findSections(lines).header, lines).headline).toBe('Senior demand planner for grocery retail');
  });
});

describe('the name written twice, in two scripts', () => {
  const header = (text: string) => {
    const lines = textLines(text);
    return parseHeader(findSections(lines).header, lines);
  };
  it.each<[string, string]>([
    ['Mei-Hua Lin (林美華)', 'Mei-Hua Lin'],
    ['Olga Petrova (Ольга Петрова)', 'Olga Petrova'],
  ])('a bracketed copy in another script: %s', (line, name) => {
    expect(header(`${line}\n=================\n\nData Engineer — pipelines and search\n\nExperience\n----------\nData Engineer, Acme   2019 – 2021\n`)).toMatchObject({ name, headline: 'Data Engineer — pipelines and search' });
  });
  it('a bracket in Latin letters is no copy: "Jo Smith (CTO)" is not read as a name', () => expect(looksLikeName('Jo Smith (CTO)')).toBe(false));
  it.each([['김민준'], ['林美華'], ['Ольга Петрова']])('the copy on its own line under the name is not the headline: %s', (copy) => {
    const lines = htmlLines(`<h2>Jo Example</h2><p>${copy}</p><p>Backend Engineer (Go, Kafka)</p><h4>Experience</h4><p>Acme</p><h4>Skills</h4><p>Go</p>`);
    expect(parseHeader(findSections(lines).header, lines)).toMatchObject({ name: 'Jo Example', headline: 'Backend Engineer (Go, Kafka)' });
  });
});

describe('no h1: the one heading of the top level stands for it', () => {
  const parse = (html: string) => {
    const lines = htmlLines(html);
    return parseHeader(findSections(lines).header, lines);
  };
  it('a sidebar first, then the name as the only h2 over h4 sections', () => {
    const h = parse('<aside><h4>Skills</h4><p>Spring Boot</p><p>Expert</p><h4>Languages</h4><p>English</p></aside><main><h2>Jo Example</h2><p>Backend Engineer</p><h4>Experience</h4><p>Acme</p></main>');
    expect(h).toMatchObject({ name: 'Jo Example', headline: 'Backend Engineer' });
  });
});

describe('the headline is never the name again or the document title', () => {
  const parse = (html: string) => {
    const lines = htmlLines(html);
    return parseHeader(findSections(lines).header, lines);
  };
  it.each<[string, string, string]>([
    // A site title over the page's own title and name block.
    ['<p>Ruth Adeyemi</p><h1>Curriculum Vitae</h1><p>Ruth Adeyemi</p><p>Hydrologist — flood models and field surveys</p><h2>Experience</h2><p>Hydrologist at Acme</p>', 'Ruth Adeyemi', 'Hydrologist — flood models and field surveys'],
    // An exported document's title line, then the name, then the role.
    ['<p>Tomas Lindgren — Resume 2025</p><p>Tomas Lindgren</p><p>Supply Chain Analyst · Forecasting</p><p>EXPERIENCE</p><p>Analyst at Acme</p>', 'Tomas Lindgren', 'Supply Chain Analyst · Forecasting'],
    // The name again in capitals.
    ['<h1>Ines Moreau</h1><p>INES MOREAU</p><p>Pastry chef and bakery manager</p><h2>Experience</h2><p>Chef at Acme</p>', 'Ines Moreau', 'Pastry chef and bakery manager'],
    // "Résumé" under the name.
    ['<h1>Ana Costa</h1><p>Résumé</p><p>Civil engineer, bridges and tunnels</p><h2>Experience</h2><p>Engineer at Acme</p>', 'Ana Costa', 'Civil engineer, bridges and tunnels'],
  ])('%#', (html, name, headline) => expect(parse(html)).toMatchObject({ name, headline }));
  it('a name and "CV" on one line give no headline', () => {
    expect(parse('<p>Tomas Lindgren — CV</p><p>tomas@example.org</p><h2>Experience</h2><p>Analyst at Acme</p>').headline).toBeNull();
  });
});

describe('a name set on two lines', () => {
  const parse = (html: string) => {
    const lines = htmlLines(html);
    return parseHeader(findSections(lines).header, lines);
  };
  it.each<[string, string, string | null]>([
    ['<aside><p>Marta</p><p>Kowalczyk</p><p>Data analyst</p><h2>Contact</h2><p>marta@example.org</p></aside><main><h2>Experience</h2><p>Analyst at Acme</p></main>', 'Marta Kowalczyk', 'Data analyst'],
    ['<div><p>Jonas</p><p>Becker</p></div><p>Industrial designer</p><h2>Experience</h2><p>Designer at Acme</p>', 'Jonas Becker', 'Industrial designer'],
    // Two menu links are no name.
    ['<nav><a href="/a">Writing</a><br><a href="/b">Talks</a></nav><p>Ruth Adeyemi</p><p>Hydrologist</p><h2>Experience</h2><p>Hydrologist at Acme</p>', 'Ruth Adeyemi', 'Hydrologist'],
  ])('%#', (html, name, headline) => expect(parse(html)).toMatchObject({ name, headline }));
});

describe('the lines under the name heading, after a section label above it', () => {
  const parse = (html: string) => {
    const lines = htmlLines(html);
    return parseHeader(findSections(lines).header, lines);
  };
  it.each<[string, string]>([
    ['<p>Curriculum vitae</p><p>Personal information</p><h1>Jo Example</h1><p>Calle Mayor 5, 28013 Madrid (Spain)</p><p>jo@example.org</p><p>Work experience</p><p>2019 – 2023</p><p>Nurse, Hope Clinic</p>', 'Madrid, Spain'],
    ['<p>Curriculum vitae</p><p>Contact details</p><h1>Ana Lund</h1><p>Storgatan 9, 411 38 Göteborg (Sweden)</p><p>+46 70 123 45 67</p><p>Work experience</p><p>Welder, Volvo Cars</p><p>2015 – 2020</p>', 'Göteborg, Sweden'],
    ['<p>Curriculum vitae</p><p>Personal details</p><h1>Lea Roth</h1><p>lea@example.org · Vienna, Austria</p><p>Education</p><p>University of Vienna, BA History, 2010 – 2013</p>', 'Vienna, Austria'],
  ])('%#', (html, location) => expect(parse(html).location).toBe(location));
});

describe('a place closing the headline after "in"', () => {
  const parse = (html: string) => {
    const lines = htmlLines(html);
    return parseHeader(findSections(lines).header, lines);
  };
  it.each<[string, string | null]>([
    ['<h1>Ruth Adeyemi</h1><p>Hydrologist modelling floods in Lagos.</p><h2>Experience</h2><p>Hydrologist at Acme</p>', 'Lagos'],
    ['<h1>Tom Price</h1><p>Nurse practitioner in Leeds, UK</p><h2>Experience</h2><p>Nurse at Acme</p>', 'Leeds, UK'],
    ['<h1>Ana Costa</h1><p>Backend engineer from Porto</p><h2>Experience</h2><p>Engineer at Acme</p>', 'Porto'],
    // Not a place: left empty.
    ['<h1>Ana Costa</h1><p>Engineer with a PhD in Machine Learning</p><h2>Experience</h2><p>Engineer at Acme</p>', null],
  ])('%#', (html, location) => expect(parse(html).location).toBe(location));
});
