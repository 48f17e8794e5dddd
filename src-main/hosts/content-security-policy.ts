/**
 * The policy both hosts send with the renderer. The renderer is a local bundle: it needs
 * nothing from the network, no eval, no frames but its own PDF previews, no workers but its
 * own PDF renderer. 'unsafe-inline' styles stay because antd
 * injects its CSS-in-JS as <style> elements. 'self' is http://host:port under the web host
 * and app://aktywator under Electron. index.html repeats it as a <meta> tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // The PDF worker (documents/render.worker.ts) is a script of the bundle, never a blob:.
  "worker-src 'self'",
  // The PDF preview shows a document built in the page as a blob: URL in a frame.
  'frame-src blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
