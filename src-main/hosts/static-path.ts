/**
 * A request path's decoded segments, or null for anything that could step outside a static
 * folder or reach a hidden file: `..`, `.`, dot-files, backslashes, NUL, colons (a drive
 * letter), bad percent-encoding. Shared by both hosts that serve the renderer's build (the
 * web server and Electron's app:// scheme), so the rule is written once.
 */
export function safeSegments(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const encoded of pathname.split('/')) {
    if (encoded === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null;
    }
    if (segment.startsWith('.') || /[\\/\0:]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}
