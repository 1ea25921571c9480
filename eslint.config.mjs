import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  { ignores: ['.next/**', 'fixtures/*/.next/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // Internal links are plain anchors: pages are prerendered HTML, and next/link's client router would add
    // about 5 KB of gzipped JavaScript to every article page (see the README's JavaScript budget).
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
];

export default config;
