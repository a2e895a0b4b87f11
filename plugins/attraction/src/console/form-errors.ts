import type { FormInstance } from 'antd';

/**
 * An `onValuesChange` that takes the API's message off a field once it is changed: the refusal
 * was about the old value (the form's own rules still run on the new one).
 */
export const clearChangedErrors = <T,>(form: FormInstance<T>) => (changed: Partial<T>) =>
  form.setFields(Object.keys(changed as object).map((name) => ({ name: name as never, errors: [] })));
