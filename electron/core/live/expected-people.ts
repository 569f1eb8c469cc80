import type { ExpectedPeople } from '../../../shared/model/live-meeting';
import type { MeetMember, MeetParticipant } from '../ports/meet-api';

/** One person the meeting expects: a member of the space, or an entry of the saved list. */
export interface ExpectedPerson {
  /** What the window shows: the typed name, else a name read from the e-mail. */
  readonly label: string;
  readonly email?: string;
  /** `users/{user}` when Google gave it (members.list in v2beta). */
  readonly user?: string;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

/** "bo.li@x.com" → "Bo Li": the display name an e-mail suggests, which may be wrong. */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

/** Reads one typed entry: `Name <e-mail>`, an e-mail, or a bare name. */
export function parseExpectedEntry(entry: string): ExpectedPerson {
  const text = entry.trim();
  const angled = /^(.*)<([^<>]+)>$/.exec(text);
  if (angled && EMAIL.test(angled[2]!.trim())) {
    const email = angled[2]!.trim().toLowerCase();
    const name = angled[1]!.trim().replace(/^"|"$/g, '');
    return { label: name || nameFromEmail(email), email };
  }
  if (EMAIL.test(text)) return { label: nameFromEmail(text), email: text.toLowerCase() };
  return { label: text };
}

/** Members and the saved list as one list: each e-mail once (a member's `user` kept), never the signed-in account. */
export function expectedPeople(
  members: ReadonlyArray<MeetMember>,
  entries: ReadonlyArray<string>,
  ownEmail: string | undefined,
): ExpectedPerson[] {
  const own = ownEmail?.toLowerCase();
  const people: ExpectedPerson[] = [];
  const add = (person: ExpectedPerson) => {
    if (person.email && person.email === own) return;
    const same = people.findIndex((known) =>
      person.email ? known.email === person.email : !known.email && normalise(known.label) === normalise(person.label),
    );
    if (same < 0) return void people.push(person);
    // A typed name beats one read from an e-mail; a member's user id is kept.
    const known = people[same]!;
    people[same] = {
      ...known,
      ...(person.user ? { user: person.user } : {}),
      ...(entryNamed(person) && !entryNamed(known) ? { label: person.label } : {}),
    };
  };
  for (const member of members) {
    if (!member.email && !member.user) continue;
    const email = member.email?.toLowerCase();
    add({
      label: email ? nameFromEmail(email) : 'Member',
      ...(email ? { email } : {}),
      ...(member.user ? { user: member.user } : {}),
    });
  }
  for (const entry of entries) add(parseExpectedEntry(entry));
  return people;
}

const entryNamed = (person: ExpectedPerson) =>
  !person.email || normalise(person.label) !== normalise(nameFromEmail(person.email));

/** Lower case, no accents, single spaces: how two spellings of a name are compared. */
function normalise(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when a display name plausibly belongs to the expected person (full name, or first name for a one-word label). */
function sameName(person: ExpectedPerson, displayName: string): boolean {
  const shown = normalise(displayName);
  const wanted = normalise(person.label);
  if (wanted === '' || shown === '') return false;
  return shown === wanted || (!wanted.includes(' ') && shown.split(' ')[0] === wanted);
}

/**
 * Who of the expected people is in the call. A member whose `user` Google gave matches only that
 * account; everyone else matches a signed-in participant by name, marked `byName` (it may be someone
 * else of that name). Guests and phone callers never match; the signed-in user's own participant neither.
 */
export function matchExpected(
  people: ReadonlyArray<ExpectedPerson>,
  present: ReadonlyArray<MeetParticipant>,
  ownUser: string | undefined,
): ExpectedPeople {
  const candidates = present.filter(
    (participant) =>
      participant.signedinUser !== undefined && (ownUser === undefined || participant.signedinUser.user !== ownUser),
  );
  const taken = new Set<string>();
  const found = new Map<ExpectedPerson, boolean>();
  // Account matches first, so a name match cannot take the participant an id points at.
  for (const person of people) {
    if (!person.user) continue;
    const match = candidates.find(
      (participant) => !taken.has(participant.name) && participant.signedinUser?.user === person.user,
    );
    if (!match) continue;
    taken.add(match.name);
    found.set(person, false);
  }
  for (const person of people) {
    if (person.user || found.has(person)) continue;
    const match = candidates.find(
      (participant) => !taken.has(participant.name) && sameName(person, participant.signedinUser?.displayName ?? ''),
    );
    if (!match) continue;
    taken.add(match.name);
    found.set(person, true);
  }
  return {
    total: people.length,
    here: people
      .filter((person) => found.has(person))
      .map((person) => ({ label: person.label, byName: found.get(person)! })),
    missing: people.filter((person) => !found.has(person)).map((person) => person.label),
  };
}

/** "Still waiting for Bo and Cy" (first names; "Everyone expected is here" when nobody is missing). */
export function stillWaitingText(missing: ReadonlyArray<string>): string {
  if (missing.length === 0) return 'Everyone expected is here.';
  const names = missing.map((label) => label.split(' ')[0] ?? label);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  return `Still waiting for ${list}`;
}
