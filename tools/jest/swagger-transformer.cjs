// ts-jest wants an AST transformer module with `factory`; the @nestjs/swagger plugin exposes
// `before`. This adapter lets the gateway's tests see the same OpenAPI metadata as its build.
const plugin = require('@nestjs/swagger/plugin');
const { swaggerPluginOptions } = require('../build/swagger-plugin');

module.exports = {
  name: 'nestjs-swagger-transformer',
  version: 1,
  factory: (compiler) => plugin.before(swaggerPluginOptions, compiler.program),
};
