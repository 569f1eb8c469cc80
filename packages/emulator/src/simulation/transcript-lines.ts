/** Sample lines the simulated people say, so transcripts read like a meeting. */
export const TRANSCRIPT_LINES: ReadonlyArray<string> = [
  'Good morning, everyone. Shall we start?',
  'Sure. First item is the release checklist.',
  'The build is green and the installer is signed.',
  'Great. Any open questions about the sign-in flow?',
  'Only one: what happens when the keychain is locked?',
  'We keep the session in memory and tell the user.',
  'Sounds right. Let us ship it on Thursday.',
  'I will write the release notes today.',
];
