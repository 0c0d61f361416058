/** The longest `short_name` shown under an installed app's icon without being cut off. */
export const SHORT_NAME_MAX = 12;

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const graphemes = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);
/** Words that make a poor ending: "Tea &" reads better as "Tea". */
const TRAILING_JOINERS = /[\s&+\-–—|,.:;/]+$|\s+(?:and|of|the|by|for|at|&)$/i;

function trimTrailingJoiners(text: string): string {
  let current = text.trim();
  for (;;) {
    const next = current.replace(TRAILING_JOINERS, "").trim();
    if (next === current) return current;
    current = next;
  }
}

/**
 * The web app manifest's `short_name` for a store name: the name itself when it fits in
 * SHORT_NAME_MAX characters (graphemes, so "Café" or an emoji counts as shown), else the
 * longest run of leading whole words that fits ("Ceylon Curated" -> "Ceylon", "Bob's Tea & Co
 * Ltd" -> "Bob's Tea"), else the first word cut at the limit. Never empty for a non-blank name.
 */
export function deriveShortName(name: string): string {
  const clean = name.replace(/\s+/g, " ").trim();
  if (graphemes(clean).length <= SHORT_NAME_MAX) return clean;
  const words = clean.split(" ");
  let fitted = "";
  for (const word of words) {
    const candidate = fitted ? `${fitted} ${word}` : word;
    if (graphemes(candidate).length > SHORT_NAME_MAX) break;
    fitted = candidate;
  }
  const trimmed = trimTrailingJoiners(fitted);
  if (trimmed) return trimmed;
  return trimTrailingJoiners(graphemes(words[0]!).slice(0, SHORT_NAME_MAX).join("")) || graphemes(clean).slice(0, SHORT_NAME_MAX).join("");
}
