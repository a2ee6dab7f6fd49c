/**
 * Profile → the classifier's view of one site (src/clean/profile-evidence.ts TemplateEvidence): names the
 * document's site (site.ts) and answers "on how many of this site's pages is this block" from the sketch.
 */
import type { TemplateEvidence } from '../clean/profile-evidence';
import type { Block, ParsedPage, RawInput } from '../types';
import { blockKeys } from './block-keys';
import { pagesWithKey, type Profile } from './profile';
import { siteOf } from './site';

/** The evidence of `site` in `profile`, or null when the profile has never seen that site. */
export function evidenceFor(profile: Profile, site: string): TemplateEvidence | null {
  const counts = profile.sites[site];
  if (!counts || counts.pages === 0) return null;
  return {
    site,
    pages: counts.pages,
    pagesWithText: (block: Block) => {
      const keys = blockKeys(block, 'text');
      return keys ? pagesWithKey(profile, counts, keys.text) : 0;
    },
    pagesWithSlot: (block: Block) => {
      const keys = blockKeys(block, 'html');
      return keys?.slot ? pagesWithKey(profile, counts, keys.slot) : null;
    },
  };
}

/** The template evidence for one document, or null when there is no profile or it does not know the site. */
export function templateEvidenceFor(page: ParsedPage, raw: RawInput, profile: Profile | null, siteOverride: string | null): TemplateEvidence | null {
  if (!profile) return null;
  const site = siteOf({ page, url: raw.url ?? null, inputId: raw.id, override: siteOverride });
  return site ? evidenceFor(profile, site) : null;
}
