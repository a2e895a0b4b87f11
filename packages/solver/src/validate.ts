import { badInput } from './errors.js';

export function requireCount(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw badInput(`${field} must be a non-negative integer (got ${show(value)})`, field);
  }
  return value;
}

export function requireFloat64(value: unknown, field: string, length?: number): Float64Array {
  if (!(value instanceof Float64Array)) {
    throw badInput(`${field} must be a Float64Array (got ${kind(value)})`, field);
  }
  if (length !== undefined && value.length !== length) {
    throw badInput(`${field} has length ${value.length} but ${length} was expected`, field);
  }
  return value;
}

export function requireInt32(value: unknown, field: string, length?: number): Int32Array {
  if (!(value instanceof Int32Array)) {
    throw badInput(`${field} must be an Int32Array (got ${kind(value)})`, field);
  }
  if (length !== undefined && value.length !== length) {
    throw badInput(`${field} has length ${value.length} but ${length} was expected`, field);
  }
  return value;
}

export function show(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return kind(value);
}

export function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return typeof value;
}
