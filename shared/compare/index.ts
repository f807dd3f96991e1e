export * from './change.ts';
export * from './compare.ts';
export * from './trends.ts';
export * from './factors.ts';
export * from './carry-forward.ts';
export * from './register.ts';
export * from './consensus.ts';
