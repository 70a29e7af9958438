/**
 * The `flexinfra` command-line tool: scores Backstage catalog descriptor
 * files offline with FlexInfra's engine, e.g. as a pull-request gate.
 *
 * @packageDocumentation
 */

import {
  Command,
  CommanderError,
  InvalidArgumentError,
  Option,
} from 'commander';
import { version } from '../package.json';
import {
  EXIT_INPUT_ERROR,
  FORMATS,
  runScore,
  type ScoreOptions,
} from './commands/score';
import type { CliIo } from './types';

export type { CliIo } from './types';

function parseMinStage(value: string): number {
  const stage = Number(value);
  if (!/^\d+$/.test(value.trim()) || stage < 1 || stage > 5) {
    throw new InvalidArgumentError('expected an integer from 1 to 5.');
  }
  return stage;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

const EXIT_CODES_HELP = `
Exit codes
  0  scored (and every scored entity is at --min-stage or above)
  1  --min-stage given and a scored entity is below it
  2  input error: bad YAML, a file or glob that matched nothing, a missing or
     invalid --config, a bad option; the other files are still scored and
     printed, and 2 wins over 1

Examples
  $ flexinfra score catalog-info.yaml
  $ flexinfra score 'catalog/**/*.yaml' --format markdown --min-stage 3
  $ flexinfra score catalog-info.yaml --config app-config.yaml --format json
  $ flexinfra score catalog/checkout-api.yaml --repo ../checkout-api --format json
  $ flexinfra score catalog-info.yaml --no-repo`;

/**
 * Runs the CLI. Writes through `io` rather than to the process, and returns
 * the exit code rather than exiting, so that it can be tested in-process.
 *
 * @param argv - the arguments after the program name, e.g.
 *   `['score', 'catalog-info.yaml', '--min-stage', '3']`.
 * @public
 */
export async function main(
  argv: string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  let exitCode = 0;
  const program = new Command('flexinfra')
    .description(
      'Scores how flexible the infrastructure of Backstage catalog entities is, offline, from their descriptor files.',
    )
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: text => io.stdout.write(text),
      writeErr: text => io.stderr.write(text),
    })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('score')
    .description(
      'Score catalog descriptor files (multi-document YAML); relations such as dependsOn resolve among the files given.',
    )
    .argument(
      '<files...>',
      'descriptor files or globs, e.g. "catalog/**/*.yaml"',
    )
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(FORMATS)
        .default('table'),
    )
    .option(
      '--min-stage <n>',
      'exit 1 when a scored entity is below stage n (1-5), naming the checks that keep it there',
      parseMinStage,
    )
    .option(
      '-c, --config <file>',
      'app-config file whose flexinfra.model overrides the default model (repeatable; later files win)',
      collect,
    )
    .option(
      '--repo <dir>',
      'read evidence from this repository folder (default: the git work tree around each descriptor file)',
    )
    .option('--no-repo', "don't read repositories: score catalog metadata only")
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (files: string[], options: ScoreOptions) => {
      exitCode = await runScore(files, options, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; usage errors are input errors.
      return error.exitCode === 0 ? 0 : EXIT_INPUT_ERROR;
    }
    io.stderr.write(
      `flexinfra: unexpected error: ${
        (error as Error)?.stack ?? String(error)
      }\n`,
    );
    return EXIT_INPUT_ERROR;
  }
  return exitCode;
}
