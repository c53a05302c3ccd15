/**
 * Work authorisation written in a page's header or contact lines.
 */
import { describe, expect, it } from 'vitest';
import { countryCodes } from '../../normalize/places';
import { workAuthorizationIn } from './places';
import { parseResume } from './index';
import { textLines } from './test-helpers';

describe('workAuthorizationIn', () => {
  it.each<[string, string[]]>([
    ['Work authorization: Brazil and Portugal (dual citizen)', ['BR', 'PT']],
    ['Florianópolis, Brazil · gabriel@example.com · Work authorization: Brazil and Portugal · Open to remote roles', ['BR', 'PT']],
    ['Authorized to work in the US and Canada', ['US', 'CA']],
    ['Authorised to work in the UK', ['GB']],
    ['Eligible to work in Germany, France', ['DE', 'FR']],
    ['Right to work: Australia', ['AU']],
    ['Austin, TX · marcus@example.com · US citizen', ['US']],
    ['Green card holder', ['US']],
    ['EU citizen', []],
    ['Mexican citizen; open to relocation', ['MX']],
    ['Canadian permanent resident', ['CA']],
    ['South African passport holder', ['ZA']],
    ['Worked with Canadian clients and Italian citizens', []],
    ['Led work authorization tooling for HR', []],
    ['I work in Berlin', []],
    ['Senior Engineer at Acme', []],
    ['Authorised to work in Kenya and the United Kingdom. Not seeking visa sponsorship.', ['KE', 'GB']],
    ['Can work in: Spain, Mexico', ['ES', 'MX']],
    ['Work eligibility: Canadian citizen — no sponsorship needed', ['CA']],
    ['Able to work in Ireland — EU passport', ['IE']],
    ['I can work in a team of any size', []],
    ['I can work in Berlin or remotely', []],
  ])('%s', (line, codes) => {
    expect(countryCodes(workAuthorizationIn(line))).toEqual(codes);
  });

  it('reads it from an Additional / Other section', () => {
    const blocks = textLines('Jo Bloggs\nData Engineer\n\nEXPERIENCE\nData Engineer, Acme, 2019 – 2021\n\nADDITIONAL\n• Spanish citizen; open to remote roles\n').map((l) => ({ kind: 'text' as const, text: l.text }));
    expect(countryCodes(parseResume(blocks).workAuthorization ?? [])).toEqual(['ES']);
  });

  it('reads it from the header of a plain-text resume', () => {
    const blocks = textLines('Marcus Johnson\nSenior Product Manager\nAustin, TX · marcus@example.com · US citizen\n\nEXPERIENCE\nProduct Manager, Acme, 2019 – 2021\n').map((l) => ({ kind: 'text' as const, text: l.text }));
    expect(countryCodes(parseResume(blocks).workAuthorization ?? [])).toEqual(['US']);
  });
});
