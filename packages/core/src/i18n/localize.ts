import { RequestContexts } from '../context/request-context.js';
import type { MessageText } from './msg.js';
import { translateProblem } from './validation-messages.js';

/**
 * A message in the language of the request being served (English outside one): for texts a
 * response carries as data rather than as an error, such as an import report's row problems.
 */
export function localize(message: MessageText): string {
  return translateProblem(message, RequestContexts.current()?.locale ?? 'en-US');
}
