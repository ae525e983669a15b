export * from './types.js';
export * from './errors.js';
export * from './context.js';
export * from './status-rules.js';
