// The snippet builder on /for-clinics/snippet-builder/, loaded on first use (src/site/tool-starter.ts): keeps the
// preview, the snippet and the structured data in step with the clinic's choices. Everything it writes comes from this
// folder.
import {
  clinicSnippet,
  DEFAULT_ACCENT,
  type EmbedChoice,
  embedAddress,
  EMBED_KINDS,
  type EmbedKind,
  structuredDataSnippet,
} from './clinic-snippet';
import { embedHeightRequest, frameToResize } from './embed-messages';
import { EMBED_THEMES, type EmbedOptions, isItemShown } from './embed-options';
import { FEED_EXTENSION, type FaqFeed, fullAnswers } from './feeds';
import { isLocale, type Locale } from '../../language/locales';
import { faqPage } from '../../seo/structured-data';
import { browserStrings } from '../../i18n/browser-strings';
import type { SnippetBuilderWords } from '../../i18n/en/snippet-builder';

const builder = document.querySelector<HTMLElement>('.snippet-builder');
const form = builder?.querySelector('form');
const preview = builder?.querySelector<HTMLIFrameElement>('.builder-preview');
const snippet = builder?.querySelector('.builder-snippet');
const structuredDataBlock = builder?.querySelector<HTMLElement>('.builder-structured-data');
const structuredData = structuredDataBlock?.querySelector('.builder-json-ld');
const structuredDataShown = structuredDataBlock?.querySelector<HTMLElement>('.builder-json-ld-block');
const status = builder?.querySelector('.builder-status');
const countrySelect = builder?.querySelector<HTMLSelectElement>('select[name="country"]');
const locale = builder?.dataset.locale;

if (
  builder &&
  form &&
  preview &&
  snippet &&
  structuredDataBlock &&
  structuredData &&
  structuredDataShown &&
  status &&
  countrySelect &&
  isLocale(locale)
) {
  // Only the builder's words, in the page's language (see src/i18n/browser-strings.ts).
  const t = await browserStrings<SnippetBuilderWords>(
    { en: () => import('../../i18n/en/snippet-builder'), es: () => import('../../i18n/es/snippet-builder') },
    locale,
  );
  // The embeds' titles come from content (the index pages), so the page writes them in, for every language.
  const titles = JSON.parse(builder.dataset.titles ?? '{}') as Record<Locale, Record<EmbedKind, string>>;
  const feedAddresses = JSON.parse(builder.dataset.feeds ?? '{}') as Record<Locale, string>;
  // Each language's FAQ feed, fetched when the clinic first picks that language.
  const feeds = new Map<Locale, Promise<FaqFeed | null>>();
  let previewTimer: number | undefined;

  const readChoices = (): EmbedChoice & { options: Partial<EmbedOptions> } => {
    const data = new FormData(form);
    const chosen = data.get('language');
    const language = isLocale(chosen) ? chosen : locale;
    const kind = EMBED_KINDS.find((value) => value === data.get('kind')) ?? 'faq';
    // A select's value is always one of its options: a country the embeds exist for.
    const region = countrySelect.value;
    const ids = kind === 'faq' ? data.getAll('ids').map(String) : [];
    const category = kind === 'faq' ? String(data.get('category') ?? '') : '';
    const accent = String(data.get('accent') ?? '').toLowerCase();
    const theme = EMBED_THEMES.find((value) => value === data.get('theme')) ?? 'auto';
    return {
      locale: language,
      kind,
      region,
      options: {
        ids: ids.length > 0 ? ids : null,
        category: category || null,
        accent: accent === DEFAULT_ACCENT ? null : accent,
        theme,
      },
    };
  };

  const update = () => {
    // The question list follows the chosen category, so a choice can never leave the embed empty.
    const category = String(new FormData(form).get('category') ?? '');
    for (const item of form.querySelectorAll<HTMLElement>('li[data-category]')) {
      item.hidden = category !== '' && item.dataset.category !== category;
      const box = item.querySelector('input');
      if (item.hidden && box) box.checked = false;
    }
    const choice = readChoices();
    const { locale: language, kind, options } = choice;
    for (const element of builder.querySelectorAll<HTMLElement>('[data-kind-only]'))
      element.hidden = element.dataset.kindOnly !== kind;
    // The preview and the snippet point at the site serving this page: the configured site in production, the local server in development and tests.
    const address = embedAddress(location.origin, choice, options);
    snippet.textContent = clinicSnippet({ embedUrl: address, title: titles[language][kind] });
    window.clearTimeout(previewTimer);
    previewTimer = window.setTimeout(() => {
      if (preview.src === address) return;
      preview.title = titles[language][kind];
      preview.src = address;
    }, 300);
    structuredDataBlock.hidden = kind !== 'faq';
    if (kind === 'faq') void showStructuredData(language);
  };

  // The block lists the chosen language's questions, from that language's feed; without the feed, the page keeps
  // pointing at it.
  const showStructuredData = async (language: Locale) => {
    if (!feeds.has(language)) {
      feeds.set(
        language,
        fetch(feedAddresses[language] ?? '')
          .then((response) => response.json() as Promise<FaqFeed>)
          .catch(() => null),
      );
    }
    const feed = await feeds.get(language);
    // The clinic may have changed its choices while the feed loaded: show the block for the current ones.
    const { locale: current, options } = readChoices();
    if (!feed || current !== language) return;
    const shown = feed.items.filter((item) =>
      isItemShown(item[FEED_EXTENSION], { ids: options.ids ?? null, category: options.category ?? null }),
    );
    structuredData.textContent = structuredDataSnippet(faqPage(fullAnswers(shown)));
    structuredDataShown.hidden = false;
    for (const note of structuredDataBlock.querySelectorAll<HTMLElement>('.builder-json-ld-feed')) note.hidden = true;
  };

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
  window.addEventListener('message', (event) => {
    const target = frameToResize(event, location.origin, [preview]);
    if (target) target.frame.style.height = `${target.height}px`;
  });
  // The preview may have reported its height before this script ran.
  preview.contentWindow?.postMessage(embedHeightRequest(), location.origin);

  for (const button of builder.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.addEventListener('click', async () => {
      const text = builder.querySelector(button.dataset.copy ?? '')?.textContent ?? '';
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = t.copied;
      } catch {
        status.textContent = t.copyFailed;
      }
    });
  }
}
