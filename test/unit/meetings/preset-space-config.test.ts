import { describe, expect, it } from 'vitest';
import { configUpdateMask, presetSpecKey, presetToSpaceConfig } from '../../../electron/core/meetings/preset-space-config';
import { QUICK_CALL_PRESET, type Preset } from '../../../shared/model/preset';

const full: Preset = {
  id: 'board',
  name: 'Board meeting',
  accessType: 'RESTRICTED',
  entryPointAccess: 'ALL',
  moderation: 'ON',
  chatRestriction: 'HOSTS_ONLY',
  reactionRestriction: 'NO_RESTRICTION',
  presentRestriction: 'HOSTS_ONLY',
  defaultJoinAsViewer: 'ON',
  autoRecording: 'ON',
  autoTranscription: 'OFF',
  autoSmartNotes: 'ON',
  attendanceReport: 'GENERATE_REPORT',
  cohosts: ['Bob@example.com', 'ann@example.com'],
};

describe('presetToSpaceConfig', () => {
  it('maps every preset field to its SpaceConfig path', () => {
    expect(presetToSpaceConfig(full)).toEqual({
      accessType: 'RESTRICTED',
      entryPointAccess: 'ALL',
      moderation: 'ON',
      moderationRestrictions: {
        chatRestriction: 'HOSTS_ONLY',
        reactionRestriction: 'NO_RESTRICTION',
        presentRestriction: 'HOSTS_ONLY',
        defaultJoinAsViewerType: 'ON',
      },
      attendanceReportGenerationType: 'GENERATE_REPORT',
      artifactConfig: {
        recordingConfig: { autoRecordingGeneration: 'ON' },
        transcriptionConfig: { autoTranscriptionGeneration: 'OFF' },
        smartNotesConfig: { autoSmartNotesGeneration: 'ON' },
      },
    });
  });

  it('sends an empty config for the default preset so Google applies the user defaults', () => {
    expect(presetToSpaceConfig(QUICK_CALL_PRESET)).toEqual({});
  });

  it('builds an update mask of every leaf set before or after', () => {
    const mask = configUpdateMask({ accessType: 'OPEN' }, { moderation: 'ON', moderationRestrictions: { chatRestriction: 'HOSTS_ONLY' } });
    expect(mask.split(',')).toEqual(['config.accessType', 'config.moderation', 'config.moderationRestrictions.chatRestriction']);
  });

  it('keys presets by config and co-hosts, ignoring name, id and co-host order or case', () => {
    const renamed = { ...full, id: 'x', name: 'Other', cohosts: ['ann@example.com', 'bob@example.com'] };
    expect(presetSpecKey(renamed)).toBe(presetSpecKey(full));
    expect(presetSpecKey({ ...full, accessType: 'OPEN' })).not.toBe(presetSpecKey(full));
    expect(presetSpecKey({ ...full, cohosts: [] })).not.toBe(presetSpecKey(full));
  });
});
