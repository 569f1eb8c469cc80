/** Opens a URL in the user's default browser; callers check the URL against the allow-list first. */
export interface UrlOpener {
  open(url: string): Promise<void>;
}
