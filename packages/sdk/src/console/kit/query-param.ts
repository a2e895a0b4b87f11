/** Reads a query-string parameter of the current page (deep links such as ?person=…). */
export const queryParam = (name: string): string | null => new URLSearchParams(window.location.search).get(name);
