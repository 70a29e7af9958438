import { buildRepositoryFacts } from './buildRepositoryFacts';
import { BUILT_IN_DETECTORS } from './detectors';
import { DEFAULT_ANALYZER_LIMITS, isSkippedPath } from './limits';
import { decodeText } from './parse/decodeText';
import { parseHcl } from './parse/parseHcl';
import { parseJson } from './parse/parseJson';
import { parseToml } from './parse/parseToml';
import { parseYaml } from './parse/parseYaml';
import type {
  AnalysisProblem,
  AnalyzerLimits,
  Detector,
  Finding,
  ParseAs,
  ParsedFile,
  RepositoryFacts,
  RepositoryFileEntry,
  RepositorySource,
} from './types';

/** @public */
export interface AnalyzeOptions {
  /** The detectors to run; the built-in ones when left out. */
  detectors?: readonly Detector[];
  limits?: Partial<AnalyzerLimits>;
}

function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '');
}

/**
 * Reads what a repository says about flexible infrastructure: lists its
 * files, hands each detector the files it wants (read once, parsed once),
 * and turns their findings into `facts.repository`. Never throws on
 * repository content: a file that cannot be read or parsed, or a limit that
 * is hit, is reported in `problems` and the analysis goes on.
 *
 * @public
 */
export async function analyzeRepository(
  source: RepositorySource,
  options: AnalyzeOptions = {},
): Promise<RepositoryFacts> {
  const limits: AnalyzerLimits = {
    ...DEFAULT_ANALYZER_LIMITS,
    ...options.limits,
  };
  const detectors = options.detectors ?? BUILT_IN_DETECTORS;
  const problems: AnalysisProblem[] = [];

  const listing: RepositoryFileEntry[] = [];
  for (const file of source.files) {
    const path = normalisePath(file.path);
    if (!path || isSkippedPath(path)) {
      continue;
    }
    if (listing.length >= limits.maxFiles) {
      problems.push({
        path: '.',
        message: `has more than ${limits.maxFiles} files; only the first ${limits.maxFiles} were considered`,
      });
      break;
    }
    listing.push({ path, size: file.size });
  }
  listing.sort((a, b) => byPath(a.path, b.path));

  const chartTemplates = helmChartTemplateFolders(listing);

  // Which detectors want which file, and parsed how. One file may be wanted
  // as YAML by one detector and as text by another; each form is made once.
  const wanted = new Map<string, Map<ParseAs, Detector[]>>();
  for (const file of listing) {
    for (const detector of detectors) {
      let as: ParseAs | undefined;
      try {
        as = detector.wants(file.path);
      } catch (e) {
        problems.push({
          path: file.path,
          message: `detector ${detector.id} failed: ${(e as Error).message}`,
        });
      }
      if (!as) {
        continue;
      }
      if (as === 'yaml' && isHelmTemplate(file.path, chartTemplates)) {
        // Go templates, not YAML: what they hold is read through the chart
        // (Chart.yaml, values files), never by parsing them.
        continue;
      }
      let forms = wanted.get(file.path);
      if (!forms) {
        forms = new Map();
        wanted.set(file.path, forms);
      }
      forms.set(as, [...(forms.get(as) ?? []), detector]);
    }
  }

  const filesOf = new Map<Detector, ParsedFile[]>(detectors.map(d => [d, []]));
  let bytesRead = 0;
  let filesRead = 0;
  let budgetReported = false;
  for (const file of listing) {
    const forms = wanted.get(file.path);
    if (!forms) {
      continue;
    }
    if (file.size > limits.maxFileBytes) {
      problems.push({
        path: file.path,
        message: `is ${file.size} bytes, over the limit of ${limits.maxFileBytes}; not read`,
      });
      continue;
    }
    if (bytesRead + file.size > limits.maxTotalBytes) {
      if (!budgetReported) {
        problems.push({
          path: '.',
          message: `reading stopped at the limit of ${limits.maxTotalBytes} bytes per repository; ${file.path} and later files were not read`,
        });
        budgetReported = true;
      }
      continue;
    }
    let text: string | undefined;
    try {
      const content = await source.read(file.path);
      const size =
        typeof content === 'string' ? content.length : content.byteLength;
      bytesRead += size;
      filesRead += 1;
      if (size > limits.maxFileBytes) {
        problems.push({
          path: file.path,
          message: `is ${size} bytes, over the limit of ${limits.maxFileBytes}; not read`,
        });
        continue;
      }
      text = decodeText(content);
    } catch (e) {
      problems.push({
        path: file.path,
        message: `could not be read: ${(e as Error)?.message ?? String(e)}`,
      });
      continue;
    }
    if (text === undefined) {
      problems.push({ path: file.path, message: 'is binary; not read' });
      continue;
    }
    for (const [as, forDetectors] of forms) {
      let parsed: ParsedFile;
      try {
        parsed = await parseAs(file.path, text, as, limits);
      } catch (e) {
        if (namesFormat(file.path, as)) {
          problems.push({ path: file.path, message: (e as Error).message });
        }
        // Otherwise the file was only probed (e.g. a `*.template` that may
        // be a CloudFormation template): not being one is no problem.
        continue;
      }
      for (const detector of forDetectors) {
        filesOf.get(detector)!.push(parsed);
      }
    }
  }

  const findings: Finding[] = [];
  for (const detector of detectors) {
    try {
      findings.push(
        ...detector.detect({ files: filesOf.get(detector)!, listing }),
      );
    } catch (e) {
      problems.push({
        path: '.',
        message: `detector ${detector.id} failed: ${(e as Error)?.message}`,
      });
    }
  }
  return buildRepositoryFacts(findings, problems, {
    filesListed: listing.length,
    filesRead,
    bytesRead,
  });
}

const FORMAT_EXTENSIONS: Record<ParseAs, RegExp> = {
  yaml: /\.ya?ml$/i,
  json: /\.json$/i,
  hcl: /\.(tf|tofu|tfvars|hcl)$/i,
  toml: /\.toml$/i,
  text: /$/,
};

/** Code-point order, the same on every machine (no locale). */
function byPath(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

/** Whether a file's name says it is in the format it was parsed as. */
function namesFormat(path: string, as: ParseAs): boolean {
  return FORMAT_EXTENSIONS[as].test(path);
}

/** The `templates/` folders of the Helm charts in a listing. */
function helmChartTemplateFolders(listing: RepositoryFileEntry[]): string[] {
  return listing
    .filter(f => f.path === 'Chart.yaml' || f.path.endsWith('/Chart.yaml'))
    .map(f => `${f.path.slice(0, -'Chart.yaml'.length)}templates/`);
}

function isHelmTemplate(path: string, folders: string[]): boolean {
  return folders.some(folder => path.startsWith(folder));
}

async function parseAs(
  path: string,
  text: string,
  as: ParseAs,
  limits: AnalyzerLimits,
): Promise<ParsedFile> {
  switch (as) {
    case 'yaml':
      return { path, as, documents: parseYaml(text, limits) };
    case 'hcl':
      return { path, as, body: await parseHcl(path, text, limits) };
    case 'json':
      return { path, as, value: parseJson(text, limits) };
    case 'toml':
      return { path, as, value: parseToml(text, limits) };
    default:
      return { path, as: 'text', text };
  }
}
