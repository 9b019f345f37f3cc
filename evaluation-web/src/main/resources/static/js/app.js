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
          var data = null;
          try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
          if (!response.ok) { var error = new Error(data && data.message || ('请求失败：' + response.status)); error.body = data; error.status = response.status; throw error; }
          return data;
        });
      });
  };

  // A button with data-confirm asks before its form is sent.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) { event.preventDefault(); }
  });

  // Tabs: buttons with data-tab show the panel of that id and remember it in the address.
  function showTab(id) {
    var found = false;
    document.querySelectorAll('[data-tab]').forEach(function (tab) {
      var on = tab.getAttribute('data-tab') === id;
      if (on) { found = true; }
      tab.classList.toggle('on', on);
      tab.setAttribute('aria-selected', on ? 'true' : 'false');
      var panel = document.getElementById(tab.getAttribute('data-tab'));
      if (panel) { panel.classList.toggle('hidden', !on); }
    });
    return found;
  }
  window.evalShowTab = showTab;
  document.querySelectorAll('[data-tab]').forEach(function (tab) {
    tab.addEventListener('click', function () {
      showTab(tab.getAttribute('data-tab'));
      history.replaceState(null, '', '#' + tab.getAttribute('data-tab'));
    });
  });
  if (document.querySelector('[data-tab]')) {
    var wanted = location.hash ? location.hash.substring(1) : '';
    if (!wanted || !showTab(wanted)) {
      var first = document.querySelector('[data-tab].on') || document.querySelector('[data-tab]');
      showTab(first.getAttribute('data-tab'));
    }
  }

  // Selects with data-autosubmit send their filter form on change.
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
})();
