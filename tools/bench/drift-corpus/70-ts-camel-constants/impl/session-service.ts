import { NotFoundError } from './errors.js';
import type { SessionRepository } from './session-repository.js';

export const sessionTtlSeconds = 3600;
export const maxSessionsPerUser = 5;

export class SessionService {
  constructor(private readonly sessions: SessionRepository) {}

  async getSession(sessionId: string) {
    const session = await this.sessions.findById(sessionId);
    if (!session) throw new NotFoundError(`session ${sessionId}`);
    return session;
  }

  async openSession(userId: string) {
    const open = await this.sessions.countForUser(userId);
    if (open >= maxSessionsPerUser) throw new NotFoundError('too many sessions');
    return this.sessions.create(userId, sessionTtlSeconds);
  }
}
