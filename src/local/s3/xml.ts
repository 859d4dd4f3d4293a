// The little XML the emulated S3 writes (responses) and reads (CreateBucketConfiguration).

/** S3's XML namespace, on every response root. */
export const S3_NAMESPACE = 'http://s3.amazonaws.com/doc/2006-03-01/';

/** An XML element: a name and either text or child elements (`undefined` children are left out). */
export type XmlNode = readonly [name: string, content: string | number | boolean | readonly (XmlNode | undefined)[]];

/** Escapes text for an XML element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function render([name, content]: XmlNode): string {
  if (!Array.isArray(content)) return `<${name}>${escapeXml(String(content))}</${name}>`;
  const children = (content as readonly (XmlNode | undefined)[]).filter((child) => child !== undefined).map(render).join('');
  return `<${name}>${children}</${name}>`;
}

/** A whole document: the declaration, then `root` with S3's namespace (unless `namespace` is false, as for errors). */
export function xmlDocument(root: XmlNode, namespace = true): string {
  const body = render(root);
  const withNs = namespace ? body.replace(`<${root[0]}>`, `<${root[0]} xmlns="${S3_NAMESPACE}">`) : body;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withNs}`;
}

/** The decoded text of the first `<name>` element in `xml`, or undefined. Enough for flat request bodies. */
export function xmlText(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  if (!match) return undefined;
  return (match[1] ?? '').replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[lower] ?? '';
  });
}
