export * from '@cadre/core/vendor/common';
// Money for people in messages, errors and audit ("CNY 6,800.00"; with a locale "¥6,800.00").
export { formatMoney, minorDigits, toMinorUnits, toMajorUnits } from '@cadre/core/money';
