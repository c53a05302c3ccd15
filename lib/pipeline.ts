/**
 * The pipeline: snapshot → extract (layers, merged) → normalise → Profile.
 * Never throws: the answer is a schema-valid Profile or "no profile" with a
 * reason. The snapshot is validated first, because it crossed a boundary.
 */
import { detectProfile } from './detect/sites';
import { ProfileSchema, type ExtractionMethod, type Profile } from './schema/profile';
import { SnapshotSchema, type Snapshot } from './schema/snapshot';
import { SITE_ADAPTERS } from './extract/sites';
import { jsonLdExtractor } from './extract/structured/jsonld';
import { metaExtractor, microformatsExtractor } from './extract/structured/meta';
import { genericExtractor } from './extract/generic';
import { mergeLayers, PRECEDENCE_GENERIC, PRECEDENCE_SITE } from './extract/merge';
import type { Extractor, RawProfile } from './extract/types';
import { normalizeProfile } from './normalize/profile';

export type PipelineResult = { ok: true; profile: Profile } | { ok: false; reason: string };

export interface PipelineOptions {
  now?: Date;
}

function sameHost(a: string, b: string): boolean {
  try {
    return new URL(a).host === new URL(b).host;
  } catch {
    return false;
  }
}

export function runPipeline(input: unknown, opts: PipelineOptions = {}): PipelineResult {
  try {
    const parsed = SnapshotSchema.safeParse(input);
    if (!parsed.success) return { ok: false, reason: `invalid snapshot: ${parsed.error.issues[0]?.message ?? 'unknown'}` };
    return extractProfile(parsed.data, opts);
  } catch (e) {
    return { ok: false, reason: `extraction failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function extractProfile(snapshot: Snapshot, opts: PipelineOptions): PipelineResult {
  const now = opts.now ?? new Date();
  // A page's own URL decides its identity; rel=canonical only counts on the same host, so no
  // other site can claim a Himalayas identity (and overwrite that person's saved record).
  const detection = detectProfile(snapshot.url) ?? (snapshot.canonical && sameHost(snapshot.canonical, snapshot.url) ? detectProfile(snapshot.canonical) : null);
  const adapter = detection ? SITE_ADAPTERS[detection.site] : undefined;
  const extractors: Extractor[] = [jsonLdExtractor, microformatsExtractor, genericExtractor, metaExtractor];
  if (adapter) extractors.unshift(adapter.extractor);
  const layers: Array<{ method: ExtractionMethod; raw: RawProfile }> = [];
  for (const ex of extractors) {
    // On a known site the generic parser is only a fallback.
    if (adapter && ex === genericExtractor && layers.some((l) => l.method === 'site-adapter')) continue;
    let raw: RawProfile | null = null;
    try {
      raw = ex.extract({ snapshot, detection });
    } catch {
      raw = null; // one broken layer never breaks the others
    }
    if (raw) layers.push({ method: ex.method, raw });
  }
  const { raw, provenance } = mergeLayers(layers, adapter ? PRECEDENCE_SITE : PRECEDENCE_GENERIC);
  if (!raw.name && !raw.experience?.length && !raw.education?.length) {
    return { ok: false, reason: detection ? 'the profile page has no readable profile yet' : 'no profile found on this page' };
  }
  if (!raw.experience?.length && !raw.education?.length && !raw.skills?.length && !detection && !layers.some((l) => l.method === 'json-ld' || l.method === 'microformats')) {
    return { ok: false, reason: 'no profile found on this page: no experience, education or skills' };
  }
  const profile = normalizeProfile({ raw, provenance, detection, pageUrl: snapshot.url, canonical: snapshot.canonical, now });
  const checked = ProfileSchema.safeParse(profile);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, reason: `profile failed validation at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}` };
  }
  return { ok: true, profile: checked.data };
}
