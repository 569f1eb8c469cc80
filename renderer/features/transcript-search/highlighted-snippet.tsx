import type { SnippetPart } from '../../../shared/model/transcript-search';

/** A snippet with its matched words in `<mark>`: text nodes only, so nothing in a transcript becomes HTML. */
export function HighlightedSnippet({ parts }: { readonly parts: ReadonlyArray<SnippetPart> }) {
  return (
    <span className="search-snippet">
      {parts.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}
