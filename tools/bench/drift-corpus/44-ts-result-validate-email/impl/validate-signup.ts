import type { Result } from './parse-config.js';

export interface Signup {
  email: string;
  password: string;
}

export function validateEmail(email: string): Result<string> {
  const trimmed = email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(trimmed)) return { ok: false, error: `invalid email "${email}"` };
  return { ok: true, value: trimmed };
}

export function validateSignup(input: Signup): Result<Signup> {
  const email = validateEmail(input.email);
  if (!email.ok) return email;
  if (input.password.length < 12) return { ok: false, error: 'password must have at least 12 characters' };
  return { ok: true, value: { email: email.value, password: input.password } };
}
