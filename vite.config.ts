import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './src-main/hosts/content-security-policy';

/**
 * Writes the hosts' Content-Security-Policy into index.html as a <meta> tag, for file://
 * pages under Electron, which the header route may not reach. frame-ancestors is left out:
 * browsers ignore it in a meta tag and warn.
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

// The renderer is built once and served by both hosts: Electron loads it from disk
// (hence the relative base), the web host serves it over HTTP.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: { outDir: '../out/renderer', emptyOutDir: true, chunkSizeWarningLimit: 2500 },
});
