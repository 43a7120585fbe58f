export { registerApiKeys } from './api-keys';
export { registerAuth } from './auth';
export { registerTenants } from './tenants';
export { registerUsers } from './users';
