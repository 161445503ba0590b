'use strict';
const fs = require('fs');
const path = require('path');

function readAvatar(baseDir, userId) {
  return fs.promises.readFile(path.join(baseDir, userId + '.png')).then(function (data) {
    if (data.length === 0) throw new Error('empty avatar for ' + userId);
    return data;
  });
}

function writeAvatar(baseDir, userId, data) {
  return fs.promises.writeFile(path.join(baseDir, userId + '.png'), data).then(function () {
    return userId;
  });
}

function removeAvatar(baseDir, userId) {
  return fs.promises.unlink(path.join(baseDir, userId + '.png')).catch(function (err) {
    if (err.code !== 'ENOENT') throw err;
  });
}

module.exports = { readAvatar, writeAvatar, removeAvatar };
