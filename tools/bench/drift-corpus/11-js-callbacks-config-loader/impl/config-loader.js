'use strict';
const fs = require('fs');

function loadConfig(file, callback) {
  fs.readFile(file, 'utf8', function (err, text) {
    if (err) return callback(err);
    let config;
    try {
      config = JSON.parse(text);
    } catch (parseError) {
      return callback(new Error(file + ': ' + parseError.message));
    }
    if (!config.name) return callback(new Error(file + ': name is required'));
    callback(null, config);
  });
}

module.exports = { loadConfig };
