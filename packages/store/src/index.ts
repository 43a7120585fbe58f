export * from './database';
export * from './migrate';
export * from './schema';
export * from './tenant-scope';
export * from './repositories/tenants';
export * from './repositories/users';
export * from './repositories/credentials';
export * from './repositories/audit';
