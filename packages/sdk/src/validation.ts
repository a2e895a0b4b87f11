export * from '@cadre/core/vendor/validation';
