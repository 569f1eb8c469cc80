/** The demo Google accounts that can sign in to the emulator; `ada@quickmeet.test` comes first. */

/** A demo account. `user` is the `users/{id}` name Meet shows for it. */
export interface DemoAccount {
  readonly email: string;
  readonly name: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly user: string;
}

/** Every demo account, in the order the consent page lists them. */
export const DEMO_ACCOUNTS: ReadonlyArray<DemoAccount> = [
  { email: 'ada@quickmeet.test', name: 'Ada Lovelace', givenName: 'Ada', familyName: 'Lovelace', user: 'users/100000000000000000001' },
  { email: 'grace@quickmeet.test', name: 'Grace Hopper', givenName: 'Grace', familyName: 'Hopper', user: 'users/100000000000000000002' },
  { email: 'alan@quickmeet.test', name: 'Alan Turing', givenName: 'Alan', familyName: 'Turing', user: 'users/100000000000000000003' },
  { email: 'katherine@quickmeet.test', name: 'Katherine Johnson', givenName: 'Katherine', familyName: 'Johnson', user: 'users/100000000000000000004' },
];

/** The account with this email (case-insensitive), if it is a demo account. */
export function findAccount(email: string): DemoAccount | undefined {
  const wanted = email.toLowerCase();
  return DEMO_ACCOUNTS.find((a) => a.email === wanted);
}
