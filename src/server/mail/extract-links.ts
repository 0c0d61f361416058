/** http(s) URLs in plain text; stops at whitespace, quotes and angle brackets. */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`]+/gi;

const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Drops sentence punctuation and unbalanced closing brackets that follow a URL in prose. */
function trimTrailing(candidate: string): string {
  let url = candidate;
  for (;;) {
    const last = url.at(-1) ?? "";
    if (/[.,;:!?*]/.test(last)) {
      url = url.slice(0, -1);
      continue;
    }
    const opener = CLOSERS[last];
    if (opener && count(url, last) > count(url, opener)) {
      url = url.slice(0, -1);
      continue;
    }
    return url;
  }
}

/**
 * The distinct http(s) links in a plain-text body, in order of appearance. The dev mailbox
 * renders them as clickable links (e2e tests follow verification and status links from it);
 * only http and https survive, so a message cannot plant a javascript: link on the page.
 */
export function extractLinks(text: string, max = 100): string[] {
  const links: string[] = [];
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const candidate = trimTrailing(match[0]);
    let parsed: URL;
    try {
      parsed = new URL(candidate);
    } catch {
      continue;
    }
    if ((parsed.protocol !== "http:" && parsed.protocol !== "https:") || !parsed.hostname) continue;
    if (!links.includes(candidate)) links.push(candidate);
    if (links.length >= max) break;
  }
  return links;
}
