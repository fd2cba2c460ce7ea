// Astro writes markup for HTML, where a "<" inside an attribute value is allowed, so it escapes
// only & and " there. A standalone SVG is XML, where that "<" is a fatal parse error: a claimant
// such as "(first toll <20)" in a marker's aria-label made resvg refuse the whole PNG. Text nodes
// are already escaped by Astro (&lt;), so only attribute values need mending.

/**
 * The same markup with every "<" and ">" inside a double-quoted attribute value escaped. Astro
 * always double-quotes attributes and writes a value's own quotes as &quot;/&#34;, so a value
 * never contains a raw '"', and text content never contains a raw '<' or '"' outside a tag.
 */
export function xmlSafeAttributes(markup: string): string {
  return markup.replace(
    /(<[^\s<>/!?][^\s<>"]*)((?:\s+[^\s=<>"]+(?:="[^"]*")?)*)(\s*\/?>)/g,
    (_tag, open: string, attributes: string, close: string) =>
      open +
      attributes.replace(
        /="([^"]*)"/g,
        (_a, value: string) => `="${value.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`,
      ) +
      close,
  );
}
