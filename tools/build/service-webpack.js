// The one webpack configuration of every service: `module.exports = serviceWebpack(__dirname)`
// in the app's webpack.config.js. The gateway adds the OpenAPI plugin (`{ openapi: true }`); a
// service that runs worker threads names their entry files (`{ workers: { name: './src/…ts' } }`),
// each built to `<name>.js` beside main.js; files it reads at run time (fonts) are copied beside
// it too (`{ assets: [{ input, glob, output }] }`, input from the repository's root).
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const path = require('node:path');
const { swaggerPlugin } = require('./swagger-plugin');

module.exports = function serviceWebpack(appDir, { openapi = false, workers = {}, assets = [] } = {}) {
  return {
    // __dirname is the bundle's own folder, where the workers are.
    node: { __dirname: false },
    output: {
      path: path.join(__dirname, '..', '..', 'dist', 'apps', path.basename(appDir)),
      clean: true,
      ...(process.env.NODE_ENV !== 'production' && {
        devtoolModuleFilenameTemplate: '[absolute-resource-path]',
      }),
    },
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/main.ts',
        tsConfig: './tsconfig.app.json',
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: true,
        sourceMap: true,
        transformers: openapi ? [swaggerPlugin] : [],
        assets,
        additionalEntryPoints: Object.entries(workers).map(([entryName, entryPath]) => ({
          entryName,
          entryPath: path.join(appDir, entryPath),
        })),
      }),
    ],
  };
};
