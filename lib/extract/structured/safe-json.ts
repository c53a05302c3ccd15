/**
 * JSON parsing for untrusted input (JSON-LD blocks, import files): never
 * throws, drops keys that could pollute prototypes (__proto__, constructor,
 * prototype), and refuses values nested deeper than `maxDepth`.
 *
 * It parses without a reviver and then removes those keys in one walk that
 * also checks the depth: a reviver call per value made a 20 MB export take
 * about 1 s to parse in Chromium; this takes a third of that. JSON.parse
 * itself never touches a prototype (a "__proto__" key becomes an own
 * property), so removing the keys afterwards is equivalent (the tests hold it
 * against the reviver form).
 */
const POISON = new Set(['__proto__', 'constructor', 'prototype']);

export function safeJsonParse(text: string, maxDepth = 64): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return stripPoisonWithin(value, 0, maxDepth) ? value : undefined;
}

/** Removes prototype keys in place; false when a value sits deeper than `max` (recursion stops there). */
function stripPoisonWithin(v: unknown, depth: number, max: number): boolean {
  if (depth > max) return false;
  if (v === null || typeof v !== 'object') return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!stripPoisonWithin(v[i], depth + 1, max)) return false;
    return true;
  }
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (POISON.has(k)) delete o[k];
    else if (!stripPoisonWithin(o[k], depth + 1, max)) return false;
  }
  return true;
}
