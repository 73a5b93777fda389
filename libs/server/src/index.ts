export * from './reference/reference-checks';
