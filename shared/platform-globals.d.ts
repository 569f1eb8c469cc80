// The few web-standard globals that both Node and Chromium provide; shared/ may use these and nothing else.
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly hostname: string;
  readonly protocol: string;
  readonly port: string;
  readonly username: string;
  readonly password: string;
  readonly pathname: string;
  readonly search: string;
  readonly searchParams: { get(name: string): string | null };
  readonly href: string;
}
