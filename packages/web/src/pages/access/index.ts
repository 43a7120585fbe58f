export { ApiKeysPage } from './ApiKeysPage';
export { LoginPage } from './LoginPage';
export { TenantsPage } from './TenantsPage';
export { UsersPage } from './UsersPage';
