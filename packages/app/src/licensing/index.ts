export * from './determine';
export * from './licences';
export * from './draws';
