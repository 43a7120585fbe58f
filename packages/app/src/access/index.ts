export * from './principals';
export * from './auth';
export * from './login-throttle';
export * from './users';
export * from './api-keys';
export * from './tenants';
export * from './me';
