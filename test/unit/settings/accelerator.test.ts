import { describe, expect, it } from 'vitest';
import { acceleratorProblem } from '../../../shared/model/accelerator';

describe('global shortcut chords', () => {
  it.each(['CommandOrControl+Alt+M', 'Control+Shift+K', 'Alt+F5', 'Super+Shift+Space', 'CmdOrCtrl+Plus', 'Command+Option+num3'])('accepts %s', (chord) => {
    expect(acceleratorProblem(chord)).toBeUndefined();
  });

  it.each([
    ['foo', 'not a key chord'],
    ['', 'Press a key chord'],
    ['Ctrl+', 'Press a key chord'],
    ['M', 'Add Ctrl, Alt'],
    ['Shift+M', 'Add Ctrl, Alt'],
    ['Alt+Tab', 'belongs to the system'],
    ['CommandOrControl+Q', 'belongs to the system'],
    ['Ctrl+Alt+Delete', 'belongs to the system'],
    ['Ctrl+Ctrl+M', 'counts once'],
    ['Hyper+M', 'not a key chord'],
  ])('refuses %j: %s', (chord, reason) => {
    expect(acceleratorProblem(chord)).toContain(reason);
  });
});
