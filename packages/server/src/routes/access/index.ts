export { registerApiKeys } from './api-keys';
export { describePrincipal, registerAuth } from './auth';
export { registerTenants } from './tenants';
export { registerUsers } from './users';
