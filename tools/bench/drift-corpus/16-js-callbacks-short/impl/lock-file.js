'use strict';
const fs = require('fs');

function acquireLock(file, callback) {
  fs.open(file, 'wx', function (err, fd) {
    if (err) return callback(err.code === 'EEXIST' ? new Error('locked: ' + file) : err);
    fs.close(fd, function (closeErr) {
      callback(closeErr || null);
    });
  });
}

module.exports = { acquireLock };
