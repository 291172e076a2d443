/**
 * The README's example queries, as GraphiQL tabs. Each ```graphql block under "## Example queries" becomes a tab,
 * named after the sentence before it and commented with that sentence, so the tabs follow the README as it changes.
 */
export interface Example {
  title: string;
  query: string;
}

export function readmeExamples(markdown: string): Example[] {
  const start = markdown.indexOf("\n## Example queries");
  if (start < 0) return [];
  const next = markdown.indexOf("\n## ", start + 1);
  const section = markdown.slice(start, next < 0 ? undefined : next);
  const examples: Example[] = [];
  const block = /```graphql\n([\s\S]*?)```/g;
  let last = 0;
  for (let m = block.exec(section); m; m = block.exec(section)) {
    const before = section.slice(last, m.index).trim().split(/\n\s*\n/).pop() ?? "";
    last = m.index + m[0].length;
    const title = before.replace(/\s+/g, " ").replace(/:$/, "").trim() || `Example ${examples.length + 1}`;
    examples.push({ title, query: withName(m[1], title, examples.length + 1) });
  }
  return examples;
}

/** `{ … }` becomes `query EveryStageOfBoth { … }` under a comment, so each tab has a name GraphiQL shows. */
function withName(query: string, title: string, n: number): string {
  const name =
    title
      .replace(/\([^)]*\)/g, " ")
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .slice(0, 5)
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join("") || `Example${n}`;
  const body = query.trim().startsWith("{") ? `query ${/^[0-9]/.test(name) ? `Q${name}` : name} ${query.trim()}` : query.trim();
  const lines: string[] = [];
  for (const word of title.split(" ")) {
    if (lines.length && `${lines[lines.length - 1]} ${word}`.length <= 88) lines[lines.length - 1] += ` ${word}`;
    else lines.push(word);
  }
  const comment = lines.map((line) => `# ${line}`).join("\n");
  return `${comment}\n${body}\n`;
}
