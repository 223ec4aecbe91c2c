// Stands in for Astro's `astro:content` in unit tests (aliased in vitest.config.ts), so code that queries content
// collections can be tested on entries a test writes itself. Only what src/ calls is here.
export interface StubEntry {
  id: string;
  collection: string;
  data: Record<string, unknown>;
}

let collections: Record<string, StubEntry[]> = {};

/** Replaces every collection with these entries (ids as Astro gives them, e.g. "en/is-it-painful"). */
export function setCollections(entries: Record<string, Array<Omit<StubEntry, 'collection'>>>): void {
  collections = Object.fromEntries(
    Object.entries(entries).map(([collection, list]) => [collection, list.map((entry) => ({ ...entry, collection }))]),
  );
}

export async function getCollection(collection: string, filter?: (entry: StubEntry) => boolean): Promise<StubEntry[]> {
  return (collections[collection] ?? []).filter((entry) => !filter || filter(entry));
}

export async function getEntry(collection: string, id: string): Promise<StubEntry | undefined> {
  return collections[collection]?.find((entry) => entry.id === id);
}

export async function getEntries(references: Array<{ collection: string; id: string }>): Promise<StubEntry[]> {
  const found = await Promise.all(references.map((reference) => getEntry(reference.collection, reference.id)));
  return found.filter((entry) => entry !== undefined);
}
