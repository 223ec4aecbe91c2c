/**
 * Each source's first citation on a page carries the anchor that its source-list entry's "Back to the text" links to
 * (MDX pages get theirs from remark-grouped-citations.ts). Components that cite outside MDX claim them here, once per
 * page, so a source cited by two of them still has one anchor.
 */
export function claimFirstCitations(locals: App.Locals, ids: readonly string[]): string | undefined {
  const cited = (locals.citedSources ??= new Set<string>());
  const fresh = ids.filter((id) => !cited.has(id));
  for (const id of fresh) cited.add(id);
  return fresh.length > 0 ? fresh.join(' ') : undefined;
}
