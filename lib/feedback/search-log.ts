/** Set by the "Don't keep my searches" switch in the browser; the server never records searches from it. */
export const searchLogOptOutCookie = 'syncfix_no_search_log';
