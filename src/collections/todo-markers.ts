/** A TODO the scaffolder (or an editor) left in a content file. */
interface TodoMarker {
  line: number;
  column: number;
  text: string;
}

/** Every TODO in a file's text, with its 1-based line and column and the rest of that line. */
export function findTodos(text: string): TodoMarker[] {
  const markers: TodoMarker[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    for (const match of lineText.matchAll(/\bTODO\b/g)) {
      markers.push({ line: index + 1, column: match.index + 1, text: lineText.slice(match.index).trim() });
    }
  });
  return markers;
}
