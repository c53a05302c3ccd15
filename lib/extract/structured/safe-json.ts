/**
 * JSON parsing for untrusted input: never throws, drops keys that could
 * pollute prototypes (__proto__, constructor, prototype), and bounds depth.
 */
const POISON = new Set(['__proto__', 'constructor', 'prototype']);

export function safeJsonParse(text: string, maxDepth = 64): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v) => (POISON.has(key) ? undefined : v));
  } catch {
    return undefined;
  }
  return tooDeep(value, maxDepth) ? undefined : value;
}

function tooDeep(v: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[v, 0]];
  while (stack.length) {
    const [x, d] = stack.pop()!;
    if (d > max) return true;
    if (x && typeof x === 'object') for (const c of Object.values(x as object)) stack.push([c, d + 1]);
  }
  return false;
}
