/** A content problem, reported as `file: field: message` so an author can go straight to it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field}: ${detail}`);
    this.name = 'ContentError';
  }
}
