/** CSV reading for tests over the open-data files. */

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  const endField = () => {
    rows.at(-1)!.push(field);
    field = '';
  };
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (quoted && character === '"' && text[index + 1] === '"') {
      field += '"';
      index++;
    } else if (character === '"') quoted = !quoted;
    else if (quoted) field += character;
    else if (character === ',') endField();
    else if (character === '\r' && text[index + 1] === '\n') {
      endField();
      rows.push([]);
      index++;
    } else field += character;
  }
  if (rows.at(-1)!.length === 0) rows.pop();
  return rows;
}
