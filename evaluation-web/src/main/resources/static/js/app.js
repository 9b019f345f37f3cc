// Shared page behaviour; pages add their own scripts (no inline script: the CSP forbids it).
(function () {
  'use strict';
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  window.evalApi = function (method, url, body) {
    var headers = { 'Accept': 'application/json', 'X-Requested-With': 'fetch' };
    if (token && header) { headers[header.content] = token.content; }
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return fetch(url, { method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        return response.text().then(function (text) {
          var data = text ? JSON.parse(text) : null;
          if (!response.ok) { var error = new Error(data && data.message || ('请求失败：' + response.status)); error.body = data; error.status = response.status; throw error; }
          return data;
        });
      });
  };
})();
