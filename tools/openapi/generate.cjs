#!/usr/bin/env node
// `npm run docs:openapi`: writes docs/openapi.json from the gateway's code, as the gateway serves it
// at /docs-json. With `--check`, writes nothing and exits 1 when the committed file is out of date.
// The gateway's sources are compiled on the fly with the @nestjs/swagger plugin, as its build and
// its tests compile them (tools/build/swagger-plugin.js); nothing needs Kafka or a database.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const plugin = require('@nestjs/swagger/plugin');
const { swaggerPluginOptions } = require('../build/swagger-plugin');

require('ts-node').register({
  project: path.join(root, 'apps', 'gateway', 'tsconfig.app.json'),
  compilerOptions: { module: 'commonjs' },
  transformers: (program) => ({ before: [plugin.before(swaggerPluginOptions, program)] }),
});
require('tsconfig-paths').register({
  baseUrl: root,
  paths: JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths,
});
require('reflect-metadata');

async function main(check) {
  const { OPENAPI_FILE, renderOpenApiFile } = require('../../apps/gateway/src/openapi/openapi-file');
  const content = await renderOpenApiFile();
  const file = path.join(root, OPENAPI_FILE);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (current === content) {
    console.log(`${OPENAPI_FILE}: up to date`);
    return 0;
  }
  if (check) {
    console.log(`${OPENAPI_FILE}: out of date; run \`npm run docs:openapi\` and commit the result`);
    return 1;
  }
  fs.writeFileSync(file, content);
  console.log(`${OPENAPI_FILE}: written`);
  return 0;
}

main(process.argv.includes('--check')).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
