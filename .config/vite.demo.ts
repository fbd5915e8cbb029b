/**
 * `npm start`: serves the demo intranet page at http://localhost:5173/ with the rule
 * packs under /rules/, straight from the repository.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = resolve(import.meta.dirname, '..');

function serveRules(): Plugin {
  const rules = join(root, 'rules');
  return {
    name: 'serve-rules',
    configureServer(server) {
      server.middlewares.use('/rules', (request, response, next) => {
        const file = normalize(join(rules, decodeURIComponent((request.url ?? '/').split('?')[0]!)));
        if (!file.startsWith(rules) || !existsSync(file) || !statSync(file).isFile()) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        createReadStream(file).pipe(response);
      });
    },
  };
}

export default defineConfig({
  root: join(root, 'src/demo'),
  plugins: [serveRules()],
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [root] } },
});
