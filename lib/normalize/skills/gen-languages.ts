/**
 * Build-time generator: picks well-known programming languages out of the `linguist-languages` package
 * (a devDependency) and writes languages.generated.ts. Run once with
 * `npx tsx lib/normalize/skills/gen-languages.ts`; the shipped code never imports linguist-languages.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as linguist from 'linguist-languages';

interface Pick {
  /** Canonical name when it differs from linguist's. */
  name?: string;
  /** The bare name is an ordinary English word (see SkillEntry.ambiguous). */
  ambiguous?: boolean;
  /** Extra aliases not in linguist. */
  extra?: string[];
  /** Forms that only match with exact casing. */
  exact?: string[];
  /** Aliases that are ordinary words (context + casing needed). */
  ambiguousAliases?: string[];
}

/** Curated allow-list keyed by linguist's language name. */
const ALLOW: Record<string, Pick> = {
  ABAP: {},
  ActionScript: {},
  Ada: { ambiguous: true },
  Apex: { ambiguous: true },
  AppleScript: {},
  Assembly: { ambiguous: true, extra: ['Assembly Language', 'x86 Assembly', 'ARM Assembly'], exact: ['ASM'] },
  AutoHotkey: {},
  Awk: {},
  Ballerina: { ambiguous: true },
  C: { ambiguous: true, extra: ['C language', 'ANSI C', 'C99', 'C11'] },
  'C#': { extra: ['C Sharp', 'C#.NET'] },
  'C++': { extra: ['CPP', 'C++11', 'C++14', 'C++17', 'C++20', 'Modern C++'] },
  Cairo: { ambiguous: true },
  Clojure: { extra: ['ClojureScript'] },
  COBOL: {},
  CoffeeScript: {},
  'Common Lisp': { extra: ['Lisp'] },
  Crystal: { ambiguous: true },
  Cuda: { name: 'CUDA' },
  Cython: {},
  Dart: { ambiguous: true, extra: ['Dartlang'] },
  Elixir: { ambiguous: true },
  Elm: { ambiguous: true },
  'Emacs Lisp': {},
  Erlang: {},
  'F#': {},
  Fortran: {},
  GDScript: {},
  Gleam: { ambiguous: true },
  GLSL: {},
  Go: { ambiguous: true, extra: ['Go language', 'Go lang'] },
  Groovy: { ambiguous: true },
  Haskell: {},
  Haxe: {},
  HLSL: {},
  Idris: {},
  Java: { extra: ['Java 8', 'Java 11', 'Java 17', 'Java 21', 'Core Java', 'J2EE', 'Java EE', 'Jakarta EE'] },
  JavaScript: { extra: ['JS', 'ES6', 'ES2015', 'ECMAScript', 'Vanilla JS', 'Vanilla JavaScript', 'ES6+'] },
  Julia: { ambiguous: true },
  Kotlin: {},
  LabVIEW: {},
  'Lean 4': { name: 'Lean 4', extra: ['Lean4'] },
  Lua: {},
  Luau: {},
  MATLAB: { extra: ['Simulink'] },
  Mojo: { ambiguous: true },
  Nim: { ambiguous: true },
  Nix: { ambiguous: true },
  'Objective-C': { extra: ['ObjC', 'Objective C'] },
  OCaml: {},
  Odin: { ambiguous: true },
  OpenCL: {},
  Pascal: { ambiguous: true, extra: ['Object Pascal'], ambiguousAliases: ['Delphi'] },
  Perl: {},
  PHP: { extra: ['PHP 7', 'PHP 8'] },
  PLSQL: { name: 'PL/SQL' },
  PLpgSQL: { name: 'PL/pgSQL' },
  PowerShell: {},
  Prolog: {},
  PureScript: {},
  Python: { extra: ['Python 3', 'Python3', 'Python 2'] },
  'Q#': {},
  R: { ambiguous: true, extra: ['R language', 'R programming', 'Rlang'] },
  Racket: { ambiguous: true },
  Raku: {},
  Reason: { name: 'ReasonML', ambiguousAliases: ['Reason'] },
  ReScript: {},
  Ruby: { ambiguous: true },
  Rust: { ambiguous: true, extra: ['Rustlang', 'Rust lang', 'Rust language'] },
  SAS: {},
  Scala: {},
  Scheme: { ambiguous: true },
  Shell: { name: 'Bash', ambiguousAliases: ['Shell'], extra: ['Shell scripting', 'Shell script', 'Shell scripts', 'Bash scripting', 'Unix shell', 'Zsh'] },
  Smalltalk: {},
  Solidity: {},
  'Standard ML': { extra: ['SML'] },
  Starlark: {},
  Stata: {},
  Swift: { ambiguous: true, extra: ['Swift 5'] },
  SystemVerilog: {},
  Tcl: {},
  TSQL: { name: 'T-SQL', extra: ['Transact-SQL'] },
  TypeScript: { extra: ['TS'] },
  Vala: {},
  VBA: { extra: ['Excel VBA'] },
  VBScript: {},
  Verilog: {},
  VHDL: {},
  'Visual Basic .NET': { name: 'VB.NET', extra: ['Visual Basic .NET', 'Visual Basic'] },
  'Visual Basic 6.0': { name: 'Visual Basic 6', extra: ['VB6'] },
  Vyper: {},
  WebAssembly: { extra: ['Wasm'] },
  'Wolfram Language': { name: 'Mathematica', extra: ['Wolfram Language'] },
  Zig: { ambiguous: true },
  SQL: { extra: ['Structured Query Language', 'ANSI SQL'] },
  HCL: {},
  LookML: {},
  HiveQL: {},
  Cypher: { ambiguous: true },
  'Power Query': { extra: ['M language'] },
  ColdFusion: {},
  Haml: {},
  Gherkin: {},
};

