// The inline script of a page with a tool (the estimator, the clinics' snippet builder, the search page's box), after
// the tool in the page.
// A tool names its script in data-script (src/hosting/page-scripts.ts); the script arrives on first use, so the page
// paints from its HTML alone and loads no file until the reader uses the tool:
// - focus or a press inside the tool, or a message from a frame in it (the builder's preview, sizing itself);
// - at once when the address has a query, which may carry the tool's answers (a shared estimate).
// A button pressed before the script has run is pressed again once it has, so no press is lost. Once it has run, the
// tool is marked data-ready. Pages carry this from tool-starter.generated.ts: after editing it, run
// `npm run inline-scripts`.
const started = new Map<Element, Promise<void>>();
const toolOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<HTMLElement>('[data-script]');

function start(tool: HTMLElement): Promise<void> {
  if (!started.has(tool))
    started.set(
      tool,
      import(tool.dataset.script!).then(() => void tool.toggleAttribute('data-ready', true)),
    );
  return started.get(tool)!;
}

for (const type of ['focusin', 'pointerdown'])
  addEventListener(type, (event) => {
    const tool = toolOf(event.target);
    if (tool) void start(tool);
  });
addEventListener('message', (event) => {
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('[data-script] iframe'))
    if (frame.contentWindow === event.source) void start(toolOf(frame)!);
});
addEventListener(
  'click',
  (event) => {
    const tool = toolOf(event.target);
    const button = (event.target as Element).closest('button');
    if (!tool || !button || tool.hasAttribute('data-ready')) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void start(tool).then(() => button.click());
  },
  // Before the page's own listeners, which the script may not have added yet.
  true,
);
if (location.search) document.querySelectorAll<HTMLElement>('[data-script]').forEach(start);
