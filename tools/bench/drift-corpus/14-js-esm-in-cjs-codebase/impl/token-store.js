import fs from 'fs';
import path from 'path';

export function readToken(baseDir, tokenId, callback) {
  fs.readFile(path.join(baseDir, tokenId + '.token'), 'utf8', function (err, text) {
    if (err) return callback(err);
    callback(null, text.trim());
  });
}

export function writeToken(baseDir, tokenId, token, callback) {
  fs.writeFile(path.join(baseDir, tokenId + '.token'), token, function (err) {
    if (err) return callback(err);
    callback(null, tokenId);
  });
}
