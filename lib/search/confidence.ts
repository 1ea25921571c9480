/** How sure a result is: `exact` and `likely` need the query to hold the article's error, `possible` only its words. */
export type Confidence = 'exact' | 'likely' | 'possible';

/** Exact or likely: the query holds the article's error (one of its messages, or its own code), not just words like it. */
export const isConfident = (result: { confidence: Confidence }): boolean => result.confidence !== 'possible';
