export * from '@cadre/core/vendor/common';
