/**
 * A small builder for Terraform's HCL: profiles describe blocks and
 * attributes as data, and {@link renderHcl} prints them the way
 * `terraform fmt` would, so that the generated code reads like hand-written
 * code and passes `terraform fmt -check` in the generated CI workflow.
 */

/** An HCL expression written as source, e.g. `var.name` or `local.tags`. */
export class HclExpression {
  constructor(readonly source: string) {}
}

/** A function call whose arguments are HCL values, e.g. `jsonencode({...})`. */
export class HclCall {
  constructor(readonly name: string, readonly args: HclValue[]) {}
}

export type HclValue =
  | string
  | number
  | boolean
  | null
  | HclExpression
  | HclCall
  | HclValue[]
  | HclObject;

/** An object value; entries whose value is undefined are left out. */
export interface HclObject {
  [key: string]: HclValue | undefined;
}

export interface HclAttribute {
  kind: 'attribute';
  name: string;
  value: HclValue;
}

export interface HclBlock {
  kind: 'block';
  type: string;
  labels: string[];
  body: HclNode[];
}

export interface HclComment {
  kind: 'comment';
  text: string;
}

export type HclNode = HclAttribute | HclBlock | HclComment;

/** An expression: a reference, an operator or a conditional, as written. */
export function ref(source: string): HclExpression {
  return new HclExpression(source);
}

/**
 * A string template such as `"${var.name}-alerts"`: interpolations are kept,
 * only quotes and backslashes are escaped.
 */
export function tpl(template: string): HclExpression {
  return new HclExpression(
    `"${template.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
  );
}

export function call(name: string, ...args: HclValue[]): HclCall {
  return new HclCall(name, args);
}

export function attr(name: string, value: HclValue): HclAttribute {
  return { kind: 'attribute', name, value };
}

/** One attribute per entry, in order; undefined values are left out. */
export function attrs(values: HclObject): HclAttribute[] {
  return Object.entries(values).flatMap(([name, value]) =>
    value === undefined ? [] : [attr(name, value)],
  );
}

export function block(
  type: string,
  labels: string[],
  body: HclNode[],
): HclBlock {
  return { kind: 'block', type, labels, body };
}

export function comment(text: string): HclComment {
  return { kind: 'comment', text };
}

export function resource(
  type: string,
  name: string,
  body: HclNode[],
): HclBlock {
  return block('resource', [type, name], body);
}

export function data(type: string, name: string, body: HclNode[]): HclBlock {
  return block('data', [type, name], body);
}

const INDENT = '  ';
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** A literal string, with HCL's template sequences escaped. */
export function quote(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{');
  return `"${escaped}"`;
}

function isObject(value: HclValue): value is HclObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof HclExpression) &&
    !(value instanceof HclCall)
  );
}

function isScalar(value: HclValue): boolean {
  return (
    value === null ||
    typeof value !== 'object' ||
    value instanceof HclExpression ||
    (value instanceof HclCall && value.args.every(isScalar))
  );
}

function renderKey(key: string): string {
  return IDENTIFIER.test(key) ? key : quote(key);
}

/**
 * Renders a value starting at the current position of a line indented by
 * `depth`; values spanning lines close at that indentation.
 */
function renderValue(value: HclValue, depth: number): string {
  if (value === null) {
    return 'null';
  }
  if (typeof value === 'string') {
    return quote(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (value instanceof HclExpression) {
    return value.source;
  }
  if (value instanceof HclCall) {
    const args = value.args.map(arg => renderValue(arg, depth));
    return `${value.name}(${args.join(', ')})`;
  }
  const pad = INDENT.repeat(depth);
  const inner = INDENT.repeat(depth + 1);
  if (Array.isArray(value)) {
    if (value.every(isScalar)) {
      return `[${value.map(item => renderValue(item, depth)).join(', ')}]`;
    }
    const items = value.map(item => `${inner}${renderValue(item, depth + 1)},`);
    return `[\n${items.join('\n')}\n${pad}]`;
  }
  if (isObject(value)) {
    const entries = Object.entries(value).filter(
      (entry): entry is [string, HclValue] => entry[1] !== undefined,
    );
    if (entries.length === 0) {
      return '{}';
    }
    const lines = entries.map(
      ([key, item]) =>
        `${inner}${renderKey(key)} = ${renderValue(item, depth + 1)}`,
    );
    return `{\n${lines.join('\n')}\n${pad}}`;
  }
  throw new TypeError(`Cannot render ${String(value)} as HCL`);
}

function renderNodes(nodes: HclNode[], depth: number): string[] {
  const pad = INDENT.repeat(depth);
  const lines: string[] = [];
  nodes.forEach((node, index) => {
    const previous = nodes[index - 1];
    // Blocks are set apart from what comes before them, and so is whatever
    // follows a block; a comment stays with the node below it.
    if (
      previous &&
      previous.kind !== 'comment' &&
      (node.kind === 'block' ||
        previous.kind === 'block' ||
        node.kind === 'comment')
    ) {
      lines.push('');
    }
    if (node.kind === 'comment') {
      lines.push(...node.text.split('\n').map(line => `${pad}# ${line}`));
    } else if (node.kind === 'attribute') {
      lines.push(`${pad}${node.name} = ${renderValue(node.value, depth)}`);
    } else {
      const labels = node.labels.map(label => ` ${quote(label)}`).join('');
      if (node.body.length === 0) {
        lines.push(`${pad}${node.type}${labels} {}`);
      } else {
        lines.push(`${pad}${node.type}${labels} {`);
        lines.push(...renderNodes(node.body, depth + 1));
        lines.push(`${pad}}`);
      }
    }
  });
  return lines;
}

/** How much a line opens (positive) or closes brackets, outside strings. */
function bracketBalance(text: string): number {
  let balance = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') {
        i++;
      } else if (char === '"') {
        inString = false;
      }
    } else if (char === '"') {
      inString = true;
    } else if (char === '#') {
      break;
    } else if ('{[('.includes(char)) {
      balance++;
    } else if ('}])'.includes(char)) {
      balance--;
    }
  }
  return balance;
}

const ASSIGNMENT = /^(\s*)([^\s=#"]+|"(?:[^"\\]|\\.)*")\s*=\s(.*)$/;

/**
 * Aligns the `=` of consecutive one-line assignments, as `terraform fmt`
 * does: a run ends at a blank line, a comment, a block, or an assignment
 * whose value continues on the next lines.
 */
export function alignAssignments(lines: string[]): string[] {
  const result = [...lines];
  let run: Array<{ index: number; lead: string; rest: string }> = [];
  const flush = () => {
    const width = Math.max(...run.map(item => item.lead.length));
    for (const item of run) {
      result[item.index] = `${item.lead.padEnd(width)} = ${item.rest}`;
    }
    run = [];
  };
  lines.forEach((line, index) => {
    const match = ASSIGNMENT.exec(line);
    if (match && bracketBalance(match[3]) === 0) {
      run.push({ index, lead: match[1] + match[2], rest: match[3] });
    } else if (run.length > 0) {
      flush();
    }
  });
  if (run.length > 0) {
    flush();
  }
  return result;
}

/**
 * Prints a Terraform file: the header comment, then each top-level block
 * separated by a blank line, formatted as `terraform fmt` formats it.
 */
export function renderHcl(nodes: HclNode[], header?: string): string {
  const lines = renderNodes(nodes, 0).join('\n').split('\n');
  const headerLines = header
    ? [...header.split('\n').map(line => `# ${line}`), '']
    : [];
  return `${alignAssignments([...headerLines, ...lines]).join('\n')}\n`;
}
