/**
 * Whether a parsed value nests deeper than `maxDepth`. Stops as soon as it
 * is, so a cyclic value (YAML anchors can make one) ends the walk too.
 */
export function exceedsDepth(value: unknown, maxDepth: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current !== 'object' || current === null) {
      continue;
    }
    if (depth >= maxDepth) {
      return true;
    }
    const children = Array.isArray(current)
      ? current
      : Object.values(current as Record<string, unknown>);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) {
        stack.push({ value: child, depth: depth + 1 });
      }
    }
  }
  return false;
}
