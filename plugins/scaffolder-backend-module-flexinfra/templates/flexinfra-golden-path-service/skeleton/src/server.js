const http = require('node:http');

function handle(request, response) {
  if (request.url === '/healthz') {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('ok');
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ service: '${{ values.name }}' }));
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 8080);
  http.createServer(handle).listen(port, () => {
    console.log('${{ values.name }} listening on port ' + port);
  });
}

module.exports = { handle };
