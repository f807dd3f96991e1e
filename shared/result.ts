/** Result-shaped replies: errors travel as values across IPC and module boundaries instead of being thrown. */
export type Ok<T> = { ok: true; value: T };
export type Err<E = AppError> = { ok: false; error: E };
export type Result<T, E = AppError> = Ok<T> | Err<E>;

/** An error a person can act on: `where` names the place (a sheet and cell, a JSON path, a file). */
export interface Problem {
  where: string;
  message: string;
}

export interface AppError {
  code: string;
  message: string;
  problems?: Problem[];
}

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = (code: string, message: string, problems?: Problem[]): Err<AppError> => ({
  ok: false,
  error: problems ? { code, message, problems } : { code, message },
});
