/** Applies a Space body to stored settings, for spaces.create and for spaces.patch with its updateMask. */
import type { z } from 'zod';
import { assertPathsExist, cloneJson, getPath, mergeLeaves, setPath, type UpdateMask } from '../http/field-mask';
import { invalidArgument } from '../http/google-error';
import type { StoredSpaceConfig } from '../state/emulator-state';
import { DEFAULT_MODERATION_RESTRICTIONS, defaultSpaceConfig } from './space-config-defaults';
import { isUnspecified, SPACE_OUTPUT_ONLY, type spaceConfigInput } from './space-schema';

type ConfigInput = z.infer<typeof spaceConfigInput>;
type Tree = Record<string, unknown>;

const carriesValue = (leaf: unknown): boolean => leaf !== undefined && !isUnspecified(leaf);

// Settings built from defaults plus every value the body carries; `*_UNSPECIFIED` keeps the default.
function configFrom(input: ConfigInput | undefined): StoredSpaceConfig {
  const config = defaultSpaceConfig();
  if (input !== undefined) mergeLeaves(config as unknown as Tree, input as Tree, carriesValue);
  return config;
}

// Restrictions reset to their defaults whenever moderation is off, as Google documents for SpaceConfig.
function settle(config: StoredSpaceConfig): StoredSpaceConfig {
  if (config.moderation === 'OFF') config.moderationRestrictions = { ...DEFAULT_MODERATION_RESTRICTIONS };
  return config;
}

/** The settings of a new space. */
export const createConfig = (input: ConfigInput | undefined): StoredSpaceConfig => settle(configFrom(input));

/**
 * The settings after a patch: no mask → every value sent; `*` → the body replaces all settings;
 * paths → only those, a path naming a message replacing that whole message.
 */
export function patchConfig(current: StoredSpaceConfig, input: ConfigInput | undefined, mask: UpdateMask): StoredSpaceConfig {
  if (mask.kind === 'none') {
    const next = cloneJson(current);
    if (input !== undefined) mergeLeaves(next as unknown as Tree, input as Tree, carriesValue);
    return settle(next);
  }
  if (mask.kind === 'all') return settle(configFrom(input));
  assertPathsExist(mask.paths, { config: defaultSpaceConfig() }, SPACE_OUTPUT_ONLY);
  const next = cloneJson(current) as unknown as Tree;
  const fresh = configFrom(input) as unknown as Tree;
  for (const path of mask.paths) {
    if (path === 'config') return settle(fresh as unknown as StoredSpaceConfig);
    const inner = path.slice('config.'.length);
    if (inner === 'moderation' && isUnspecified(getPath(input, inner))) throw invalidArgument('config.moderation cannot be set to MODERATION_UNSPECIFIED.');
    setPath(next, inner, cloneJson(getPath(fresh, inner)));
  }
  return settle(next as unknown as StoredSpaceConfig);
}
