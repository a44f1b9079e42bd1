export * from './types';
export * from './values';
export * from './dimensions';
export * from './regions-nl';
