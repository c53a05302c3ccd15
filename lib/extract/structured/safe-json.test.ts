import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeJsonParse } from './safe-json';

const POISON = new Set(['__proto__', 'constructor', 'prototype']);

describe('safeJsonParse', () => {
  // The plain form it replaces: a reviver that drops the keys, then a depth check.
  const reference = (text: string, max = 64): unknown => {
    let value: unknown;
    try {
      value = JSON.parse(text, (k, v) => (POISON.has(k) ? undefined : v));
    } catch {
      return undefined;
    }
    const stack: Array<[unknown, number]> = [[value, 0]];
    while (stack.length) {
      const [x, d] = stack.pop()!;
      if (d > max) return undefined;
      if (x && typeof x === 'object') for (const c of Object.values(x as object)) stack.push([c, d + 1]);
    }
    return value;
  };

  const deep = (n: number, leaf = '1') => '['.repeat(n) + leaf + ']'.repeat(n);
  it.each([
    ['{"a":1,"__proto__":{"polluted":true},"b":{"constructor":{"x":1},"prototype":2,"c":[{"__proto__":1}]}}'],
    ['[1,"two",null,true,{"k":[]}]'],
    ['"just a string"'],
    ['null'],
    ['{"a":'],
    [''],
    [deep(64)],
    [deep(65)],
    [deep(63, '{"a":1}')],
    [deep(64, '{"a":1}')],
    [deep(64, '{"__proto__":{"b":1}}')],
    ['{"__proto__":' + deep(200) + '}'], // a removed key's depth does not count
    [deep(100_000)],
  ])('%# gives what the reviver form gives', (text) => {
    expect(safeJsonParse(text)).toEqual(reference(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('property: the same value as the reviver form for any JSON, with prototype keys mixed in', () => {
    const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'a'));
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.array(tie('tree'), { maxLength: 4 }), fc.dictionary(key, tie('tree'), { maxKeys: 4 })),
    }));
    fc.assert(
      fc.property(tree, fc.integer({ min: 0, max: 6 }), (value, max) => {
        const text = JSON.stringify(value);
        if (text === undefined) return;
        expect(safeJsonParse(text, max)).toEqual(reference(text, max));
      }),
      { numRuns: 500 },
    );
  });
});
