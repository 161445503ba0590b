const express = require('express');
const { NotFound } = require('../errors');

function usersRouter(userRepo) {
  const router = express.Router();

  router.get('/:id', async (req, res, next) => {
    try {
      const user = await userRepo.findById(req.params.id);
      if (!user) throw new NotFound('user');
      res.json(user);
    } catch (err) {
      next(err);
    }
  });

  router.post('/', async (req, res, next) => {
    try {
      const created = await userRepo.create(req.body);
      res.status(201).json(created);
    } catch (err) {
      next(err);
    }
  });

  return router;
}

module.exports = { usersRouter };
