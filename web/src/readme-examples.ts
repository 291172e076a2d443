/**
 * The README's example queries, as GraphiQL tabs. Each ```graphql block under "## Example queries" is a named query
 * (kept in docs/examples/<Name>.graphql, which tests/web/examples.test.ts keeps equal to the README) and becomes a
 * tab, titled and commented with the sentence before it, so the tabs follow the README as it changes.
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
    examples.push({ title, query: `${comment(title)}\n${m[1].trim()}\n` });
  }
  return examples;
}

/** The sentence as `#` lines of at most about 88 characters. */
function comment(title: string): string {
  const lines: string[] = [];
  for (const word of title.split(" ")) {
    if (lines.length && `${lines[lines.length - 1]} ${word}`.length <= 88) lines[lines.length - 1] += ` ${word}`;
    else lines.push(word);
  }
  return lines.map((line) => `# ${line}`).join("\n");
}
