import type { Database } from './database.js';
import type { User } from './user-service.js';
import { StorageError } from './errors.js';

export class UserRepository {
  constructor(private readonly db: Database) {}

  async findById(id: string): Promise<User | undefined> {
    const rows = await this.db.query<User>('select * from users where id = $1', [id]);
    return rows[0];
  }

  async save(user: User): Promise<void> {
    const result = await this.db.execute('update users set display_name = $2 where id = $1', [user.id, user.displayName]);
    if (result.rowCount !== 1) throw new StorageError(`could not save user ${user.id}`);
  }

  async remove(id: string): Promise<void> {
    await this.db.execute('delete from users where id = $1', [id]);
  }
}
