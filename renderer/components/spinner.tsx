/** A small indeterminate progress mark; the text next to it says what is happening. */
export const Spinner = () => <span className="spinner" aria-hidden="true" />;
