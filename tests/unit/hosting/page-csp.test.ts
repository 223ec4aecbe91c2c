import { describe, expect, it } from 'vitest';
import { withOwnHashes } from '../../../src/hosting/page-csp';

// Hashes worked out with: printf '%s' 'CODE' | openssl dgst -sha256 -binary | base64
const page = (head: string) =>
  '<html><head><meta http-equiv="content-security-policy" content="default-src \'self\';' +
  "script-src 'self' 'wasm-unsafe-eval' 'sha256-OLD1=' 'sha256-OLD2=';style-src 'self' 'sha256-OLD3=';\">" +
  `${head}</head><body></body></html>`;

describe('withOwnHashes', () => {
  it("names exactly the page's inline scripts and styles, and keeps the other sources", () => {
    const html = withOwnHashes(
      page(
        '<script>a()</script><style>p{}</style><script type="module" src="/_astro/x.js"></script>' +
          '<script type="application/ld+json">{"@type":"WebPage"}</script>',
      ),
    );
    expect(html).toContain(
      "content=\"default-src 'self';script-src 'self' 'wasm-unsafe-eval' 'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4=';" +
        "style-src 'self' 'sha256-gG2yISYereRMiG2lMXrbiUgi0Ubw9p7QCeWcroOvy9Y=';\"",
    );
  });

  it('leaves a page without a policy as it is', () => {
    const html = '<html><head><style>p{}</style></head></html>';
    expect(withOwnHashes(html)).toBe(html);
  });
});
