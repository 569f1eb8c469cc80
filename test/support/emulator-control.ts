// The control client is part of the emulator package; tests import it from here or from the package.
export * from '@quickmeet/emulator/control';
