import { describe, expect, it } from 'vitest';
import { detectProfile } from './sites';

const PROFILES: Array<[string, string]> = [
  ['https://himalayas.app/@petercai1', 'petercai1'],
  ['https://himalayas.app/@sofiamarchetti/', 'sofiamarchetti'],
  ['https://himalayas.app/@PeterCai1?utm_source=x', 'petercai1'],
  ['https://himalayas.app/@jane.doe#experience', 'jane.doe'],
  ['https://www.himalayas.app/@jane_doe', 'jane_doe'],
  ['https://himalayas.app/@a-b-c', 'a-b-c'],
  ['http://himalayas.app/@x1', 'x1'],
];

const NOT_PROFILES = [
  'https://himalayas.app/',
  'https://himalayas.app/jobs',
  'https://himalayas.app/jobs/senior-engineer-123',
  'https://himalayas.app/companies/snap',
  'https://himalayas.app/companies/snap/jobs',
  'https://himalayas.app/talent',
  'https://himalayas.app/talent?q=react',
  'https://himalayas.app/talent/skills/react',
  'https://himalayas.app/talent/categories/frontend-engineer',
  'https://himalayas.app/blog/remote-work',
  'https://himalayas.app/salaries',
  'https://himalayas.app/@petercai1/message',
  'https://himalayas.app/@',
  'https://himalayas.app/@/x',
  'https://himalayas.app/%40petercai1/extra',
  'https://himalayas.app.evil.com/@petercai1',
  'https://evil.com/himalayas.app/@petercai1',
  'https://linkedin.com/in/petercai1',
  'ftp://himalayas.app/@petercai1',
  'javascript:alert(1)//himalayas.app/@x',
  'not a url',
  '',
];

describe('detectProfile', () => {
  it.each(PROFILES)('%s is a profile of %s', (url, handle) => {
    const d = detectProfile(url);
    expect(d).not.toBeNull();
    expect(d!.site).toBe('himalayas');
    expect(d!.profileId).toBe(handle);
    expect(d!.url).toBe(`https://himalayas.app/@${handle}`);
  });
  it.each(NOT_PROFILES)('%s is not a profile', (url) => {
    expect(detectProfile(url)).toBeNull();
  });
});
