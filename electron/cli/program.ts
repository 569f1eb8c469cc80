import { Command, Option } from 'commander';
import { CopyFormat } from '../../shared/model/meeting';
import type { Settings } from '../../shared/model/settings';
import { AppError } from '../../shared/ipc/result';
import type { CliRuntime } from './cli-runtime';
import { searchLines } from './search-lines';

/** Where a command writes: stdout for results, stderr for the one-line error. */
export interface CliOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** Ctrl+C for `events --follow`: the listener runs once on the next interrupt; answers the removal. */
export type OnInterrupt = (listener: () => void) => () => void;

/** The process's SIGINT. */
export const processInterrupt: OnInterrupt = (listener) => {
  process.once('SIGINT', listener);
  return () => void process.off('SIGINT', listener);
};

/** Opens the runtime a command needs: the demo emulator or the real account. */
export type RuntimeFactory = (options: { readonly demo: boolean }) => Promise<CliRuntime>;

/** Builds the `quickmeet` command tree; each action opens a runtime, does one thing and closes it. */
export function buildProgram(open: RuntimeFactory, output: CliOutput, onInterrupt: OnInterrupt = processInterrupt): Command {
  const program = new Command('quickmeet')
    .description('Google Meet in one command: create a meeting and copy its link, or join one by code.')
    // One global option, accepted before or after the command (`quickmeet new --demo`).
    .option('--demo', 'use a fresh built-in Google emulator, signed in as its first demo account')
    .configureHelp({ showGlobalOptions: true })
    .showHelpAfterError(false)
    .configureOutput({ writeOut: (text) => output.out(text.trimEnd()), writeErr: (text) => output.err(text.trimEnd()) })
    .exitOverride();

  const withRuntime = async (command: Command, run: (runtime: CliRuntime) => Promise<void>) => {
    const runtime = await open({ demo: Boolean(command.optsWithGlobals().demo) });
    try {
      await run(runtime);
    } finally {
      await runtime.close();
    }
  };

  program
    .command('new')
    .description('create a meeting, print its link and copy it to the clipboard')
    .option('--preset <name>', 'preset name or id (default: the default preset)')
    .addOption(new Option('--format <format>', 'what to copy').choices(CopyFormat.options))
    .option('--open', 'also open the meeting in the browser')
    .action(async (options: { preset?: string; format?: CopyFormat; open?: boolean }, command: Command) =>
      withRuntime(command, async (runtime) => {
        const presetId = options.preset === undefined ? undefined : presetIdFor(runtime.settings.get(), options.preset);
        const created = await runtime.meetings.instant.create({
          ...(presetId ? { presetId } : {}),
          ...(options.format ? { format: options.format } : {}),
          startNow: Boolean(options.open),
        });
        output.out(created.copiedText);
        for (const failure of created.cohostFailures) output.err(`quickmeet: co-host ${failure.email} not added: ${failure.message}`);
      }),
    );

  program
    .command('join')
    .description('open a meeting by code (abc-mnop-xyz) or meet.google.com link')
    .argument('<code-or-url>')
    .action(async (input: string, _options: unknown, command: Command) =>
      withRuntime(command, async (runtime) => {
        const meeting = await runtime.api.meetings.join({ input });
        output.out(meeting.meetingUri);
      }),
    );

  program
    .command('events')
    .description('print Meet events from instant updates as NDJSON, each with the resource as Google returns it now')
    .addOption(new Option('--follow', 'keep printing until interrupted (Ctrl+C); reads through a temporary subscription it deletes on exit').conflicts('once'))
    .addOption(new Option('--once', 'print what is waiting now and exit (the default); the app still receives it'))
    .action(async (options: { follow?: boolean }, command: Command) =>
      withRuntime(command, async (runtime) => {
        const stop = new AbortController();
        if (options.follow) {
          const stopListening = onInterrupt(() => stop.abort());
          try {
            await runtime.events.follow((event) => output.out(JSON.stringify(event)), stop.signal);
          } finally {
            stopListening();
          }
          return;
        }
        const timer = setTimeout(() => stop.abort(), ONCE_WAIT_MS);
        try {
          for (const event of await runtime.events.waiting(stop.signal)) output.out(JSON.stringify(event));
        } finally {
          clearTimeout(timer);
        }
      }),
    );

  program
    .command('status')
    .description('show who is signed in, and where the data is kept')
    .action(async (_options: unknown, command: Command) =>
      withRuntime(command, async (runtime) => {
        const state = runtime.authState();
        output.out(state.status === 'signedIn' ? `Signed in as ${state.email} (${runtime.target})` : `Not signed in (${runtime.target})`);
        output.out(`Data folder: ${runtime.dataDir}`);
      }),
    );

  program
    .command('signin')
    .description('sign in to Google in the browser')
    .action(async (_options: unknown, command: Command) =>
      withRuntime(command, async (runtime) => {
        const state = await runtime.signIn();
        if (state.status !== 'signedIn') throw new AppError('NOT_SIGNED_IN', 'Sign-in did not complete.');
        // Each command is its own run: a sign-in the keychain could not keep is gone when this one exits.
        if (!state.persisted) throw new AppError('KEYCHAIN_UNAVAILABLE', sessionOnly(state.email));
        output.out(`Signed in as ${state.email}`);
      }),
    );

  program
    .command('signout')
    .description('sign out and remove the stored sign-in from the keychain')
    .action(async (_options: unknown, command: Command) =>
      withRuntime(command, async (runtime) => {
        await runtime.signOut();
        output.out('Signed out');
      }),
    );

  program
    .command('search')
    .description('search the transcripts kept on this computer; prints meeting, time offset, speaker and the matching line')
    .argument('<text>')
    .option('--json', 'print the matches as JSON')
    .option('--limit <n>', 'most matches to print (1-100)', '20')
    .action(async (query: string, options: { json?: boolean; limit: string }, command: Command) =>
      withRuntime(command, async (runtime) => {
        const limit = Number(options.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new AppError('BAD_REQUEST', '--limit must be a whole number from 1 to 100.');
        const hits = await runtime.api.transcripts.search({ query, limit });
        if (options.json) return output.out(JSON.stringify(hits.map(({ score: _score, ...hit }) => ({ ...hit, text: hit.snippet.map((p) => p.text).join('') }))));
        if (hits.length === 0) return output.out(`No transcript line matches “${query}”.`);
        for (const line of searchLines(hits)) output.out(line);
      }),
    );

  return program;
}

/** How long `events --once` waits for Google to answer a pull when nothing is waiting. */
export const ONCE_WAIT_MS = 5_000;

/** Why a CLI sign-in without a keychain did not last, and what to do. */
const sessionOnly = (email: string): string =>
  `Signed in as ${email} for this run only: the system keychain is not available (on Linux: no D-Bus session, ` +
  'or the keyring is locked or not running), so the sign-in was not saved and the next quickmeet command will be ' +
  'signed out. Unlock or start the keychain, then run quickmeet signin again.';

/** A preset by id or by name (case-insensitive); an unknown one lists the choices. */
function presetIdFor(settings: Settings, wanted: string): string {
  const lower = wanted.toLowerCase();
  const preset = settings.presets.find((p) => p.id === wanted) ?? settings.presets.find((p) => p.name.toLowerCase() === lower);
  if (!preset) throw new AppError('NOT_FOUND', `No preset “${wanted}”. Presets: ${settings.presets.map((p) => p.name).join(', ')}.`);
  return preset.id;
}
