// Meeting-code rules live in @quickmeet/common, shared with the emulator.
export * from '@quickmeet/common/meeting-code';
