'use strict';
const fs = require('fs');
const path = require('path');

function readRecord(baseDir, recordId, callback) {
  const file = path.join(baseDir, recordId + '.json');
  fs.readFile(file, 'utf8', function (err, text) {
    if (err) return callback(err);
    let record;
    try {
      record = JSON.parse(text);
    } catch (parseError) {
      return callback(parseError);
    }
    callback(null, record);
  });
}

function writeRecord(baseDir, record, callback) {
  const file = path.join(baseDir, record.id + '.json');
  fs.writeFile(file, JSON.stringify(record), function (err) {
    if (err) return callback(err);
    callback(null, record);
  });
}

module.exports = { readRecord, writeRecord };
