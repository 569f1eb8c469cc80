/** A plus sign drawn in SVG, so it renders the same whatever fonts the system has. */
export const PlusIcon = () => (
  <svg className="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path d="M8 2v12M2 8h12" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
  </svg>
);
