/**
 * Every way a document breaks the JSON Feed 1.1 rules (https://jsonfeed.org/version/1.1): required fields, types,
 * RFC 3339 dates, absolute URLs, unique item ids, and extension names that start with "_". Empty means valid.
 */
export function jsonFeedProblems(feed: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const isAbsoluteUrl = (value: unknown) =>
    typeof value === 'string' && /^https?:\/\/[^/]+/.test(value) && URL.canParse(value);
  // RFC 3339 section 5.6 date-time: full date, "T", time with optional fraction, and Z or an offset.
  const isRfc3339 = (value: unknown) =>
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value));
  const TOP_LEVEL = [
    'version',
    'title',
    'home_page_url',
    'feed_url',
    'description',
    'user_comment',
    'next_url',
    'icon',
    'favicon',
    'authors',
    'language',
    'expired',
    'hubs',
    'items',
  ];
  const ITEM = [
    'id',
    'url',
    'external_url',
    'title',
    'content_html',
    'content_text',
    'summary',
    'image',
    'banner_image',
    'date_published',
    'date_modified',
    'authors',
    'tags',
    'language',
    'attachments',
  ];

  if (feed.version !== 'https://jsonfeed.org/version/1.1') problems.push(`version is ${JSON.stringify(feed.version)}`);
  if (typeof feed.title !== 'string' || feed.title === '') problems.push('title is required');
  if (!Array.isArray(feed.items)) problems.push('items is required');
  for (const field of ['home_page_url', 'feed_url', 'icon', 'favicon']) {
    if (field in feed && !isAbsoluteUrl(feed[field])) problems.push(`${field} is not an absolute URL`);
  }
  if ('language' in feed && !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(String(feed.language)))
    problems.push('language is not an RFC 5646 tag');
  for (const key of Object.keys(feed)) {
    if (!TOP_LEVEL.includes(key) && !/^_[a-z]/i.test(key))
      problems.push(`${key}: unknown field (extensions start with "_")`);
  }
  const authors = (owner: string, value: unknown) => {
    if (!Array.isArray(value)) return problems.push(`${owner}authors is not an array`);
    value.forEach((author: Record<string, unknown>, index) => {
      if (!author.name && !author.url && !author.avatar)
        problems.push(`${owner}authors[${index}] has no name, url or avatar`);
      if (author.url !== undefined && !isAbsoluteUrl(author.url))
        problems.push(`${owner}authors[${index}].url is not an absolute URL`);
    });
  };
  if ('authors' in feed) authors('', feed.authors);

  const ids = new Set<string>();
  ((feed.items as Array<Record<string, unknown>>) ?? []).forEach((item, index) => {
    const at = `items[${index}]`;
    if (typeof item.id !== 'string' || item.id === '') problems.push(`${at}.id is required, as a string`);
    else if (ids.has(item.id)) problems.push(`${at}.id ${item.id} is not unique`);
    else ids.add(item.id);
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string')
      problems.push(`${at} needs content_html or content_text`);
    for (const field of ['url', 'external_url', 'image', 'banner_image']) {
      if (field in item && !isAbsoluteUrl(item[field])) problems.push(`${at}.${field} is not an absolute URL`);
    }
    for (const field of ['date_published', 'date_modified']) {
      if (field in item && !isRfc3339(item[field]))
        problems.push(`${at}.${field} ${JSON.stringify(item[field])} is not an RFC 3339 date-time`);
    }
    if ('tags' in item && !(Array.isArray(item.tags) && item.tags.every((tag) => typeof tag === 'string')))
      problems.push(`${at}.tags is not a list of strings`);
    if ('authors' in item) authors(`${at}.`, item.authors);
    for (const key of Object.keys(item)) {
      if (!ITEM.includes(key) && !/^_[a-z]/i.test(key))
        problems.push(`${at}.${key}: unknown field (extensions start with "_")`);
    }
  });
  return problems;
}
