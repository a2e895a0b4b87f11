// Money is integer minor units plus an ISO currency code (never floats on the wire). One
// implementation for server and console: the core's dependency-free money module.
export { formatMoney, minorDigits, toMinorUnits, toMajorUnits } from '@cadre/core/money';
