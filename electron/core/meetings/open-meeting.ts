import { MEET_HOSTS, isAllowedExternalUrl } from '../../../shared/links/external-url-policy';
import { AppError } from '../../../shared/ipc/result';
import type { UrlOpener } from '../ports/url-opener';

/** Opens a meeting in the default browser; only https://meet.google.com URLs ever leave the app. */
export async function openMeetingUri(urlOpener: UrlOpener, uri: string): Promise<void> {
  if (!isAllowedExternalUrl(uri, MEET_HOSTS)) {
    throw new AppError('UNEXPECTED_RESPONSE', 'Refused to open a link that is not on https://meet.google.com.');
  }
  await urlOpener.open(uri);
}

/** A browser that sends checked meeting links to `page(link)` instead (demo mode); other links pass unchanged. */
export function meetingPageUrlOpener(urlOpener: UrlOpener, page: (meetingUri: string) => string): UrlOpener {
  return { open: (url) => urlOpener.open(isAllowedExternalUrl(url, MEET_HOSTS) ? page(url) : url) };
}
