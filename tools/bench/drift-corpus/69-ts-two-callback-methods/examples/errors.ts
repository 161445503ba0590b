export class AppError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(`${what} not found`, 'not-found');
  }
}

export class ValidationError extends AppError {
  constructor(message: string) {
    super(message, 'invalid');
  }
}

export class StorageError extends AppError {
  constructor(message: string) {
    super(message, 'storage');
  }
}
