// The inline script at the end of every embed page. A frame's size cannot wait for a file, so the page reports its
// height to the clinic's page (/embed.js sizes the iframe with it) from here, and again when asked. The rest of the
// embed's script (embed-page.ts, named by <html data-embed-script>) loads only when it has something to do: the
// clinic's options in the address, or WordPress's secret in the fragment, now or once wp-embed.js adds it. Options
// change how the embed looks, so it shows once they are applied, never first without them. <html data-ready> marks
// the embed as it will stay. Pages carry this from embed-starter.generated.ts: after editing it, run
// `npm run inline-scripts`.
import { embedHeightMessage, isHeightRequest } from './embed-messages';
import { wordpressSecret } from './wordpress-protocol';

if (window.parent !== window) {
  // Only a number crosses to the clinic's page, so any parent may receive it.
  const report = () => window.parent.postMessage(embedHeightMessage(document.body.getBoundingClientRect().height), '*');
  new ResizeObserver(report).observe(document.body);
  // The loader asks when it starts after this page has already reported; the answer is the same number.
  addEventListener('message', (event) => {
    if (event.source === window.parent && isHeightRequest(event.data)) report();
  });
}

const root = document.documentElement;
const ready = () => root.toggleAttribute('data-ready', true);
let started = false;
const start = () => {
  if (started || !(location.search || wordpressSecret(location.hash))) return;
  started = true;
  if (location.search) root.style.visibility = 'hidden';
  void import(root.dataset.embedScript!).finally(() => {
    root.style.visibility = '';
    ready();
  });
};
start();
if (!started) ready();
addEventListener('hashchange', start);
