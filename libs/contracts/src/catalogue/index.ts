export * from './define';
export * from './topics';
export * from './relay-topics';
export * from './requests';
export * from './events';
export * from './reasons';
