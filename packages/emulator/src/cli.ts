/** `npm run emulator -- --port N --latency MS`: runs the emulator standalone; prints its base URL first. */
import { Command, InvalidArgumentError } from 'commander';
import { startEmulator } from './index';

const integer = (name: string, max: number) => (value: string): number => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > max) throw new InvalidArgumentError(`${name} must be an integer from 0 to ${max}.`);
  return parsed;
};

const program = new Command()
  .name('emulator')
  .description('Quickmeet built-in Google emulator (OAuth 2.0, Meet REST v2, Workspace Events v1, Pub/Sub v1) on 127.0.0.1.')
  .option('--port <n>', 'port to listen on (0 = any free port)', integer('port', 65_535), 0)
  .option('--latency <ms>', 'latency added to every Google request', integer('latency', 600_000), 0)
  .option('--autopilot', 'demo mode: simulated people join a meeting once its owner joins on the demo meeting page (packages/emulator/docs/reference.md)', false)
  .option('--state <file>', 'persist state to this file')
  .option('--token-ttl <seconds>', 'access-token lifetime', integer('token-ttl', 86_400 * 30), 3600)
  .option('--pull-hold <seconds>', 'how long a Pub/Sub pull with nothing to return is held open', integer('pull-hold', 600), 30)
  .parse();

const options = program.opts<{ port: number; latency: number; autopilot: boolean; state?: string; tokenTtl: number; pullHold: number }>();
const emulator = await startEmulator({
  port: options.port,
  latencyMs: options.latency,
  autopilot: options.autopilot,
  accessTokenTtlSeconds: options.tokenTtl,
  pullHoldSeconds: options.pullHold,
  ...(options.state === undefined ? {} : { stateFile: options.state }),
}).catch((error: NodeJS.ErrnoException) => {
  // One sentence, not a stack: the usual causes are a port in use and a state file that cannot be read.
  const why = error.code === 'EADDRINUSE' ? `port ${options.port} is already in use; pick another with --port, or --port 0 for any free port` : error.message;
  process.stderr.write(`emulator: cannot start: ${why}\n`);
  process.exit(1);
});
// A reader that takes the first line and goes away (`| head -1`) must not end the emulator with EPIPE.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
process.stdout.write(`${emulator.baseUrl}\n`);
process.stderr.write(`Control API: ${emulator.baseUrl}/emulator/v1/  (see packages/emulator/docs/reference.md). Ctrl-C to stop.\n`);

const stop = (): void => {
  void emulator.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
