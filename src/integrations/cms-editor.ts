/**
 * The editor at /admin/: Decap CMS, served from the site itself (no CDN), with its configuration generated from the
 * content schemas (src/lib/cms-config.ts). After the build it writes dist/admin/index.html, dist/admin/config.yml
 * dist/admin/formats.js and Decap's own files; `astro dev` serves the same three from memory and node_modules.
 *
 * The page is written here rather than by Astro because Astro puts its strict policy, with hashes, on every page it
 * renders, and a style-src with hashes ignores 'unsafe-inline', which the editor needs (see ADMIN_POLICY).
 * Not being an Astro page also keeps it out of the sitemap.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import yaml from 'js-yaml';
import { cmsConfig, FILE_FORMAT } from '../lib/cms-config.ts';
import { loadTypeScript } from '../lib/schema-docs.ts';
import { site } from '../config.ts';
import { adminPolicy } from '../lib/security.ts';

const require = createRequire(import.meta.url);

/**
 * Decap's bundle, the chunks and WebAssembly it loads from beside itself on demand, and js-yaml for the file
 * format (its browser build, which sets `window.jsyaml`).
 */
export function editorFiles(): { name: string; path: string }[] {
  const dist = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
  return [
    ...readdirSync(dist)
      .filter((name) => /^(?:[\w-]+\.)?decap-cms\.js$|\.wasm$/.test(name))
      .map((name) => ({ name, path: join(dist, name) })),
    { name: 'js-yaml.min.js', path: join(dirname(require.resolve('js-yaml/package.json')), 'dist/js-yaml.min.js') },
  ];
}

/**
 * /admin/formats.js: src/lib/cms-format.ts without its types, registered as the format every collection uses.
 * Decap starts itself as soon as its script runs unless told to wait; this script comes first and tells it to,
 * and starts it once the format is registered.
 */
export function formatsScript(): string {
  const source = readFileSync(fileURLToPath(new URL('../lib/cms-format.ts', import.meta.url)), 'utf8');
  // TypeScript's own transpiler: Node's stripTypeScriptTypes would do, but warns on every build that it is experimental.
  const ts = loadTypeScript();
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  const code = outputText.replace(/^export /gm, '');
  return `window.CMS_MANUAL_INIT = true;
(() => {
${code}
  // The core schema reads and writes dates as the text they are (2026-01-02, never a timestamp or a quoted string),
  // as contributors write them.
  const yaml = {
    load: (text) => window.jsyaml.load(text, { schema: window.jsyaml.CORE_SCHEMA }),
    dump: (value, options) => window.jsyaml.dump(value, { ...options, schema: window.jsyaml.CORE_SCHEMA }),
  };
  window.addEventListener('DOMContentLoaded', () => {
    window.CMS.registerCustomFormat(${JSON.stringify(FILE_FORMAT)}, 'mdx', {
      fromFile: (text) => readContentFile(text, yaml),
      toFile: (fields, order) => writeContentFile(fields, order ?? [], yaml),
    });
    window.CMS.init();
  });
})();
`;
}

/** The editor's page: Decap draws everything into the body itself, and reads config.yml from beside the page. */
export function adminPage(): string {
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <meta http-equiv="Content-Security-Policy" content="${adminPolicy().join('; ')}">
    <title>Editor · ${site.name}</title>
  </head>
  <body>
    <script src="js-yaml.min.js"></script>
    <script src="formats.js"></script>
    <script src="decap-cms.js"></script>
  </body>
</html>
`;
}

export function editorConfig(): string {
  return yaml.dump(cmsConfig(), { lineWidth: -1, noRefs: true });
}

export function cmsEditor(): AstroIntegration {
  return {
    name: 'cities-for-palestine:cms-editor',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const files = new Map(editorFiles().map((file) => [file.name, file.path]));
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          const match = /\/admin\/(.*)$/.exec(path);
          if (!match) return next();
          const name = match[1] ?? '';
          if (name === '' || name === 'index.html') {
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            return response.end(adminPage());
          }
          if (name === 'formats.js') {
            response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            return response.end(formatsScript());
          }
          if (name === 'config.yml') {
            response.setHeader('Content-Type', 'text/yaml; charset=utf-8');
            return response.end(editorConfig());
          }
          const file = files.get(name);
          if (!file) return next();
          response.setHeader('Content-Type', name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript');
          return response.end(readFileSync(file));
        });
      },
      'astro:build:done': ({ dir }) => {
        const admin = join(fileURLToPath(dir), 'admin');
        mkdirSync(admin, { recursive: true });
        writeFileSync(join(admin, 'index.html'), adminPage());
        writeFileSync(join(admin, 'config.yml'), editorConfig());
        writeFileSync(join(admin, 'formats.js'), formatsScript());
        for (const file of editorFiles()) copyFileSync(file.path, join(admin, file.name));
      },
    },
  };
}
