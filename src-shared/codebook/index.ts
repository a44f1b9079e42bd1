export * from './types';
export * from './values';
export * from './dimensions';
