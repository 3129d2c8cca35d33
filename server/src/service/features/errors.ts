// A request the service refuses, with the reason; the LSP layer answers it as an error response.
export class ServiceError extends Error {
  constructor(
    readonly kind: 'invalidParams' | 'invalidRequest',
    message: string,
  ) {
    super(message);
  }
}
