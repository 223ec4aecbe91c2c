import { type LinkResult, LinkChecker, LinkState } from 'linkinator';

/**
 * Checks every link and #anchor reached from the given starting pages with linkinator, following links inside `origin`
 * only (outside addresses, such as sources' DOIs, are not fetched). `notFetched` lists the `expected` pages (full
 * addresses) the crawl never fetched: a page no link leads to, or a crawl that stopped early, fails the caller's test.
 */
export async function checkLinks(
  starts: string[],
  origin: string,
  expected: string[],
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
    // The hosting test's nginx has a certificate made for the run.
    allowInsecureCerts: origin.startsWith('https://127.0.0.1:'),
  });
  const links = result.links.filter((link) => link.url.startsWith(origin));
  const fetched = new Set(links.filter((link) => link.state === LinkState.OK).map((link) => link.url.split('#')[0]));
  return {
    links,
    broken: links.filter((link) => link.state === LinkState.BROKEN),
    notFetched: expected.filter((url) => !fetched.has(url)),
  };
}
