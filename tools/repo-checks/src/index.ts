export * from './parse-dockerfile';
export * from './read-repo-file';
export * from './stage-chain';
