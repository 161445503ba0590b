const express = require('express');

function invoicesRouter(db) {
  const router = express.Router();

  router.get('/:id', (req, res, next) => {
    db.query('SELECT * FROM invoices WHERE id = $1', [req.params.id], (err, result) => {
      if (err) return next(err);
      if (!result.rows[0]) return res.status(404).json({ error: 'invoice not found' });
      res.json(result.rows[0]);
    });
  });

  router.post('/', (req, res, next) => {
    db.query('INSERT INTO invoices (amount) VALUES ($1) RETURNING *', [req.body.amount], (err, result) => {
      if (err) return next(err);
      res.status(201).json(result.rows[0]);
    });
  });

  return router;
}

module.exports = { invoicesRouter };
