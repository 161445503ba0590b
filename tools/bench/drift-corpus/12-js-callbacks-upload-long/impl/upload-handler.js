'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

function checksumFile(file, callback) {
  const hash = crypto.createHash('sha256');
  const stream = fs.createReadStream(file);
  stream.on('error', callback);
  stream.on('data', function (chunk) {
    hash.update(chunk);
  });
  stream.on('end', function () {
    callback(null, hash.digest('hex'));
  });
}

function storeUpload(uploadDir, tempFile, originalName, callback) {
  checksumFile(tempFile, function (err, checksum) {
    if (err) return callback(err);
    const target = path.join(uploadDir, checksum + path.extname(originalName));
    fs.rename(tempFile, target, function (renameErr) {
      if (renameErr) return callback(renameErr);
      callback(null, { checksum: checksum, file: target });
    });
  });
}

function removeUpload(uploadDir, checksum, extension, callback) {
  fs.unlink(path.join(uploadDir, checksum + extension), function (err) {
    if (err && err.code !== 'ENOENT') return callback(err);
    callback(null);
  });
}

function listUploads(uploadDir, callback) {
  fs.readdir(uploadDir, function (err, names) {
    if (err) return callback(err);
    callback(null, names.filter(function (name) { return !name.startsWith('.'); }));
  });
}

module.exports = { checksumFile, storeUpload, removeUpload, listUploads };
