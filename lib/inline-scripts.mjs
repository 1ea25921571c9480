/** Inline scripts that browsers run: every `<script>` without `src`, except JSON-LD data blocks. */
const runnableInlineScript = /<script\b(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The text of each inline script a page runs. Shared by the CSP hashing step (plain Node, after the build) and the
 * JavaScript budget, so both count exactly the same scripts.
 */
export function runnableInlineScripts(html) {
  return [...html.matchAll(runnableInlineScript)].map((match) => match[1] ?? '');
}
