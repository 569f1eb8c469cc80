// RFC 3339 ordering lives in @quickmeet/common, shared with the emulator.
export * from '@quickmeet/common/rfc3339';
