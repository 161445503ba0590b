import { NotFoundError, ValidationError } from './errors.js';
import type { UserRepository } from './user-repository.js';
import type { Logger } from './logger.js';

export interface User {
  id: string;
  email: string;
  displayName: string;
}

export class UserService {
  constructor(
    private readonly users: UserRepository,
    private readonly logger: Logger,
  ) {}

  async getUser(userId: string): Promise<User> {
    const user = await this.users.findById(userId);
    if (!user) throw new NotFoundError(`user ${userId}`);
    return user;
  }

  async renameUser(userId: string, displayName: string): Promise<User> {
    if (displayName.trim().length === 0) throw new ValidationError('displayName must not be empty');
    const user = await this.getUser(userId);
    const updated = { ...user, displayName };
    await this.users.save(updated);
    this.logger.info('user renamed', { userId });
    return updated;
  }

  async deleteUser(userId: string): Promise<void> {
    try {
      await this.users.remove(userId);
    } catch (error) {
      this.logger.error('delete failed', { userId, error });
      throw error;
    }
  }
}
