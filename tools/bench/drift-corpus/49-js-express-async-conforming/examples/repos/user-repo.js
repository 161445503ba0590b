class UserRepo {
  constructor(pool) {
    this.pool = pool;
  }

  async findById(id) {
    const { rows } = await this.pool.query('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0];
  }

  async create(user) {
    const { rows } = await this.pool.query('INSERT INTO users (name) VALUES ($1) RETURNING *', [user.name]);
    return rows[0];
  }
}

module.exports = { UserRepo };
