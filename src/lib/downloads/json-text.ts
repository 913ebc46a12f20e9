// JSON for people and programs alike: indented, but arrays and objects of plain values on one
// line, so a table's rows read as rows and a column's description as one line.
export function jsonText(value: unknown): string {
  const pretty = JSON.stringify(value, null, 2);
  // Strings in JSON never hold a raw line break, so only layout whitespace is collapsed; a
  // bracket inside a string only stops its container from being collapsed.
  return (
    pretty
      .replace(/\[\n\s*([^[\]{}]*?)\n\s*\]/g, (_, inner: string) => `[${inner.replace(/\n\s*/g, ' ')}]`)
      .replace(/\{\n\s*([^[\]{}]*?)\n\s*\}/g, (_, inner: string) => `{ ${inner.replace(/\n\s*/g, ' ')} }`) + '\n'
  );
}
