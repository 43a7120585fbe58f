export * from './protocol';
export * from './geo';
export * from './borders';
export * from './location';
export * from './verify';
export * from './assess';
export * from './proscribed';
export * from './keys';
