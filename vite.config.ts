import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './src-main/hosts/content-security-policy';

/**
 * Writes the hosts' Content-Security-Policy into index.html as a <meta> tag as well: both
 * hosts send it as a header (the web server, and Electron's app:// handler), the tag keeps
 * the page covered wherever it is opened from. frame-ancestors is left out: browsers ignore
 * it in a meta tag and warn.
 */
function contentSecurityPolicyMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'aktywator-csp-meta',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// The renderer is built once and served by both hosts: Electron from app://aktywator/
// (src-main/hosts/electron/app-protocol.ts), the web host over HTTP. The relative base
// suits both.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: { outDir: '../out/renderer', emptyOutDir: true, chunkSizeWarningLimit: 2500 },
  // The PDF worker (documents/render.worker.ts) loads pdfmake as a chunk of its own: an ES
  // module worker, as `new Worker(…, { type: 'module' })` asks.
  worker: { format: 'es' },
});
