class AppError(Exception):
    code = "error"


class NotFoundError(AppError):
    code = "not-found"


class ValidationError(AppError):
    code = "invalid"
