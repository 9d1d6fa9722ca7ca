// The @nestjs/swagger compiler plugin reads class-validator decorators and doc comments of the
// HTTP DTOs in @pollen/contracts, so the contracts stay free of Nest imports and the OpenAPI
// document still describes every field. Used by the gateway's webpack build and by its tests.
const swaggerPluginOptions = {
  classValidatorShim: true,
  introspectComments: true,
  dtoFileNameSuffix: ['.dto.ts', '.view.ts'],
  controllerFileNameSuffix: ['.controller.ts'],
};

module.exports = {
  swaggerPluginOptions,
  swaggerPlugin: { name: '@nestjs/swagger/plugin', options: swaggerPluginOptions },
};
