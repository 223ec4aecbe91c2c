import type { SnippetBuilderWords } from '../en/snippet-builder.ts';

/** Las palabras que el generador de código para clínicas escribe en el navegador. */
const words: SnippetBuilderWords = {
  copied: 'Copiado al portapapeles.',
  copyFailed: 'No se ha podido copiar: seleccione el texto y cópielo usted.',
};

export default words;
