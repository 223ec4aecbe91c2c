/** The words the clinics' snippet builder writes in the browser (src/features/clinics/snippet-builder.ts loads this file). */
const words = {
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy: select the text and copy it yourself.',
};

export type SnippetBuilderWords = typeof words;
export default words;
