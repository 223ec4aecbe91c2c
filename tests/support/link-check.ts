import { type LinkResult, LinkChecker, LinkState } from 'linkinator';

/**
 * Checks every link and #anchor on the given pages with linkinator, following links inside `origin` only (outside
 * addresses, such as sources' DOIs, are not fetched). Every page is a starting point, because a crawl from one page
 * can stop early on a busy machine; `notFetched` lists the starting pages the checker could not fetch.
 */
export async function checkLinks(
  starts: string[],
  origin: string,
): Promise<{ links: LinkResult[]; broken: LinkResult[]; notFetched: string[] }> {
  const result = await new LinkChecker().check({
    path: starts,
    recurse: true,
    checkFragments: true,
    concurrency: 4,
    timeout: 30_000,
    // A connection reset or timeout under load is tried again before it counts as broken.
    retryErrors: true,
    retryErrorsCount: 3,
    retryErrorsJitter: 500,
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  const links = result.links.filter((link) => link.url.startsWith(origin));
  const fetched = new Set(links.filter((link) => link.state === LinkState.OK).map((link) => link.url.split('#')[0]));
  return {
    links,
    broken: links.filter((link) => link.state === LinkState.BROKEN),
    notFetched: starts.filter((url) => !fetched.has(url)),
  };
}