/** linguist aliases that are file extensions, tool names or odd words rather than what people write. */
const DROP_ALIAS = new Set([
  'node', 'cake', 'cakescript', 'apples', 'inc', 'rusthon', 'rake', 'cask', 'eask', 'emacs', 'envrc', 'sdc', 'xdc',
  'splus', 'cperl', 'posh', 'jruby', 'macruby', 'rbx', 'rb', 'rs', 'py', 'sh', 'wl', 'mma', 'opentofu', 'terraform',
  'nixos', 'bazel', 'bzl', 'squeak', 'pyrex', 'apples', 'octave', 'wolfram', 'wolfram lang', 'asm', 'nasm', 'coffee',
  'cucumber', 'obj-c', 'objectivec', 'lisp', 'visual basic', 'ada95', 'ada2005', 'bash', 'zsh', 'shell-script', 'cpp',
  'actionscript 3', 'as3', 'ahk', 'sml', 'rscript', 'mathematica', 'hashicorp configuration language', 'odinlang',
  'odin-lang', 'lean4', 'delphi', 'objectpascal', 'qsharp', 'perl-6', 'powerquery', 'cfm', 'cfml', 'coldfusion html',
  'vb .net', 'vb 6', 'visual basic 6', 'visual basic classic', 'classic visual basic', 'ts', 'js', 'wast',
]);

type Lang = { name: string; type: string; aliases?: readonly string[] };
const table = linguist as unknown as Record<string, Lang>;

const out: string[] = [];
for (const [key, pick] of Object.entries(ALLOW)) {
  const lang = table[key];
  if (!lang) throw new Error(`linguist has no language named ${key}`);
  const name = pick.name ?? lang.name;
  const seen = new Set([name.toLowerCase()]);
  const aliases: string[] = [];
  const add = (a: string) => {
    const k = a.toLowerCase();
    if (seen.has(k)) return;
    seen.add(k);
    aliases.push(a);
  };
  if (pick.name && pick.name !== lang.name) add(lang.name);
  for (const a of lang.aliases ?? []) if (!DROP_ALIAS.has(a.toLowerCase()) && a.length > 2) add(a);
  for (const a of pick.extra ?? []) add(a);
  for (const a of pick.ambiguousAliases ?? []) add(a);
  for (const a of pick.exact ?? []) if (a !== name) add(a);
  const fields = [`name: ${JSON.stringify(name)}`, `category: 'languages'`];
  if (aliases.length) fields.push(`aliases: ${JSON.stringify(aliases)}`);
  if (pick.ambiguous) fields.push('ambiguous: true');
  if (pick.ambiguousAliases) fields.push(`ambiguousAliases: ${JSON.stringify(pick.ambiguousAliases)}`);
  if (pick.exact) fields.push(`exact: ${JSON.stringify(pick.exact)}`);
  out.push(`  { ${fields.join(', ')} },`);
}

const file = `/**
 * Well-known programming languages, generated from the linguist-languages package by gen-languages.ts
 * (curated allow-list; names, aliases). Do not edit by hand: edit the allow-list and re-run
 * \`npx tsx lib/normalize/skills/gen-languages.ts\`.
 */
import type { SkillEntry } from './types';

export const LANGUAGES: SkillEntry[] = [
${out.join('\n')}
];
`;
const target = fileURLToPath(new URL('./languages.generated.ts', import.meta.url));
writeFileSync(target, file);
console.log(`wrote ${out.length} languages to ${target}`);
