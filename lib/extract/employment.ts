/**
 * Employment types written next to a company ("Acme · Full-time", "Falabella · Jornada completa",
 * "Siemens · Vollzeit", "Acme · Part-time · Remote"): they say how a role is held, never who employs.
 *
 * Two kinds:
 * - schedule and contract types (Full-time, Part-time, Contract, Internship, Temporary, Permanent,
 *   Apprenticeship … and their es/de/fr/pt/it forms) are taken off company lines and dropped;
 * - self-employment (Freelance, Self-employed, Independent, Autónomo, Freiberuflich …) is taken off a
 *   line that also names a company, but stays when it is all the line says: "Freelance" on its own is
 *   how pages write "no employer".
 * Work modes (Remote, Hybrid, On-site) on a company line are taken off too and returned as `mode`.
 * Pure and linear; used by the generic parser and the site adapters.
 */

const SCHEDULE = [
  // en
  'full[- ]?time', 'part[- ]?time', 'contract', 'contractual', 'contract role', 'contract position', 'fixed[- ]term(?: contract)?',
  'internship', 'temporary', 'temp', 'permanent', 'permanent full[- ]time', 'apprenticeship', 'seasonal', 'casual', 'traineeship',
  'co-?op', 'work[- ]study',
  // es
  'jornada completa', 'jornada parcial', 'media jornada', 'tiempo completo', 'tiempo parcial', 'contrato', 'por contrato',
  'contrato temporal', 'contrato indefinido', 'indefinido', 'temporal', 'practicas', 'pasantia', 'beca',
  // de
  'vollzeit', 'teilzeit', 'festanstellung', 'befristet', 'unbefristet', 'praktikum', 'minijob', 'aushilfe', 'zeitarbeit', 'duales studium',
  // fr
  'temps plein', 'temps partiel', 'cdi', 'cdd', 'stage', 'alternance', 'interim', 'apprentissage',
  // pt
  'tempo integral', 'meio periodo', 'meio expediente', 'estagio', 'temporario', 'efetivo',
  // it
  'tempo pieno', 'tirocinio', 'tempo determinato', 'tempo indeterminato', 'apprendistato', 'a progetto', 'contratto',
];
const SELF = [
  'freelance', 'freelancer', 'self[- ]employed', 'independent', 'independent contractor', 'autonomo', 'autonoma', 'independiente',
  'freiberuflich', 'freiberufler', 'freiberuflerin', 'selbststandig', 'selbstandig', 'independant', 'independante',
  'travailleur independant', 'libero professionista', 'freelancer independente',
];
const MODES = ['remote', 'fully remote', 'hybrid', 'on[- ]?site', 'in[- ]office', 'remoto', 'remota', 'hibrido', 'presencial', 'teletrabajo', 'teletravail', 'a distanza', 'ibrido'];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‐‑–]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

const whole = (list: string[]) => new RegExp(`^(?:${list.join('|')})$`);
const SCHEDULE_RE = whole(SCHEDULE);
const SELF_RE = whole(SELF);
const MODE_RE = whole(MODES);

export type EmploymentKind = 'schedule' | 'self' | 'mode';

/** What a short piece of text is: a schedule/contract type, self-employment, a work mode, or none of these. */
export function employmentKind(piece: string): EmploymentKind | null {
  if (!piece || piece.length > 40) return null;
  const t = fold(piece).replace(/^[([]+|[)\].,;:]+$/g, '').trim();
  if (!t) return null;
  if (SCHEDULE_RE.test(t)) return 'schedule';
  if (SELF_RE.test(t)) return 'self';
  if (MODE_RE.test(t)) return 'mode';
  return null;
}

/** True when the whole text is employment types only ("Full-time", "Part-time · Contract", "Freelance"). */
export function isEmploymentType(text: string): boolean {
  const pieces = text.split(SEP_SPLIT).filter((p, k) => k % 2 === 0 && p.trim());
  return pieces.length > 0 && pieces.every((p) => {
    const k = employmentKind(p);
    return k === 'schedule' || k === 'self';
  });
}

// Separators between pieces of a company line, captured so the others can be kept as written.
const SEP_SPLIT = /(\s+[·•|–—-]\s+|\s*\|\s*|\s*,\s+|\s{3,}|\s*·\s*)/u;
const PAREN = /\s*\(([^()]{2,60})\)/gu;

export interface StrippedLine {
  /** The line without employment types and work modes ("" when nothing else was written). */
  text: string;
  /** Types taken off, as written. */
  types: string[];
  /** A work mode taken off ("Remote"), as written. */
  mode: string | null;
}

/**
 * Takes employment types and work modes off a company-like line (`self: false` keeps self-employment words,
 * `modes: false` keeps work modes, `brackets: false` keeps bracketed types, which on a title line qualify the
 * title: "Junior Analyst (Internship)"; a bracketed self-employment word is always kept): "Acme · Full-time" → "Acme",
 * "Acme (Part-time)" → "Acme", "Acme · Part-time · Remote" → "Acme" (mode "Remote"), "Full-time" → "",
 * "Freelance" → "Freelance" (see the file comment), "Acme · Freelance" → "Acme".
 */
export function stripEmploymentTypes(line: string, opts: { self?: boolean; modes?: boolean; brackets?: boolean } = {}): StrippedLine {
  const stripSelf = opts.self ?? true;
  const brackets = opts.brackets ?? true;
  const stripModes = opts.modes ?? true;
  const types: string[] = [];
  let mode: string | null = null;
  if (!line || line.length > 300) return { text: line ?? '', types, mode };
  // "(Full-time)", "(Part-time, Remote)": whole brackets of types.
  let s = !brackets ? line : line.replace(PAREN, (m, inner: string) => {
    const bits = inner.split(/\s*[,·/|]\s*/);
    if (!bits.every((b) => employmentKind(b) === 'schedule' || (stripModes && employmentKind(b) === 'mode'))) return m;
    for (const b of bits) {
      if (employmentKind(b) === 'mode') mode ??= b.trim();
      else types.push(b.trim());
    }
    return '';
  });
  const parts = s.split(SEP_SPLIT);
  const kept: string[] = [];
  let self: string | null = null;
  for (let k = 0; k < parts.length; k += 2) {
    const piece = parts[k]!;
    let kind = employmentKind(piece);
    if ((kind === 'self' && !stripSelf) || (kind === 'mode' && !stripModes)) kind = null;
    if (!kind) {
      if (piece.trim()) {
        if (kept.length) kept.push(parts[k - 1] ?? ' · ');
        kept.push(piece.trim());
      }
      continue;
    }
    if (kind === 'mode') mode ??= piece.trim();
    else {
      types.push(piece.trim());
      if (kind === 'self') self ??= piece.trim();
    }
  }
  s = kept.join('').trim();
  if (!s && self) {
    s = self;
    types.splice(types.indexOf(self), 1);
  }
  return { text: s, types, mode };
}
