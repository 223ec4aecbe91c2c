/** A source's title as the site shows it: the square brackets some catalogues put round a translated or made-up title are dropped. */
export function sourceTitle(title: string): string {
  return title.replace(/^\[(.+)\]$/, '$1');
}
