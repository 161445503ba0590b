'use strict';
const fileStore = require('./file-store');

function loadSession(baseDir, sessionId, done) {
  fileStore.readRecord(baseDir, sessionId, function (err, session) {
    if (err) return done(err);
    if (session.expiresAt < Date.now()) return done(new Error('session expired'));
    done(null, session);
  });
}

function touchSession(baseDir, session, done) {
  const updated = Object.assign({}, session, { lastSeen: Date.now() });
  fileStore.writeRecord(baseDir, updated, done);
}

module.exports = { loadSession, touchSession };
