/**
 * Text made safe to put in HTML, XML or SVG, as element text or in a quoted attribute: & < > and "
 * as entities. The published site, the report's SVG drawings and the renderer's SVG exports use it.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
