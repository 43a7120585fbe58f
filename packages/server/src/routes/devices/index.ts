export { registerDevices } from './routes';
export { registerDevicesProtocol } from './protocol';
