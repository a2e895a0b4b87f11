export * from '@cadre/core/vendor/graphql';
