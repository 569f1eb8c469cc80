import { CommanderError } from 'commander';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../shared/ipc/result';
import { startAccountRuntime } from './account-runtime';
import { startDemoRuntime } from './demo-runtime';
import { EXIT, exitCodeFor } from './exit-codes';
import { buildProgram, processInterrupt, type CliOutput, type OnInterrupt, type RuntimeFactory } from './program';

const stdio: CliOutput = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };
const openRuntime: RuntimeFactory = ({ demo }) => (demo ? startDemoRuntime() : startAccountRuntime());

/** Runs the CLI on `argv` (node, script, …args) and answers the exit status; never throws. */
export async function runCli(
  argv: ReadonlyArray<string>,
  output: CliOutput = stdio,
  open: RuntimeFactory = openRuntime,
  onInterrupt: OnInterrupt = processInterrupt,
): Promise<number> {
  try {
    await buildProgram(open, output, onInterrupt).parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; usage errors were already printed as one line by commander.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof AppError) {
      output.err(`quickmeet: ${error.message}`);
      return exitCodeFor(error.code);
    }
    output.err(`quickmeet: ${error instanceof Error ? error.message.split('\n')[0] : 'unexpected failure'}`);
    return EXIT.failure;
  }
}

// Run when executed directly: tsx electron/cli/main.ts, the bundle, or bin/quickmeet.js (also as an npm .bin link).
const entry = process.argv[1];
if (entry && (import.meta.url === pathToFileURL(entry).href || /(^|[\\/])quickmeet(\.js)?$/.test(entry))) {
  // A reader that went away (`quickmeet new | head -c0`) ends the output, not the process with a stack trace.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
  process.exitCode = await runCli(process.argv);
}
