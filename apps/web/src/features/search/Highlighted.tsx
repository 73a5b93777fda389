import { HIGHLIGHT_END, HIGHLIGHT_START } from '@bitd/domain';

export interface HighlightPart {
  text: string;
  match: boolean;
}

/**
 * Splits a search answer's text on the highlight markers (private-use characters). Markers never
 * reach the page: an unmatched one is dropped, a nested start is ignored.
 */
export function highlightParts(text: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let match = false;
  let buffer = '';
  const flush = () => {
    if (buffer === '') return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += buffer;
    else parts.push({ text: buffer, match });
    buffer = '';
  };
  for (const ch of text) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_END) {
      const opening = ch === HIGHLIGHT_START;
      if (opening !== match) {
        flush();
        match = opening;
      }
    } else {
      buffer += ch;
    }
  }
  flush();
  return parts;
}

/** The text without its markers. */
export function stripHighlights(text: string): string {
  return text.split(HIGHLIGHT_START).join('').split(HIGHLIGHT_END).join('');
}

/**
 * Text with its matched words in <mark>, built as React elements: the text is supplier input and
 * may contain anything, including HTML, which React renders as text.
 */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {highlightParts(text).map((part, i) =>
        part.match ? (
          <mark key={i} className="bitd-mark">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
