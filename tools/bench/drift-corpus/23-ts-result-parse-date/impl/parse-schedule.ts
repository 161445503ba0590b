import type { Result } from './parse-config.js';

export interface Schedule {
  hour: number;
  minute: number;
  days: string[];
}

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export function parseTime(raw: string): Result<{ hour: number; minute: number }> {
  const match = /^(\d{1,2}):(\d{2})$/.exec(raw.trim());
  if (!match) return { ok: false, error: `invalid time "${raw}"` };
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return { ok: false, error: `time out of range "${raw}"` };
  return { ok: true, value: { hour, minute } };
}

export function parseSchedule(raw: string): Result<Schedule> {
  const [time, daysText = 'mon-sun'] = raw.split(' ');
  const parsed = parseTime(time ?? '');
  if (!parsed.ok) return parsed;
  const days = daysText.split(',').map((d) => d.toLowerCase());
  const unknown = days.find((d) => !DAY_NAMES.includes(d) && d !== 'mon-sun');
  if (unknown) return { ok: false, error: `unknown day "${unknown}"` };
  return { ok: true, value: { ...parsed.value, days } };
}
