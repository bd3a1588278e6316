/**
 * SVG presentation attributes that may stand in for an inline `style` declaration. A page whose
 * Content-Security-Policy says `style-src 'self'` refuses every `style="..."` attribute, but not
 * these: they are part of the markup, not CSS.
 */
const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'opacity',
  'paint-order',
  'stroke',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'stroke-width',
  'text-anchor',
  'dominant-baseline',
]);

/**
 * Rewrites every `style="a:b;c:d"` of the markup as attributes `a="b" c="d"` (the declaration wins
 * over an attribute of the same name already there, as it would in CSS). Throws on a property that
 * has no presentation attribute, so a new ECharts version cannot slip an inline style back in.
 */
export function styleToAttributes(markup: string): string {
  return markup.replace(
    /<([a-zA-Z][\w:-]*)(\s[^>]*?)?(\/?)>/g,
    (tag, name: string, attrs = '', selfClose) => {
      const style = /\sstyle="([^"]*)"/.exec(attrs);
      if (!style) return tag;
      const declarations = new Map<string, string>();
      for (const part of (style[1] ?? '').split(';')) {
        const colon = part.indexOf(':');
        if (colon < 0) {
          if (part.trim()) throw new Error(`<${name} style="${style[1]}">: "${part}" is not a declaration`);
          continue;
        }
        const property = part.slice(0, colon).trim().toLowerCase();
        if (!PRESENTATION.has(property))
          throw new Error(`<${name} style="${style[1]}">: "${property}" has no SVG presentation attribute`);
        declarations.set(property, part.slice(colon + 1).trim());
      }
      let rest = attrs.replace(style[0], '');
      for (const property of declarations.keys())
        rest = rest.replace(new RegExp(`\\s${property}="[^"]*"`), '');
      const added = [...declarations].map(
        ([property, value]) => ` ${property}="${value.replaceAll('"', '&quot;')}"`,
      );
      return `<${name}${rest}${added.join('')}${selfClose}>`;
    },
  );
}
