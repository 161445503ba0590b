const express = require('express');
const { NotFound, BadRequest } = require('../errors');

function projectsRouter(projectRepo, auditLog) {
  const router = express.Router();

  router.get('/', async (req, res, next) => {
    try {
      const projects = await projectRepo.list({ owner: req.user.id });
      res.json(projects);
    } catch (err) {
      next(err);
    }
  });

  router.get('/:id', async (req, res, next) => {
    try {
      const project = await projectRepo.findById(req.params.id);
      if (!project) throw new NotFound('project');
      res.json(project);
    } catch (err) {
      next(err);
    }
  });

  router.patch('/:id', async (req, res, next) => {
    try {
      if (!req.body.name) throw new BadRequest('name is required');
      const updated = await projectRepo.rename(req.params.id, req.body.name);
      await auditLog.record(req.user.id, 'project.rename', { id: req.params.id });
      res.json(updated);
    } catch (err) {
      next(err);
    }
  });

  return router;
}

module.exports = { projectsRouter };
