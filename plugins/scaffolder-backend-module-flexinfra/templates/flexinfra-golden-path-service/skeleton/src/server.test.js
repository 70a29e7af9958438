const test = require('node:test');
const assert = require('node:assert');
const http = require('node:http');
const { handle } = require('./server');

test('answers the health check', async () => {
  const server = http.createServer(handle).listen(0);
  const { port } = server.address();
  const response = await fetch(`http://localhost:${port}/healthz`);
  assert.strictEqual(response.status, 200);
  server.close();
});
