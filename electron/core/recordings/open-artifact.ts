import { AppError } from '../../../shared/ipc/result';
import { ARTIFACT_HOSTS, isAllowedExternalUrl } from '../../../shared/links/external-url-policy';
import type { Artifact } from '../../../shared/model/artifact';
import type { UrlOpener } from '../ports/url-opener';

/** Opens an artifact's Drive or Docs link; any other link, or none yet, is refused with a reason. */
export async function openArtifact(urlOpener: UrlOpener, artifact: Artifact | undefined): Promise<void> {
  if (!artifact) throw new AppError('NOT_FOUND', 'That recording is no longer in the list.');
  if (!artifact.exportUri) {
    throw new AppError('NOT_FOUND', 'Google is still processing this file; Quickmeet will tell you when it is ready.');
  }
  if (!isAllowedExternalUrl(artifact.exportUri, ARTIFACT_HOSTS)) {
    throw new AppError('UNEXPECTED_RESPONSE', 'Quickmeet opens only drive.google.com and docs.google.com links, and this one is neither.');
  }
  await urlOpener.open(artifact.exportUri);
}
