export * from '@cadre/core/vendor/orm';
