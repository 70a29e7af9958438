/**
 * Bicep's declarations, read line by line. There is no Bicep parser here;
 * a declaration's head is one line by the language's grammar
 * (`resource plan 'Microsoft.Web/serverfarms@2023-01-01' = {`), and
 * comments are left out first, so commented-out code does not count.
 */

/** One `resource` declaration: its type, and whether it only refers to an existing resource. */
export interface BicepResource {
  /** e.g. `Microsoft.Insights/metricAlerts`. */
  type: string;
  existing: boolean;
}

const RESOURCE =
  /^\s*resource\s+[A-Za-z_]\w*\s+'([^'@]+)@[^']+'\s*(existing\b)?/gm;
const MODULE = /^\s*module\s+[A-Za-z_]\w*\s+'[^']+'/m;

/** The text without `/* … *\/` and `// …` comments. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** The resources a Bicep file declares, in order. */
export function bicepResources(text: string): BicepResource[] {
  return [...withoutComments(text).matchAll(RESOURCE)].map(match => ({
    type: match[1],
    existing: match[2] !== undefined,
  }));
}

/** Whether a Bicep file declares a module. */
export function declaresBicepModule(text: string): boolean {
  return MODULE.test(withoutComments(text));
}
