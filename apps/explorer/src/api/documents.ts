/**
 * One operation of a document with exactly the fragments it spreads. Sending the whole file
 * would make every request fail validation as soon as any one operation does not (say, on
 * an older API), and would send kilobytes that the server has to parse every time.
 */
export function operationText(document: string, name: string): string {
  const definitions = new Map<string, string>();
  // Top-level definitions start at the beginning of a line; bodies are indented.
  for (const chunk of document.split(/\n(?=(?:query|mutation|subscription|fragment)\b)/)) {
    const match = /^(?:query|mutation|subscription|fragment)\s+(\w+)/m.exec(chunk.replace(/^(#.*\n|\s*\n)*/, ""));
    const key = match?.[1];
    if (key !== undefined) definitions.set(key, chunk.replace(/\n#[^\n]*\s*$/, "").trim());
  }
  const operation = definitions.get(name);
  if (operation === undefined) throw new Error(`no operation named ${name} in operations.graphql`);
  const included = new Set<string>();
  const pending = [operation];
  const parts = [operation];
  while (pending.length > 0) {
    const text = pending.pop() ?? "";
    for (const spread of text.matchAll(/\.\.\.\s*(\w+)/g)) {
      const fragment = spread[1];
      if (fragment === undefined || fragment === "on" || included.has(fragment)) continue;
      const body = definitions.get(fragment);
      if (body === undefined) continue;
      included.add(fragment);
      pending.push(body);
      parts.push(body);
    }
  }
  return parts.join("\n\n");
}
