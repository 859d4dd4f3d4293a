/**
 * A small, strict XML reader for checking REST-XML bodies: elements, attributes, text and the five predefined and
 * numeric entities; no DTDs. Mixed content (text beside child elements) and malformed documents throw, since no
 * AWS response has them.
 * @module
 */

/** An element: its name, attributes, children and (for leaves) its decoded text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g;

function decode(text: string): string {
  if (/&(?!(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);)/.test(text)) throw new Error(`unescaped & in ${JSON.stringify(text)}`);
  return text.replace(ENTITY, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[entity] ?? '';
  });
}

/** Parses a whole document (an optional `<?xml ...?>` declaration, then one root element). */
export function parseXml(xml: string): XmlElement {
  let at = 0;
  const skipMisc = (): void => {
    for (;;) {
      const rest = xml.slice(at);
      const ws = /^\s+/.exec(rest);
      if (ws) at += ws[0].length;
      else if (xml.startsWith('<?', at)) at = xml.indexOf('?>', at) + 2;
      else if (xml.startsWith('<!--', at)) at = xml.indexOf('-->', at) + 3;
      else return;
      if (at < 2) throw new Error('unterminated declaration or comment');
    }
  };
  const element = (): XmlElement => {
    const open = /^<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(xml.slice(at));
    if (!open) throw new Error(`expected an element at offset ${at}: ${JSON.stringify(xml.slice(at, at + 30))}`);
    at += open[0].length;
    const name = open[1] ?? '';
    const attributes: Record<string, string> = {};
    for (const attr of (open[2] ?? '').matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes[attr[1] ?? ''] = decode(attr[2] ?? attr[3] ?? '');
    if (open[3] === '/') return { name, attributes, children: [], text: '' };
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      const lt = xml.indexOf('<', at);
      if (lt < 0) throw new Error(`<${name}> is not closed`);
      text += xml.slice(at, lt);
      at = lt;
      if (xml.startsWith('</', at)) {
        const close = new RegExp(`^</${name.replace(/[.]/g, '\\.')}\\s*>`).exec(xml.slice(at));
        if (!close) throw new Error(`<${name}> closed by ${JSON.stringify(xml.slice(at, at + 30))}`);
        at += close[0].length;
        break;
      }
      if (xml.startsWith('<!--', at)) {
        at = xml.indexOf('-->', at) + 3;
        continue;
      }
      children.push(element());
    }
    if (children.length > 0 && text.trim() !== '') throw new Error(`<${name}> mixes text and elements`);
    return { name, attributes, children, text: children.length > 0 ? '' : decode(text) };
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (at !== xml.length) throw new Error(`content after the root element: ${JSON.stringify(xml.slice(at, at + 30))}`);
  return root;
}
