/**
 * A page-unique, repeatable id for a glossary term's definition popup: "term-anagen" the first time
 * the term appears on a page, "term-anagen-2" the second time (the FAQ index shows many answers at once).
 */
export function termTipId(usedOnPage: Map<string, number>, termId: string): string {
  const count = (usedOnPage.get(termId) ?? 0) + 1;
  usedOnPage.set(termId, count);
  return count === 1 ? `term-${termId}` : `term-${termId}-${count}`;
}
