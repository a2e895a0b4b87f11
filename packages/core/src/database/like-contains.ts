/**
 * A LIKE pattern for "contains `term`, any case": lower-cased, with %, _ and the escape character
 * itself escaped (unescaped, a backslash in the term swallowed the next character, and % or _
 * matched anything). Compare it with `LOWER(column) LIKE :term ESCAPE '\'`.
 */
export const likeContains = (term: string): string => `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
