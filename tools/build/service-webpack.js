// The one webpack configuration of every service: `module.exports = serviceWebpack(__dirname)`
// in the app's webpack.config.js. The gateway adds the OpenAPI plugin (`{ openapi: true }`).
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const path = require('node:path');
const { swaggerPlugin } = require('./swagger-plugin');

module.exports = function serviceWebpack(appDir, { openapi = false } = {}) {
  return {
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
      }),
    ],
  };
};
