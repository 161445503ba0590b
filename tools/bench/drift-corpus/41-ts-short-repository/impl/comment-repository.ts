import type { Database } from './database.js';
import { StorageError } from './errors.js';

export interface Comment {
  id: string;
  postId: string;
  text: string;
}

export class CommentRepository {
  constructor(private readonly db: Database) {}

  async findByPost(postId: string): Promise<Comment[]> {
    return this.db.query<Comment>('select * from comments where post_id = $1', [postId]);
  }

  async insert(comment: Comment): Promise<void> {
    const result = await this.db.execute('insert into comments (id, post_id, text) values ($1, $2, $3)', [comment.id, comment.postId, comment.text]);
    if (result.rowCount !== 1) throw new StorageError(`could not insert comment ${comment.id}`);
  }
}
