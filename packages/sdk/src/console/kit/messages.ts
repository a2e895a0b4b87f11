// The console messages the kit shows. The SDK has no texts of its own: the console host holds
// these keys in every language (its catalogs are checked against this list at compile time).
export type KitMessageKey = 'common.error' | 'common.retry' | 'common.hidden' | 'common.hiddenHint' | 'export.csv' | 'export.failed' | 'common.total' | 'common.showMore';
