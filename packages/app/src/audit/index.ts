export * from './log';
export * from './keys';
export * from './checkpoints';
export * from './checkpoint-config';
