// /embed.js: the loader clinics include once on their page (bundled by src/pages/embed.js.ts).
// It sizes our iframes to their content; it trusts only messages from our origin and from our iframes' own windows.
import { embedHeightRequest, frameToResize } from './embed-messages';

// Our origin is where this script was loaded from, so the same file works on any deployment.
const script = document.currentScript;
const ourOrigin = script instanceof HTMLScriptElement && script.src ? new URL(script.src).origin : null;

function ourFrames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll('iframe')].filter((frame) => frame.src.startsWith(`${ourOrigin}/`));
}

if (ourOrigin) {
  // The snippet stays free of style attributes, which a strict CSP on the clinic's page would block.
  window.addEventListener('message', (event) => {
    const target = frameToResize(event, ourOrigin, ourFrames());
    if (target) target.frame.style.height = `${target.height}px`;
  });

  // Until our page has loaded, a frame holds about:blank on the clinic's origin, and a message for our origin would
  // only log an origin-mismatch error on the clinic's page. Its location is readable only while it is on that origin.
  const showsOurPage = (frame: HTMLIFrameElement) => {
    try {
      return frame.contentWindow?.location.origin === ourOrigin;
    } catch {
      return true;
    }
  };
  const askHeight = (frame: HTMLIFrameElement) => {
    if (showsOurPage(frame)) frame.contentWindow?.postMessage(embedHeightRequest(), ourOrigin);
  };
  const start = () => {
    for (const frame of ourFrames()) {
      Object.assign(frame.style, { border: '0', width: '100%', display: 'block' });
      // An embed that loaded before this script has already sent its height; ask again (only our origin can read it).
      askHeight(frame);
      // A lazy iframe may load later, and may report before this page listens: ask once more when it has loaded.
      frame.addEventListener('load', () => askHeight(frame));
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
