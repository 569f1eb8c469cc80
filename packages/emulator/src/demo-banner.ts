import { DEMO_ACCOUNTS } from './demo-accounts';

/** What a person starting demo mode needs to know: where the emulator listens and which accounts sign in. */
export function demoBanner(emulatorUrl: string): string {
  const accounts = DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(26)} ${a.name}`).join('\n');
  return [
    `Demo mode: the built-in Google emulator stands in for Google at ${emulatorUrl}`,
    'Sign in with any of these demo accounts (no password; pick one on the consent page):',
    accounts,
  ].join('\n');
}
