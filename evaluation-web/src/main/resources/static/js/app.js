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
      tab.setAttribute('tabindex', on ? '0' : '-1');
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

  // Tabs by keyboard: arrow keys move between the tabs of a tab list (and show the panel), Home/End to the ends.
  document.addEventListener('keydown', function (event) {
    var tab = event.target.closest && event.target.closest('[role=tablist] [role=tab]');
    if (!tab || ['ArrowLeft', 'ArrowRight', 'Home', 'End'].indexOf(event.key) < 0) { return; }
    var tabs = Array.prototype.slice.call(tab.closest('[role=tablist]').querySelectorAll('[role=tab]'));
    var i = tabs.indexOf(tab);
    var next = event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1
      : (i + (event.key === 'ArrowRight' ? 1 : -1) + tabs.length) % tabs.length;
    event.preventDefault();
    tabs[next].focus();
    if (tabs[next].hasAttribute('data-tab')) { tabs[next].click(); }
  });
  document.querySelectorAll('[role=tablist] [role=tab]').forEach(function (tab) {
    tab.setAttribute('tabindex', tab.classList.contains('on') || tab.getAttribute('aria-selected') === 'true' ? '0' : '-1');
  });

  // Selects with data-autosubmit send their filter form on change.
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
})();
