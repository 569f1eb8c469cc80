import { describe, expect, it } from 'vitest';
import {
  expectedPeople,
  matchExpected,
  nameFromEmail,
  parseExpectedEntry,
  stillWaitingText,
} from '../../../electron/core/live/expected-people';
import type { MeetParticipant } from '../../../electron/core/ports/meet-api';

const signedIn = (name: string, displayName: string, user?: string): MeetParticipant => ({
  name,
  earliestStartTime: '2026-11-24T09:00:00Z',
  signedinUser: { displayName, ...(user ? { user } : {}) },
});

describe('expected people', () => {
  it('reads names from e-mails and typed entries', () => {
    expect(nameFromEmail('bo.li@example.com')).toBe('Bo Li');
    expect(parseExpectedEntry('Dee Ray <DEE@example.com>')).toEqual({ label: 'Dee Ray', email: 'dee@example.com' });
    expect(parseExpectedEntry('cy@example.com')).toEqual({ label: 'Cy', email: 'cy@example.com' });
    expect(parseExpectedEntry('Ana')).toEqual({ label: 'Ana' });
  });

  it('lists each person once, keeps a member’s account id and a typed name, and never the signed-in user', () => {
    const people = expectedPeople(
      [
        { name: 'm1', email: 'Bo@example.com', user: 'users/2' },
        { name: 'm2', email: 'ada@quickmeet.test' },
      ],
      ['Bo Li <bo@example.com>', 'Ana', 'ana'],
      'ada@quickmeet.test',
    );
    expect(people).toEqual([{ label: 'Bo Li', email: 'bo@example.com', user: 'users/2' }, { label: 'Ana' }]);
  });

  it('matches by account where Google gives it, by name otherwise (marked), and never guests, callers or the user', () => {
    const people = expectedPeople(
      [
        { name: 'm1', email: 'bo@example.com', user: 'users/2' },
        { name: 'm2', email: 'cy.li@example.com' },
      ],
      ['Dee <dee@example.com>', 'Ana', 'Ada Lovelace'],
      undefined,
    );
    const present: MeetParticipant[] = [
      signedIn('p1', 'Robert Smith', 'users/2'), // Bo's account under another display name
      signedIn('p2', 'Bo', 'users/9'), // someone else called Bo: Bo has an id, so no name match
      { name: 'p3', earliestStartTime: '2026-11-24T09:00:00Z', anonymousUser: { displayName: 'Dee' } },
      { name: 'p4', earliestStartTime: '2026-11-24T09:00:00Z', phoneUser: { displayName: 'Cy Li' } },
      signedIn('p5', 'Ana Smith', 'users/5'),
      signedIn('p6', 'Ada Lovelace', 'users/100'), // the signed-in user's own participant
    ];
    expect(matchExpected(people, present, 'users/100')).toEqual({
      total: 5,
      here: [
        { label: 'Bo', byName: false },
        { label: 'Ana', byName: true },
      ],
      missing: ['Cy Li', 'Dee', 'Ada Lovelace'],
    });
  });

  it('says who is still missing in one sentence', () => {
    expect(stillWaitingText(['Bo', 'Cy Li'])).toBe('Still waiting for Bo and Cy');
    expect(stillWaitingText(['Ana', 'Bo', 'Cy'])).toBe('Still waiting for Ana, Bo and Cy');
    expect(stillWaitingText(['Bo'])).toBe('Still waiting for Bo');
    expect(stillWaitingText([])).toBe('Everyone expected is here.');
  });
});
