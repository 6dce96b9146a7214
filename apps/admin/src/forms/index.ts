export * from './domain-page.filter';
export * from './form-fields';
