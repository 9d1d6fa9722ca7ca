// The workspace generators (`nx g @pollen/tools:<name>`, listed in generators.json), also callable
// from code: one generator may compose others, as the service generator does.
export { default as aggregateGenerator } from './aggregate/generator';
export { default as consumerGenerator } from './consumer/generator';
export { default as eventGenerator } from './event/generator';
export { default as serviceGenerator } from './service/generator';
export { default as usecaseGenerator } from './usecase/generator';
