// @ts-check
/**
 * ESLint rule `regioscan/domain-imports`: main is organised by domain (src-main/<domain>/), and a
 * domain is entered only through its index.ts. A file may import anything in its own domain and in
 * the shared infrastructure folders (db/, rpc/, cli/, workbook/, electron/, serve/ and the files
 * directly under src-main/), but from another domain only `../<domain>` (its index.ts). The wiring
 * files that register every domain's handlers or commands may also import those files by name.
 *
 * The domains are read from the folder list: every folder under src-main that is not infrastructure.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** @typedef {{ root: string; infrastructure: string[]; wiring: Record<string, string[]> }} Options */

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Import another domain of main only through its index.ts.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          infrastructure: { type: 'array', items: { type: 'string' } },
          wiring: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      deep: "'{{spec}}' reaches into the {{domain}} domain: import '{{index}}' (its index.ts) instead, or move what you need there.",
    },
  },
  create(context) {
    /** @type {Options} */
    const options = { root: 'src-main', infrastructure: [], wiring: {}, ...(context.options[0] ?? {}) };
    const cwd = context.cwd;
    const root = resolve(cwd, options.root);
    const domains = existsSync(root)
      ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && !options.infrastructure.includes(d.name)).map((d) => d.name)
      : [];
    const file = context.filename;
    const fileRel = relative(cwd, file).split(sep).join('/');
    const own = relative(root, file).split(sep)[0];
    const wiring = options.wiring[fileRel] ?? [];

    /** @param {import('estree').Node} node @param {unknown} source */
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const spec = source.split('?')[0] ?? source;
      const target = resolve(dirname(file), spec);
      const parts = relative(root, target).split(sep);
      const domain = parts[0];
      if (!domain || domain.startsWith('..') || !domains.includes(domain) || domain === own) return;
      const rest = parts.slice(1).join('/').replace(/\.ts$/, '');
      if (rest === '' || rest === 'index') return;
      if (wiring.includes(`${rest}.ts`)) return;
      const index = relative(dirname(file), join(root, domain)).split(sep).join('/');
      context.report({ node, messageId: 'deep', data: { spec: source, domain, index: index.startsWith('.') ? index : `./${index}` } });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default rule;
