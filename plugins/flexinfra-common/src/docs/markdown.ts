/**
 * Small Markdown helpers for the generated references. The output is
 * normalised with Prettier before it is written or compared, so these only
 * need to produce valid Markdown, not Prettier's exact spacing.
 */

/** Inline code. Values in the model never contain backticks. */
export function code(text: string | number): string {
  return `\`${String(text)}\``;
}

/** Text safe inside a table cell: pipes escaped, on one line. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** A GitHub-flavoured Markdown table. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join(
    '\n',
  );
}

/** A bulleted list. */
export function bullets(items: string[]): string {
  return items.map(item => `- ${item}`).join('\n');
}

/** A fenced code block. */
export function fence(language: string, body: string): string {
  return `\`\`\`${language}\n${body.replace(/\n+$/, '')}\n\`\`\``;
}

/** Joins Markdown blocks with blank lines, ending with a newline. */
export function blocks(parts: Array<string | false | undefined>): string {
  return `${parts
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .join('\n\n')}\n`;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: string[], conjunction = 'and'): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${
    items[items.length - 1]
  }`;
}

/**
 * The anchor GitHub gives a heading: lower case, punctuation other than `-`
 * and `_` dropped, spaces turned into dashes. Later headings with the same
 * slug get `-1`, `-2`, … (see `headingAnchors`).
 */
export function githubSlug(heading: string): string {
  return heading
    .trim()
    .toLocaleLowerCase('en-US')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of every ATX heading of a Markdown document, in order. */
export function headingAnchors(markdown: string): string[] {
  const seen = new Map<string, number>();
  const anchors: string[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) {
      inFence = !inFence;
      continue;
    }
    const match = !inFence && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!match) {
      continue;
    }
    const text = match[1].replace(/`/g, '');
    const slug = githubSlug(text);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.push(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/**
 * JSON that puts an object or list on one line when it fits in `width`
 * columns, and breaks it one item a line otherwise: much shorter than
 * `JSON.stringify(value, null, 2)` for predicates.
 */
export function compactJson(
  value: unknown,
  width = 80,
  indent = 0,
  prefixLength = 0,
): string {
  const flat = prettyFlat(value);
  if (
    typeof value !== 'object' ||
    value === null ||
    indent + prefixLength + flat.length <= width
  ) {
    return flat;
  }
  const pad = ' '.repeat(indent + 2);
  const end = ' '.repeat(indent);
  if (Array.isArray(value)) {
    return `[\n${value
      .map(item => `${pad}${compactJson(item, width, indent + 2)}`)
      .join(',\n')}\n${end}]`;
  }
  return `{\n${Object.entries(value)
    .map(([key, item]) => {
      const label = `${JSON.stringify(key)}: `;
      return `${pad}${label}${compactJson(
        item,
        width,
        indent + 2,
        label.length,
      )}`;
    })
    .join(',\n')}\n${end}}`;
}

/** One-line JSON with a space after colons and commas, as Prettier writes it. */
function prettyFlat(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(prettyFlat).join(', ')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(
      ([key, item]) => `${JSON.stringify(key)}: ${prettyFlat(item)}`,
    );
    return entries.length > 0 ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}
